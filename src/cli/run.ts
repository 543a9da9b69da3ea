/**
 * The whole CLI as a function: argv (+ cwd, env, whether stdout is a terminal) → exit code and
 * output text. Exit 0: no error finding; 1: an error finding; 2: usage, config or I/O error.
 */
import { parseCommand, type LintCommand } from './args';
import { formatHuman } from './format/human';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { helpText, USAGE } from './help';
import { lintFiles } from './lint';
import { listProfiles, listRules } from './listing';
import { VERSION } from './version';

export interface RunContext {
  cwd: string;
  env: Record<string, string | undefined>;
  /** stdout is a terminal: colour is allowed (unless NO_COLOR is set). */
  isTTY: boolean;
}

export interface RunResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const ok = (stdout: string): RunResult => ({ exitCode: 0, stdout, stderr: '' });

function runLint(cmd: LintCommand, ctx: RunContext): RunResult {
  const { files, fatal, configErrors = [] } = lintFiles(cmd, ctx.cwd);
  const stderr = [...configErrors.map(m => `debrief: ${m}\n`), ...files.filter(f => f.error).map(f => `debrief: ${f.path}: ${f.error}\n`)].join('');
  if (fatal) return { exitCode: 2, stdout: '', stderr: stderr + fatal.map(m => `debrief: ${m}\n`).join('') };
  const color = ctx.isTTY && !ctx.env.NO_COLOR;
  const stdout = cmd.format === 'json' ? formatJson(files) : cmd.format === 'sarif' ? formatSarif(files, ctx.cwd) : formatHuman(files, color);
  const failed = files.some(f => f.error);
  const hasError = files.some(f => f.analysis?.findings.some(x => x.severity === 'error'));
  return { exitCode: failed || configErrors.length > 0 ? 2 : hasError ? 1 : 0, stdout, stderr };
}

export function run(argv: string[], ctx: RunContext): RunResult {
  const cmd = parseCommand(argv);
  switch (cmd.kind) {
    case 'help': return ok(helpText());
    case 'version': return ok(`${VERSION}\n`);
    case 'rules': return ok(listRules());
    case 'profiles': return ok(listProfiles());
    case 'usage-error': return { exitCode: 2, stdout: '', stderr: `debrief: ${cmd.message}\n${USAGE}\nRun 'debrief --help' for more.\n` };
    case 'lint': return runLint(cmd, ctx);
  }
}
