/** argv → a command, or a usage error. Uses node:util parseArgs (strict). */
import { parseArgs } from 'node:util';

export const FORMATS = ['human', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface LintCommand {
  kind: 'lint';
  files: string[];
  profile?: string;
  config?: string;
  format: Format;
  rubric: boolean;
}

export type Command =
  | LintCommand
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'rules' }
  | { kind: 'profiles' }
  | { kind: 'usage-error'; message: string };

export const COMMANDS = ['lint', 'rules', 'profiles'] as const;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'no-rubric': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    // parseArgs' messages are already user-facing ("Unknown option '--x'…").
    return { kind: 'usage-error', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command' };
  if (command === 'rules' || command === 'profiles') {
    if (rest.length > 0) return { kind: 'usage-error', message: `'${command}' takes no arguments (got '${rest[0]}')` };
    return { kind: command };
  }
  if (command !== 'lint') {
    const hint = /\.(md|markdown)$/i.test(command) ? `; to lint it, run: debrief lint ${command}` : '';
    return { kind: 'usage-error', message: `unknown command '${command}'${hint}` };
  }
  const format = values.format ?? 'human';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { kind: 'usage-error', message: `unknown format '${format}'; use ${FORMATS.join(', ')}` };
  }
  if (rest.length === 0) return { kind: 'usage-error', message: 'lint needs at least one FILE' };
  if (values.profile === '') return { kind: 'usage-error', message: '--profile needs a profile id' };
  if (values.config === '') return { kind: 'usage-error', message: '--config needs a file path' };
  return { kind: 'lint', files: rest, profile: values.profile, config: values.config, format: format as Format, rubric: !values['no-rubric'] };
}
