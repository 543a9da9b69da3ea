/**
 * The core is editor- and platform-independent: nothing under src/core imports `vscode` or a
 * Node-only module, so the same code runs in the CLI, the Node extension host and a web worker.
 */
import { strict as assert } from 'node:assert';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..', '..');
const core = join(root, 'src', 'core');
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map(m => `node:${m}`)]);
const IMPORT = /(?:^|[^.\w])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('architecture', () => {
  it('no file under src/core imports vscode or a Node-only module', () => {
    const offenders: string[] = [];
    for (const file of sources(core)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (spec === 'vscode' || NODE_ONLY.has(spec) || NODE_ONLY.has(spec.split('/')[0])) offenders.push(`${relative(root, file)}: ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the core bundles for a browser with nothing external', async () => {
    const result = await esbuild.build({
      entryPoints: [join(core, 'index.ts')], bundle: true, write: false, platform: 'browser', format: 'esm',
      logLevel: 'silent', metafile: true,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.some(i => i.includes('src/core/engine.ts')), 'the engine is in the bundle');
    assert.deepEqual(inputs.filter(i => /(^|\/)(vscode|node:)/.test(i)), []);
  });

  it('the check itself catches a forbidden import', () => {
    const sample = "import * as fs from 'node:fs';\nimport { x } from './y';\nconst v = require('vscode');";
    const found = [...sample.matchAll(IMPORT)].map(m => m[1] ?? m[2] ?? m[3]);
    assert.deepEqual(found, ['node:fs', './y', 'vscode']);
  });
});
