/**
 * `debrief` command-line entry: argv → run → stdout/stderr → exit code.
 * All logic lives in run.ts (testable in-process); this file only touches the process.
 */
import { run } from './run';

const result = run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// Not process.exit(): let piped output drain first.
process.exitCode = result.exitCode;
