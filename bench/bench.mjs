// npm run bench: Debrief against the markdown-it floor and the peers, on generated answers.
//
// 1. Production build (node scripts/build.mjs --production): bundle sizes and the CLI cold start
//    are measured on what ships.
// 2. The Debrief runners (bench/runners/*.ts) are bundled by esbuild with the same settings as the
//    shipped bundles (node20, minified) into os.tmpdir()/debrief-bench/; peers run as installed.
// 3. Documents S/M/L/XL (bench/generate.ts, seeded) and pathological inputs are written there too.
// 4. Each tool × document runs in its own child process (load once, warm up, time N iterations,
//    print JSON), under a time budget: a run over budget is killed and shown as "skipped (budget)".
// Targets are reported, never asserted.
//
//   npm run bench [-- --quick] [-- --only=debrief,alex] [-- --sizes=S,M]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { SHIM_ALIASES } from '../scripts/shims.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(tmpdir(), 'debrief-bench');
const args = process.argv.slice(2);
const opt = name => args.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',');
const quick = args.includes('--quick');
const onlyTools = opt('only');
const sizes = opt('sizes') ?? ['S', 'M', 'L', 'XL'];
mkdirSync(OUT, { recursive: true });

const log = (...a) => console.error(...a);
const fmt = (n, d = 1) => (n === undefined || Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(d));
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// ---- 1. production build, bundle sizes -------------------------------------------------------
log('building (production)…');
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
const bundles = ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/cli-main.cache', 'dist/webview/panel.js']
  .map(f => [f, existsSync(join(ROOT, f)) ? statSync(join(ROOT, f)).size : undefined]);

