// Timing harness shared by every runner: each tool runs in its own child process, loads once,
// warms up (at least 3 runs and about a second), then times iterations until the count or the
// time budget is reached, and prints one JSON line: { tool, ms: [...], rssMB, note? }.
//   node bench/runners/<tool>.mjs FILE ITERATIONS BUDGET_MS [MODE]
import { readFileSync } from 'node:fs';

export async function run(tool, setup) {
  const [file, itersArg, budgetArg] = process.argv.slice(2);
  const iterations = Number(itersArg ?? 5);
  const budget = Number(budgetArg ?? 20000);
  const text = readFileSync(file, 'utf8');
  const once = await setup(text);
  const ms = [];
  const begin = performance.now();
  // Warm-up, untimed, so every tool is measured with its code optimised: at least 3 runs and
  // a second (or a fifth of the budget), at most a third of the budget.
  const warmFor = Math.min(1000, budget / 5);
  let t = performance.now(), warmRuns = 0, warm = 0;
  while (warmRuns < 3 || performance.now() - begin < warmFor) {
    t = performance.now();
    await once();
    warm = performance.now() - t;
    warmRuns++;
    if (performance.now() - begin >= budget / 3) break;
  }
  const timedFrom = performance.now();
  if (warm < budget / 2) {
    for (let i = 0; i < iterations && performance.now() - timedFrom < budget; i++) {
      t = performance.now();
      await once();
      ms.push(performance.now() - t);
    }
  } else {
    ms.push(warm);
  }
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ tool, ms, rssMB, note: ms.length === 1 && warm >= budget / 2 ? 'cold run only' : undefined }) + '\n');
}
