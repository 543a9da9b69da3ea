// One esbuild script for every bundle: the Node extension, the browser (web worker) extension,
// the webview script, the CLI and the dev tools (eval, schema generator).
// Usage: node scripts/build.mjs [--only=cli,extension,web,webview,tools,tests] [--watch] [--production] [--metafile]
// --metafile writes <outdir>/<entries>.meta.json beside each build's bundles (for esbuild's analyzer).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { SHIM_ALIASES } from './shims.mjs';

const args = process.argv.slice(2);
const only = (args.find(a => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);
const production = args.includes('--production') || process.env.NODE_ENV === 'production';
const want = name => only.length === 0 || only.includes(name);
// Stand-ins for packages the core does not need (see scripts/shims.mjs).
const alias = SHIM_ALIASES;
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none', alias };
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };
const browser = { ...common, platform: 'browser', target: 'es2022', format: 'cjs', define: { global: 'globalThis' } };
const ifExists = entries => Object.fromEntries(Object.entries(entries).filter(([, p]) => existsSync(p)));

const builds = [];
// The CLI is two files: dist/cli.js (package.json bin) is a small launcher that sets V8 flags and
// compiles dist/cli-main.js, the bundle, with a V8 code cache (see src/cli/launch.ts).
// --production builds also write that cache, dist/cli-main.cache, after warm-up runs (below).
const cliCache = 'dist/cli-main.cache';
if (want('cli')) {
  rmSync(cliCache, { force: true });
  builds.push({ ...node, entryPoints: ifExists({ cli: 'src/cli/launch.ts' }), outdir: 'dist', minify: false, sourcemap: false, banner: { js: '#!/usr/bin/env node' } });
  builds.push({ ...node, entryPoints: ifExists({ 'cli-main': 'src/cli/main.ts' }), outdir: 'dist' });
}
if (want('tools')) builds.push({ ...node, entryPoints: ifExists({ eval: 'scripts/eval.ts', 'gen-schema': 'scripts/gen-schema.ts' }), outdir: 'dist' });
if (want('extension')) builds.push({ ...node, entryPoints: ifExists({ extension: 'src/vscode/extension.ts' }), outdir: 'dist', external: ['vscode'] });
if (want('web')) builds.push({ ...browser, entryPoints: ifExists({ extension: 'src/vscode/extension.web.ts' }), outdir: 'dist/web', external: ['vscode'] });
if (want('webview')) builds.push({ ...browser, format: 'iife', entryPoints: ifExists({ panel: 'src/webview/panel.ts' }), outdir: 'dist/webview' });

const todo = builds.filter(b => Object.keys(b.entryPoints).length > 0);
if (args.includes('--watch')) {
  for (const b of todo) await (await esbuild.context(b)).watch();
} else {
  const metafile = args.includes('--metafile');
  await Promise.all(todo.map(async b => {
    const result = await esbuild.build({ ...b, metafile });
    if (metafile) writeFileSync(`${b.outdir}/${Object.keys(b.entryPoints).join('+')}.meta.json`, JSON.stringify(result.metafile));
  }));
}

// The CLI's code cache: run the built CLI on the examples in each output format, each run adding
// the functions it compiled, so a user's first lint starts from compiled code. The launcher checks
// the cache against the bundle's bytes and the Node version and falls back to compiling.
// (Under the default V8 flags: no NODE_OPTIONS. Node < 20.15 has no zlib.crc32, nor a cache.)
if (production && want('cli') && !args.includes('--watch') && existsSync('dist/cli-main.js') && zlib.crc32) {
  const examples = readdirSync('examples').filter(f => f.endsWith('.answer.md')).map(f => `examples/${f}`);
  const env = { ...process.env, DEBRIEF_CODE_CACHE_OUT: cliCache };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  delete env.NODE_OPTIONS;
  for (const format of ['human', 'json', 'sarif']) {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'lint', '--format', format, ...examples], { env, stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`dist/cli.js lint --format ${format} examples (code cache warm-up) exited ${r.status ?? r.signal}`);
  }
  if (!existsSync(cliCache)) throw new Error(`${cliCache} was not written`);
}