// ---- 2. bundle the Debrief runners and the generator ----------------------------------------
// Debrief's runners get the bundles' stand-ins (scripts/shims.mjs), so the core is timed as it
// ships; the markdown-it floor is the package as installed. No externals.
const entries = (names, dir = 'bench/runners') => Object.fromEntries(names.map(([k, f]) => [k, join(ROOT, dir, f)]));
const esm = { outdir: OUT, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', target: 'node20', format: 'esm', minify: true, logLevel: 'warning' };
await esbuild.build({ ...esm, alias: SHIM_ALIASES,
  entryPoints: entries([['debrief', 'debrief.ts'], ['vague-regex', 'vague-regex.ts'], ['incremental', 'incremental.ts']]) });
await esbuild.build({ ...esm, entryPoints: { ...entries([['markdown-it', 'markdown-it.ts']]), ...entries([['generate', 'generate.ts']], 'bench') } });
const { generate, SIZES } = await import(pathToFileURL(join(OUT, 'generate.mjs')).href);

// ---- 3. documents ------------------------------------------------------------------------------
const docs = {};
for (const size of sizes) {
  const text = generate(size);
  const file = join(OUT, `${size}.md`);
  writeFileSync(file, text);
  docs[size] = { file, bytes: Buffer.byteLength(text), words: (text.match(/[A-Za-z0-9'’-]+|[\u4e00-\u9fff]/g) ?? []).length };
}
const MB = 1 << 20;
const fill = unit => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const pathological = {
  '1 MB spaces': fill(' '),
  '1 MB punctuation': fill('.,;:!?-*_`|#>[](){}<>~=+\'"/\\'),
  '1 MB "scalable scalable …"': fill('scalable '),
  '1 MB single line of prose': fill('We will make the platform robust and fast for every merchant. '),
};
const pathoFiles = Object.entries(pathological).map(([name, text], i) => {
  const file = join(OUT, `patho-${i}.md`);
  writeFileSync(file, text);
  return { name, file, bytes: Buffer.byteLength(text) };
});

// ---- 4. runs -------------------------------------------------------------------------------------
const TOOLS = [
  { id: 'debrief', label: 'Debrief analyze()', script: join(OUT, 'debrief.mjs') },
  { id: 'markdown-it', label: 'floor: markdown-it parse', script: join(OUT, 'markdown-it.mjs') },
  { id: 'vague-regex', label: 'floor: vague regex pass', script: join(OUT, 'vague-regex.mjs') },
  { id: 'write-good', label: 'write-good', script: join(ROOT, 'bench/runners/write-good.mjs'), peer: true },
  { id: 'alex', label: 'alex', script: join(ROOT, 'bench/runners/alex.mjs'), peer: true },
  { id: 'textlint', label: 'textlint (write-good, prh)', script: join(ROOT, 'bench/runners/textlint.mjs'), peer: true },
  { id: 'markdownlint', label: 'markdownlint', script: join(ROOT, 'bench/runners/markdownlint.mjs'), peer: true },
].filter(t => !onlyTools || onlyTools.includes(t.id));
const PLAN = quick
  ? { S: [5, 5000], M: [3, 5000], L: [2, 8000], XL: [1, 10000] }
  : { S: [30, 6000], M: [10, 10000], L: [3, 15000], XL: [2, 15000] };

function runChild(script, file, iterations, budget, mode) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [script, file, String(iterations), String(budget), ...(mode ? [mode] : [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', d => { out += d; });
    child.stderr.on('data', d => { err += d; });
    // Hard limit: the budget covers loading and the timed runs; a cold run beyond 1.5× is killed.
    const timer = setTimeout(() => child.kill('SIGKILL'), budget * 1.5 + 5000);
    child.on('close', code => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      if (code === 0 && line) { try { resolve({ ...JSON.parse(line), stderr: err.trim() }); return; } catch { /* fall through */ } }
      resolve({ skipped: code === null ? 'skipped (budget)' : `failed (exit ${code}): ${err.trim().split('\n').slice(-2).join(' ')}` });
    });
  });
}

const results = {}; // tool → size → result
for (const tool of TOOLS) {
  results[tool.id] = {};
  let overBudget = false;
  for (const size of sizes) {
    const [iterations, budget] = PLAN[size];
    // Predict one run from the previous size (linear); over budget → skip without running.
    const prev = sizes[sizes.indexOf(size) - 1], prevRun = prev && results[tool.id][prev];
    if (prevRun && !prevRun.skipped && median(prevRun.ms) * (docs[size].bytes / docs[prev].bytes) > budget) overBudget = true;
    if (overBudget) { results[tool.id][size] = { skipped: 'skipped (budget)' }; continue; }
    log(`  ${tool.label} on ${size}…`);
    const r = await runChild(tool.script, docs[size].file, iterations, budget);
    if (r.skipped || r.note) overBudget = true; // a bigger document would not fit either
    results[tool.id][size] = r;
  }
}

log('  pathological inputs…');
const patho = [];
for (const p of pathoFiles) {
  const d = await runChild(join(OUT, 'debrief.mjs'), p.file, quick ? 1 : 3, 10000);
  const f = await runChild(join(OUT, 'markdown-it.mjs'), p.file, quick ? 1 : 3, 10000);
  patho.push({ ...p, debrief: d, floor: f });
}

log('  incremental re-lint on L…');
const incSize = sizes.includes('L') ? 'L' : sizes[sizes.length - 1];
const inc = await runChild(join(OUT, 'incremental.mjs'), docs[incSize].file, quick ? 10 : 30, 30000, 'lint');
const incRubric = await runChild(join(OUT, 'incremental.mjs'), docs[incSize].file, quick ? 10 : 30, 30000, 'rubric');

log('  CLI cold start…');
function coldStart(argv, n) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: 'ignore' });
    ms.push(performance.now() - t);
    if (r.error) return undefined;
  }
  return median(ms);
}
const cliPath = join(ROOT, 'dist/cli.js');
const nodeCold = coldStart(['-e', '0'], 10);
const cliCold = existsSync(cliPath) && sizes.includes('S') ? coldStart([cliPath, 'lint', docs.S.file, '--format', 'json'], 10) : undefined;

