// Timing harness shared by every runner: each tool runs in its own child process, loads once,
// warms up, then times iterations until the count or the time budget is reached, and prints
// one JSON line: { tool, ms: [...], rssMB, note? }.
//   node bench/runners/<tool>.mjs FILE ITERATIONS BUDGET_MS
import { readFileSync } from 'node:fs';

export async function run(tool, setup) {
  const [file, itersArg, budgetArg] = process.argv.slice(2);
  const iterations = Number(itersArg ?? 5);
  const budget = Number(budgetArg ?? 20000);
  const text = readFileSync(file, 'utf8');
  const once = await setup(text);
  const ms = [];
  const begin = performance.now();
  // Warm-up: one untimed run (skipped when that alone eats half the budget).
  let t = performance.now();
  await once();
  const warm = performance.now() - t;
  if (warm < budget / 2) {
    for (let i = 0; i < iterations && performance.now() - begin < budget; i++) {
      t = performance.now();
      await once();
      ms.push(performance.now() - t);
    }
  } else {
    ms.push(warm);
  }
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ tool, ms, rssMB, note: warm >= budget / 2 ? 'cold run only' : undefined }) + '\n');
}
