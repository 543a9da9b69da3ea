/**
 * What `npm pack` ships (.npmignore): the CLI, the extension bundles package.json names, the
 * webview script, media, snippets and the config schema — never sources, tests, source maps,
 * the test bundles or the dev tools. Checked on a stand-in tree with one file of each kind, so the
 * result does not depend on what happens to be built in dist/.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');

const SHIPPED = [
  'LICENSE', 'README.md', 'package.json',
  'dist/cli.js', 'dist/cli-main.js', 'dist/cli-main.cache', 'dist/extension.js', 'dist/web/extension.js', 'dist/webview/panel.js',
  'media/debrief.svg', 'snippets/debrief.en.json', 'schemas/debrief.schema.json',
];
const LEFT_OUT = [
  'dist/cli-main.js.map', 'dist/extension.js.map', 'dist/web/extension.js.map', 'dist/eval.js', 'dist/gen-schema.js',
  'dist/test/unit/engine.test.js', 'dist/test/suite.js', 'dist/extension.meta.json',
  'src/core/engine.ts', 'src/cli/main.ts', 'test/unit/engine.test.ts', 'test/heldout/A/01.md', 'bench/bench.mjs',
  'scripts/build.mjs', 'docs/benchmark.md', 'tsconfig.json', '.ci/run', 'test-output/debrief.vsix',
];

describe('packaging', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'debrief-pack-'));
    for (const f of ['package.json', '.npmignore', '.vscodeignore', 'README.md', 'LICENSE']) copyFileSync(join(root, f), join(dir, f));
    for (const f of [...SHIPPED, ...LEFT_OUT]) {
      if (['package.json', 'README.md', 'LICENSE'].includes(f)) continue;
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('npm pack ships the CLI, the bundles, media, snippets and the schema, and nothing else', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
    assert.equal(r.status, 0, r.stderr);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map(f => f.path).sort();
    assert.deepEqual(files, [...SHIPPED].sort());
  });
});
