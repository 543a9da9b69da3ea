// Entry point of the integration suite in the Node.js extension host (code-server, desktop VS Code):
// the host loads dist/test/suite/index.js (built by test/vscode/build-tests.mjs) and awaits run().
// mocha comes from node_modules (external to the bundle); the test files listed in ./tests.ts are
// bundled in: esbuild turns the template require below into a map of every suite/**/*.test.ts.
import Mocha from 'mocha';
import { TESTS } from './tests';
import { countingSpec, loadAndRun, type RunCounts } from '../lib/mocha-report';

export function run(): Promise<void> {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: countingSpec(Mocha.reporters.Spec, counts) });
  if (process.env.DEBRIEF_TEST_GREP) mocha.grep(process.env.DEBRIEF_TEST_GREP);
  return loadAndRun('node', mocha, counts, TESTS, name => require(`./${name}.test.ts`));
}
