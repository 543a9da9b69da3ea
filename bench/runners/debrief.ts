// Debrief's full analysis (lint + rubric), in-process, from the production esbuild bundle of the core.
// Every timed analysis starts with the rubric's per-block memo empty: it exists for an editor
// re-analysing a document after an edit, and re-analysing the same text here would serve the whole
// rubric from it, which no fresh answer gets (the incremental runner measures what it buys).
// After the timed runs, where the time goes goes to stderr as "stages: {…}" (medians over the same
// number of runs): the parse into the answer model, sentence units, the rules, the rubric.
import { analyze } from '../../src/core/engine';
import { parse } from '../../src/core/parse';
import { clearRubricCache } from '../../src/core/rubric';
// @ts-expect-error plain ESM helper without types
import { run } from './harness.mjs';

function medianOf(n: number, f: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); f(); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b);
  return ms[ms.length >> 1];
}

await run('debrief', (text: string) => {
  const fresh = (): ReturnType<typeof analyze> => { clearRubricCache(); return analyze(text); };
  process.on('exit', () => {
    const n = Math.max(1, Math.min(30, Math.round(2000 / Math.max(1, medianOf(1, fresh)))));
    const parseMs = medianOf(n, () => parse(text));
    const unitsMs = medianOf(n, () => { const m = parse(text); for (const b of m.blocks) m.unitsOf(b); }) - parseMs;
    const lintMs = medianOf(n, () => analyze(text, { rubric: false }));
    const fullMs = medianOf(n, fresh);
    const r = (x: number): number => Math.round(x * 100) / 100;
    process.stderr.write(`stages: ${JSON.stringify({ parse: r(parseMs), units: r(unitsMs), rules: r(lintMs - parseMs - unitsMs), rubric: r(fullMs - lintMs), runs: n })}\n`);
  });
  return fresh;
});
