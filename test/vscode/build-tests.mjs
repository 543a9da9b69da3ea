// Bundles the VS Code integration suite (run from the repo root: `node test/vscode/build-tests.mjs`):
//   Node extension host  test/vscode/suite/index.node.ts → dist/test/suite/index.js      (mocha external)
//   web-worker host      test/vscode/suite/index.web.ts  → dist/web/test/suite/index.js  (browser mocha,
//                        the `assert` package and a `process` shim bundled in)
// The test files named in test/vscode/suite/tests.ts are bundled into both (template require in the
// index files). Checks that every listed file exists and warns about *.test.ts files not listed.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const suiteDir = join(here, 'suite');
process.chdir(root);

function listedTests() {
  const src = readFileSync(join(suiteDir, 'tests.ts'), 'utf8').replace(/\/\/.*$/gm, '');
  const m = /export\s+const\s+TESTS\b[^=]*=\s*\[([^\]]*)\]/.exec(src);
  if (!m) throw new Error('test/vscode/suite/tests.ts: expected `export const TESTS = [ ... ]`');
  return [...m[1].matchAll(/(['"`])([^'"`]+)\1/g)].map(x => x[2]);
}

function testFiles(dir, base = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? testFiles(join(dir, e.name), `${base}${e.name}/`)
      : e.name.endsWith('.test.ts') ? [`${base}${e.name.slice(0, -'.test.ts'.length)}`] : []);
}

const listed = listedTests();
const present = testFiles(suiteDir);
const missing = listed.filter(n => !present.includes(n));
if (missing.length) {
  console.error(`build-tests: listed in tests.ts but missing: ${missing.map(n => `test/vscode/suite/${n}.test.ts`).join(', ')}`);
  process.exit(1);
}
const unlisted = present.filter(n => !listed.includes(n));
if (unlisted.length) console.warn(`build-tests: warning: not listed in tests.ts (not run): ${unlisted.join(', ')}`);
if (listed.length === 0) console.warn('build-tests: warning: tests.ts lists no test; the suites will fail with "no test ran"');

const common = { bundle: true, format: 'cjs', sourcemap: true, logLevel: 'warning', logOverride: { 'empty-glob': 'silent' }, legalComments: 'none', external: ['vscode'] };
const rel = p => relative(root, join(here, p));
await Promise.all([
  esbuild.build({
    ...common, platform: 'node', target: 'node20', external: ['vscode', 'mocha'],
    entryPoints: [rel('suite/index.node.ts')], outfile: 'dist/test/suite/index.js',
  }),
  esbuild.build({
    ...common, platform: 'browser', target: 'es2022', define: { global: 'globalThis' },
    inject: [rel('process-shim.js')], entryPoints: [rel('suite/index.web.ts')], outfile: 'dist/web/test/suite/index.js',
  }),
]);
const size = f => existsSync(f) ? `${Math.round(readFileSync(f).length / 1024)} KB` : 'missing';
console.log(`build-tests: ${listed.length} test file(s) [${listed.join(', ')}] → dist/test/suite/index.js (${size('dist/test/suite/index.js')}), dist/web/test/suite/index.js (${size('dist/web/test/suite/index.js')})`);
