// Incremental re-lint: the document is analysed once, then a one-paragraph edit (a new word typed
// into a prose paragraph in the middle, different every iteration) is re-analysed. The time split
// (model / block rules / document rules and finishing / rubric) of the last edit goes to stderr.
import { createIncrementalAnalyzer } from '../../src/core/incremental';
// @ts-expect-error plain ESM helper without types
import { run } from './harness.mjs';
// Mode 'lint' (default): the findings only; 'rubric': the rubric read too (the panel open).
const withRubric = process.argv[5] === 'rubric';
await run(withRubric ? 'debrief incremental edit + rubric' : 'debrief incremental edit', (text: string) => {
  const inc = createIncrementalAnalyzer();
  inc.update(text);
  // The first paragraph (a blank line, then a line starting with a letter) past the middle.
  const para = /\n\n(?=[A-Za-z])/g;
  para.lastIndex = text.length >> 1;
  const anchor = (para.exec(text)?.index ?? 0) + 2;
  const at = text.indexOf(' ', anchor) + 1;
  // Per edit, the re-lint's and the rubric's own times (the editor runs them as separate tasks:
  // the rubric panel refreshes after its own debounce); their medians go to stderr too.
  const lintMs: number[] = [], rubricMs: number[] = [];
  const med = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return Math.round(s[s.length >> 1] * 100) / 100; };
  process.on('exit', () => process.stderr.write(`incremental split: ${JSON.stringify({ ...inc.stats,
    medians: withRubric ? { relint: med(lintMs), rubric: med(rubricMs) } : undefined })}\n`));
  let n = 0;
  return () => {
    n++;
    const t0 = performance.now();
    const analysis = inc.update(`${text.slice(0, at)}edit${n} ${text.slice(at)}`);
    const t1 = performance.now();
    if (withRubric) void analysis.rubric; // scored on first read
    lintMs.push(t1 - t0);
    rubricMs.push(performance.now() - t1);
    return analysis;
  };
});