// ---- report ------------------------------------------------------------------------------------
const stat = (r, bytes) => {
  if (!r || r.skipped) return { text: r?.skipped ?? '—' };
  const med = median(r.ms), min = Math.min(...r.ms);
  return { med, min, mbs: bytes / MB / (med / 1000), rss: r.rssMB, n: r.ms.length, note: r.note };
};
const pad = (s, n) => String(s).padEnd(n - 1) + ' ';
const lines = [];
const p = s => lines.push(s);
p('');
p('Debrief benchmark — ' + new Date().toISOString() + ` — node ${process.version}, ${quick ? 'quick' : 'full'} run`);
p('Documents: ' + sizes.map(s => `${s} ${docs[s].words.toLocaleString('en')} words / ${(docs[s].bytes / 1024).toFixed(0)} KB`).join(', ') + ` (in ${OUT})`);
p('');
p(pad('tool', 30) + sizes.map(s => pad(s + ': median / min ms, MB/s, RSS MB', 52)).join(''));
for (const tool of TOOLS) {
  const cells = sizes.map(s => {
    const st = stat(results[tool.id][s], docs[s].bytes);
    return pad(st.text ?? `${fmt(st.med)} / ${fmt(st.min)} ms, ${fmt(st.mbs, 2)} MB/s, ${fmt(st.rss, 0)} MB${st.n ? ` (n=${st.n})` : ''}${st.note ? ' cold' : ''}`, 52);
  });
  p(pad(tool.label, 30) + cells.join(''));
}
p('');
const med = (id, s) => { const r = results[id]?.[s]; return r && !r.skipped ? median(r.ms) : undefined; };
const stages = sizes.map(s => [s, results.debrief?.[s]?.stderr?.match(/stages: (\{.*\})/)?.[1]]).filter(([, j]) => j);
if (stages.length) {
  p('Debrief stages, median ms (model = markdown-it block pass and the answer model; units = sentence segmentation):');
  for (const [s, j] of stages) {
    const x = JSON.parse(j);
    p(`  ${s}: model ${fmt(x.parse, 2)}, units ${fmt(x.units, 2)}, rules ${fmt(x.rules, 2)}, rubric ${fmt(x.rubric, 2)} (n=${x.runs})`);
  }
  p('');
}
p('Ratios (median time):');
p(pad('', 30) + sizes.map(s => pad(s, 14)).join(''));
p(pad('Debrief / markdown-it floor', 30) + sizes.map(s => pad(fmt(med('debrief', s) / med('markdown-it', s), 2) + '×', 14)).join(''));
p(pad('Debrief / vague regex floor', 30) + sizes.map(s => pad(fmt(med('debrief', s) / med('vague-regex', s), 1) + '×', 14)).join(''));
for (const tool of TOOLS.filter(t => t.peer)) {
  p(pad(`${tool.id} / Debrief`, 30) + sizes.map(s => pad(med(tool.id, s) === undefined ? 'skipped' : fmt(med(tool.id, s) / med('debrief', s), 2) + '×', 14)).join(''));
}
p('');
p('Scaling exponent log(t2/t1)/log(n2/n1) between consecutive sizes (1.0 = linear):');
for (const tool of TOOLS) {
  const parts = [];
  for (let i = 1; i < sizes.length; i++) {
    const a = sizes[i - 1], b = sizes[i], ta = med(tool.id, a), tb = med(tool.id, b);
    parts.push(`${a}→${b} ${ta && tb ? fmt(Math.log(tb / ta) / Math.log(docs[b].bytes / docs[a].bytes), 2) : '—'}`);
  }
  p(pad(tool.label, 30) + parts.join('   '));
}
const perMB = s => med('debrief', s) / (docs[s].bytes / MB);
p('');
p(`Debrief time per MB: ${sizes.map(s => `${s} ${fmt(perMB(s))} ms`).join(', ')}` +
  (sizes.includes('XL') && sizes.includes('M') ? `; XL / M = ${fmt(perMB('XL') / perMB('M'), 2)}×` : ''));
