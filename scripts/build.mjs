// One esbuild script for every bundle: the Node extension, the browser (web worker) extension,
// the webview script, the CLI and the dev tools (eval, schema generator).
// Usage: node scripts/build.mjs [--only=cli,extension,web,webview,tools,tests] [--watch] [--production] [--metafile]
// --metafile writes <outdir>/<entries>.meta.json beside each build's bundles (for esbuild's analyzer).
import * as esbuild from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const only = (args.find(a => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);
const production = args.includes('--production') || process.env.NODE_ENV === 'production';
const want = name => only.length === 0 || only.includes(name);
// markdown-it imports `entities` only for decodeHTML; Debrief runs just its block pass, so a small
// decoder replaces the 75 KB of HTML entity tables (see src/shims/entities.ts). Its `linkify-it`
// instance is never consulted with linkify off, so a stand-in saves compiling its regexes at every
// start (see src/shims/linkify-it.ts).
const shim = name => fileURLToPath(new URL(`../src/shims/${name}.ts`, import.meta.url));
const alias = { entities: shim('entities'), 'linkify-it': shim('linkify-it') };
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none', alias };
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };
const browser = { ...common, platform: 'browser', target: 'es2022', format: 'cjs', define: { global: 'globalThis' } };
const ifExists = entries => Object.fromEntries(Object.entries(entries).filter(([, p]) => existsSync(p)));

const builds = [];
// A CLI run is short and its cost is compiling the lexicons' large regular expressions. V8 first
// compiles each to bytecode and then again to machine code once it runs twice (every lexicon regex
// does, once per sentence): compiling straight to machine code roughly halves a cold run. The
// flag is read when a regex is compiled, so setting it before any module code runs is enough.
const cliBanner = '#!/usr/bin/env node\n"use strict";require("node:v8").setFlagsFromString("--no-regexp-tier-up");';
if (want('cli')) builds.push({ ...node, entryPoints: ifExists({ cli: 'src/cli/main.ts' }), outdir: 'dist', banner: { js: cliBanner } });
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
