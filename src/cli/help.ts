import { DEFAULT_PROFILE, PROFILE_IDS } from '../core';
import { CONFIG_FILENAME } from '../core/config';

export const USAGE = 'Usage: debrief lint [--profile ID] [--config FILE] [--format human|json|sarif] [--no-rubric] FILE…';

export function helpText(): string {
  return `${USAGE}
       debrief rules
       debrief profiles
       debrief --help | --version

Lint and score written system-design interview answers (Markdown, English and Chinese).

Commands:
  lint FILE…          Report findings and score each answer against its profile's rubric
  rules               List the rules with their default severity
  profiles            List the profiles and their rubric axes

Options for lint:
  --profile ID        Use this profile for every file, over front matter and config
                      (${PROFILE_IDS.join(', ')}; default ${DEFAULT_PROFILE})
  --config FILE       Use only this config file instead of looking for ${CONFIG_FILENAME}
  -f, --format FMT    human (default), json or sarif
  --no-rubric         Lint only; skip the rubric and speaking time
  -h, --help          Show this help
  -v, --version       Print the version

Config: every ${CONFIG_FILENAME} from the filesystem root down to the answer's folder is
merged, the nearest winning. Colour only on a terminal, and never when NO_COLOR is set.

Exit status: 0 no error-severity finding; 1 at least one error-severity finding;
2 usage error, an invalid config file (reported, then ignored: answers are linted with
the defaults), or a file that could not be read (the other files are still linted).
`;
}