p('');
p('Pathological inputs (Debrief analyze() vs markdown-it parse, median ms):');
for (const x of patho) {
  const d = stat(x.debrief, x.bytes), f = stat(x.floor, x.bytes);
  p(`  ${pad(x.name, 30)} Debrief ${d.text ?? `${fmt(d.med)} ms (${fmt(d.mbs, 2)} MB/s, ${fmt(d.rss, 0)} MB RSS)${d.note ? ' cold' : ''}`}   markdown-it ${f.text ?? `${fmt(f.med)} ms`}`);
}
p('');
const incStat = stat(inc, docs[incSize].bytes), incRubricStat = stat(incRubric, docs[incSize].bytes);
p(`Incremental, one-paragraph edit in ${incSize} (${(docs[incSize].bytes / 1024).toFixed(0)} KB); full analyze() ${fmt(med('debrief', incSize))} ms:`);
p(`  re-lint (findings, what the Problems panel shows): ` +
  (incStat.text ?? `median ${fmt(incStat.med, 2)} ms, min ${fmt(incStat.min, 2)} ms (n=${incStat.n})`));
if (inc.stderr) p(`    last edit: ${inc.stderr.replace(/^incremental split: /, '')}`);
const split = (() => { try { return JSON.parse(incRubric.stderr.replace(/^incremental split: /, '')).medians; } catch { return undefined; } })();
p(`  re-lint and rubric (the rubric panel open): ` +
  (incRubricStat.text ?? `median ${fmt(incRubricStat.med, 2)} ms, min ${fmt(incRubricStat.min, 2)} ms (n=${incRubricStat.n})`) +
  (split ? `; of which re-lint ${fmt(split.relint, 2)} ms and rubric ${fmt(split.rubric, 2)} ms (the panel scores it after its own debounce, a separate task)` : ''));
if (incRubric.stderr) p(`    last edit: ${incRubric.stderr.replace(/^incremental split: /, '')}`);
p(`CLI cold start (median of 10): node dist/cli.js lint S.md --format json ${fmt(cliCold)} ms; node -e 0 ${fmt(nodeCold)} ms; ratio ${fmt(cliCold / nodeCold, 2)}×`);
const roles = { 'dist/cli.js': ' (launcher)', 'dist/cli-main.js': ' (CLI bundle)', 'dist/cli-main.cache': ' (its V8 code cache)' };
p('Bundle sizes (production): ' + bundles.map(([f, n]) => `${f}${roles[f] ?? ''} ${n === undefined ? 'missing' : (n / 1024).toFixed(1) + ' KB'}`).join(', '));
p('');
const ok = b => (b === undefined ? 'n/a' : b ? 'met' : 'NOT met');
const peersAll = TOOLS.filter(t => t.peer);
const tenX = peersAll.length ? sizes.every(s => peersAll.every(t => med(t.id, s) === undefined || med(t.id, s) / med('debrief', s) >= 10)) : undefined;
const ext = bundles.find(([f]) => f === 'dist/extension.js')[1];
p('Targets (reported, not asserted):');
p(`  S ≤ 5× the markdown-it floor: ${fmt(med('debrief', 'S') / med('markdown-it', 'S'), 2)}× — ${ok(med('debrief', 'S') !== undefined ? med('debrief', 'S') / med('markdown-it', 'S') <= 5 : undefined)}`);
p(`  ≥ 10× faster than every peer at every size (peers skipped for budget count as slower): ${ok(tenX)}`);
p(`  time/MB at XL within 1.5× of M: ${ok(sizes.includes('XL') && sizes.includes('M') && med('debrief', 'XL') ? perMB('XL') / perMB('M') <= 1.5 : undefined)}`);
p(`  CLI cold start ≤ 2× node -e 0: ${ok(cliCold !== undefined ? cliCold / nodeCold <= 2 : undefined)}`);
p(`  extension bundle < 300 KB: ${ok(ext !== undefined ? ext < 300 * 1024 : undefined)}`);
p(`  incremental re-lint ≤ 16 ms: ${fmt(incStat.med, 2)} ms — ${ok(incStat.med !== undefined ? incStat.med <= 16 : undefined)}` +
  ` (re-lint and rubric back to back: ${fmt(incRubricStat.med, 2)} ms — ${ok(incRubricStat.med !== undefined ? incRubricStat.med <= 16 : undefined)};` +
  ` the rubric alone: ${fmt(split?.rubric, 2)} ms — ${ok(split ? split.rubric <= 16 : undefined)})`);
console.log(lines.join('\n'));
writeFileSync(join(OUT, 'report.txt'), lines.join('\n') + '\n');
