// Shared by the Node and web suite index files (bundled into both).
// A spec reporter that also counts, and the closing line `vscode-<host>: N passed, N failed[, N skipped]`
// printed as the suite's last output; the launchers re-print it as their own last line.
// A run that passed no test at all counts as failed: a suite that cannot fail proves nothing.

export interface RunCounts { passed: number; failed: number; skipped: number }

export function summaryLine(host: string, c: RunCounts): string {
  return `vscode-${host}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
}

/** The `Spec` reporter class of the mocha build in use (Node library or browser bundle), plus counting. */
export function countingSpec(Spec: typeof Mocha.reporters.Spec, counts: RunCounts): typeof Mocha.reporters.Spec {
  return class CountingSpec extends Spec {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      runner.on('pass', () => { counts.passed++; });
      runner.on('fail', () => { counts.failed++; }); // a failing hook counts as a failure too
      runner.on('pending', () => { counts.skipped++; });
    }
  };
}

/** Prints the closing line; resolves only when something passed and nothing failed. */
export function settle(host: string, counts: RunCounts, failures: number): Promise<void> {
  const c = { ...counts, failed: Math.max(counts.failed, failures) };
  if (c.failed === 0 && c.passed === 0) {
    console.error(`vscode-${host}: no test passed (is test/vscode/suite/tests.ts empty?)`);
  }
  console.log(summaryLine(host, c));
  if (c.failed > 0) return Promise.reject(new Error(`${c.failed} integration test(s) failed`));
  if (c.passed === 0) return Promise.reject(new Error('no integration test ran'));
  return Promise.resolve();
}

/**
 * Loads the named test files into `mocha` (what addFile + loadFiles do, for modules already in the
 * bundle: the tdd globals must exist while each file's top level runs) and runs them. `load`
 * is the index file's own `require`, so the bundler resolves the tests beside it.
 */
export function loadAndRun(host: string, mocha: Mocha, counts: RunCounts, names: readonly string[], load: (name: string) => unknown): Promise<void> {
  try {
    for (const name of names) {
      const file = `${name}.test.ts`;
      mocha.suite.emit('pre-require', globalThis, file, mocha);
      mocha.suite.emit('require', load(name), file, mocha);
      mocha.suite.emit('post-require', globalThis, file, mocha);
    }
  } catch (err) {
    console.error('Could not load the integration tests:', err);
    console.log(`vscode-${host}: 0 passed, 1 failed`);
    return Promise.reject(err);
  }
  return new Promise<number>(resolve => mocha.run(resolve)).then(failures => settle(host, counts, failures));
}
