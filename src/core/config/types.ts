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

/** One validated .debrief.json, normalised: severities as `{ severity }`, phrases trimmed. */
export interface PartialConfig {
  profile?: string;
  rules?: Record<string, RuleSetting>;
  vagueTerms?: string[];
  ownerRoles?: string[];
}

/** A config file that passed validation. Layers are merged farthest first, nearest last. */
export interface ConfigLayer {
  file: string;
  config: PartialConfig;
}

/** Something wrong in a config file: never an exception, always data an adapter can show. */
export interface ConfigProblem {
  file: string;
  /** Dotted path of the offending key ('rules.vague-term', 'vagueTerms[3]'); '' for the whole file. */
  key: string;
  message: string;
  /** 0-based line, best effort. */
  line: number;
}
