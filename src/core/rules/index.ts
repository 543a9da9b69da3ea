/** Every rule, in the order findings are reported for one position. */
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [];
export const RULE_IDS: readonly string[] = RULES.map(r => r.meta.id);
