// Entry point of the integration suite in the web-worker extension host (@vscode/test-web):
// the host loads dist/web/test/suite/index.js (built by test/vscode/build-tests.mjs, with the
// `assert` package and a `process` shim bundled in) and awaits run().
// The browser build of mocha defines the globals `mocha` and `Mocha`; the test files listed in
// ./tests.ts are bundled in through the template require below (every suite/**/*.test.ts).
import 'mocha/mocha';
import { TESTS } from './tests';
import { countingSpec, loadAndRun, type RunCounts } from '../lib/mocha-report';

export function run(): Promise<void> {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  // No `color`: the browser build never colours; `reporter` replaces the default html reporter (no DOM here).
  mocha.setup({ ui: 'tdd', timeout: 30000, reporter: countingSpec(Mocha.reporters.Spec, counts) });
  return loadAndRun('web', mocha, counts, TESTS, name => require(`./${name}.test.ts`));
}
