import type { ConfigProblem } from './types';

/** "path/.debrief.json: rules.vague-terms: unknown rule id 'vague-terms' (did you mean 'vague-term'?)" */
export function formatProblem(p: ConfigProblem): string {
  return p.key ? `${p.file}: ${p.key}: ${p.message}` : `${p.file}: ${p.message}`;
}
