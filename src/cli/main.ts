/**
 * `debrief` command-line entry: argv → run → stdout/stderr → exit code.
 * All logic lives in run.ts (testable in-process); this file only touches the process.
 * Bundled to dist/cli-main.js, which the executable dist/cli.js (launch.ts) compiles and runs.
 */
import { run, type RunResult } from './run';

let result: RunResult;
try {
  result = run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, isTTY: Boolean(process.stdout.isTTY) });
} catch (e) {
  // A bug, not a user error: one line, no stack trace (DEBRIEF_DEBUG=1 shows it).
  result = { exitCode: 2, stdout: '', stderr: `debrief: internal error: ${process.env.DEBRIEF_DEBUG ? (e as Error).stack : (e as Error).message}\n` };
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// Not process.exit(): let piped output drain first.
process.exitCode = result.exitCode;
