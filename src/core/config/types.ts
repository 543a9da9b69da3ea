/** The resolved configuration the engine consumes (after schema validation and merging). */
import type { Severity } from '../types';

export interface RuleSetting {
  /** 'off' disables the rule. */
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Default profile when the answer's front matter names none. */
  profile?: string;
  rules: Record<string, RuleSetting>;
  /** Extra vague phrases (plain phrases, never regular expressions). */
  vagueTerms: string[];
  /** Extra phrases that count as an accountable owner role. */
  ownerRoles: string[];
}

export const DEFAULT_CONFIG: ResolvedConfig = { rules: {}, vagueTerms: [], ownerRoles: [] };
