/** Every rule, in the order findings are reported for one position. */
import deferredDecision from './deferred-decision';
import missingOwner from './missing-owner';
import missingSection from './missing-section';
import missingThreshold from './missing-threshold';
import type { Rule } from './rule';
import slaWithoutKpi from './sla-without-kpi';
import stackMismatch from './stack-mismatch';
import unfilledPlaceholder from './unfilled-placeholder';
import unnamedMechanism from './unnamed-mechanism';
import unquantifiedImpact from './unquantified-impact';
import vagueTerm from './vague-term';

export const RULES: readonly Rule[] = [
  vagueTerm, deferredDecision, missingOwner, missingThreshold, unquantifiedImpact,
  unnamedMechanism, slaWithoutKpi, stackMismatch, missingSection, unfilledPlaceholder,
];
export const RULE_IDS: readonly string[] = RULES.map(r => r.meta.id);
