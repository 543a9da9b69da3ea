/**
 * The evidence toolkit: predicates over rubric units that several axes share
 * (a quantified goal, a risk row, a named owner, a privacy mechanism, a party table …).
 */
import { cue, FROM_TO, has, hasQuantity, namedRole, namesOwnerCell, SIGNED_CHANGE, stem } from './cues';
import { inKinds, type RUnit, type RubricDoc } from './doc';
import {
  AUDIT_STRONG, AUDIT_WEAK, BUSINESS_CUES, CHANGE_VERBS, FAILURE_CUES, GOAL_CUES, OWNERSHIP_VERBS, PRIVACY_STRONG, PRIVACY_TOPIC,
  PRIVACY_WEAK, SLA_CUES,
} from './lexicon';

const GOAL = cue(GOAL_CUES);
const CHANGE = cue(CHANGE_VERBS);
const SLA = cue(SLA_CUES);
const BUSINESS = cue(BUSINESS_CUES);
const PLACEHOLDER = /<[a-z][a-z0-9 _-]*>|\bTODO\b|\bTBD\b/;
const CONDITION = /^\s*(?:if|when|once|whenever)\b|如果|一旦|\btriggers?\b|\bthreshold\b|触发|阈值/i;

/** A goal with a number: baseline → target, a signed change, or a goal word / change verb next to a quantity. */
export function quantifiedGoal(u: RUnit): { baseline: boolean } | undefined {
  const t = u.text;
  if (PLACEHOLDER.test(t) || !/\d/.test(t)) return undefined;
  // A trigger ("if conversion drops by 5%, …") is a condition, not a goal.
  if (CONDITION.test(t)) return undefined;
  // "from 3 to 30 pods" is sizing, not a goal: a change counts when it is about the business or framed as a goal.
  const framed = inKinds(u, 'impact') || GOAL.test(t) || BUSINESS.test(t);
  const baseline = FROM_TO.test(t) && framed;
  const target = baseline || (SIGNED_CHANGE.test(t) && framed) ||
    ((GOAL.test(t) || (CHANGE.test(t) && inKinds(u, 'impact'))) && hasQuantity(t));
  if (!target) return undefined;
  // A pure system SLA ("p99 from 400 ms to 150 ms") is not a business goal.
  if (SLA.test(t) && !BUSINESS.test(t)) return undefined;
  return { baseline };
}

/** Units in the framing sections where a goal is expected (impact/why), or anywhere outside constraints. */
export function goalUnits(doc: RubricDoc): { unit: RUnit; baseline: boolean }[] {
  const out: { unit: RUnit; baseline: boolean }[] = [];
  for (const u of doc.units) {
    if (u.row) continue;
    if (inKinds(u, 'constraints') && !inKinds(u, 'impact')) continue;
    const g = quantifiedGoal(u);
    if (g) out.push({ unit: u, ...g });
  }
  return out;
}

/** Table rows of a risk matrix: a table with a risk column, or any table in a risk section. */
export function riskRows(doc: RubricDoc): RUnit[] {
  return doc.units.filter(u => u.row && (u.row.hasCol('risk') || (inKinds(u, 'risks') && (u.row.hasCol('mitigation') || u.row.hasCol('owner')))));
}

/** List items or sentences of a risk section that pair a risk with a response ("风险：应对", "Risk — mitigation"). */
export function riskListItems(doc: RubricDoc): RUnit[] {
  return doc.units.filter(u => !u.row && inKinds(u, 'risks') && u.block.kind === 'list-item' && /[:：—–]|→|->|\bif\b|时|则/.test(u.text));
}

export const rowOwner = (u: RUnit): string | undefined => u.row?.col('owner');
export const rowHasNamedOwner = (u: RUnit): boolean => namesOwnerCell(rowOwner(u));

const OWNERSHIP = cue(OWNERSHIP_VERBS);
/** A sentence where a named role (or "I") owns, decides, approves or signs off something. */
export function ownershipStatement(u: RUnit): boolean {
  if (u.row) return false;
  const m = OWNERSHIP.exec(u.text);
  if (!m) return false;
  // "their own FAQ" is not ownership.
  if (/^own$/i.test(m[0]) && !/\b(?:I|we|they)\s+own\b/.test(u.text)) return false;
  return namedRole(u.text) !== undefined && !/\b(?:which|who)\s+(?:team|owns)\b|哪个团队|谁负责/i.test(u.text);
}

const FAILURE = cue(FAILURE_CUES);
export const mentionsFailure = (text: string): boolean => FAILURE.test(text);

const P_STRONG = stem(PRIVACY_STRONG);
const P_WEAK = cue(PRIVACY_WEAK);
const P_TOPIC = cue(PRIVACY_TOPIC);
/** A privacy mechanism: a strong one on its own, or a weaker one next to a privacy topic or in a privacy section. */
export function privacyMechanism(u: RUnit): 'strong' | 'weak' | undefined {
  if (P_STRONG.test(u.text)) return 'strong';
  if (P_WEAK.test(u.text) && (P_TOPIC.test(u.text) || inKinds(u, 'privacy'))) return 'weak';
  return undefined;
}
export const privacyTopic = (u: RUnit): boolean => P_TOPIC.test(u.text);

const A_STRONG = cue(AUDIT_STRONG);
const A_WEAK = cue(AUDIT_WEAK);
export function auditMechanism(u: RUnit): 'strong' | 'weak' | undefined {
  if (A_STRONG.test(u.text)) return 'strong';
  if (A_WEAK.test(u.text) && hasQuantity(u.text)) return 'weak';
  return undefined;
}

/** Party/stakeholder enumeration: rows of a party table, or list items / comma lists in a party section. */
export function partyUnits(doc: RubricDoc): { units: RUnit[]; count: number; table: boolean } {
  const rows = doc.units.filter(u => u.row && (u.row.hasCol('party') || (inKinds(u, 'parties') && u.row.cells.length >= 2)));
  if (rows.length) return { units: rows, count: rows.length, table: true };
  const prose = doc.units.filter(u => !u.row && inKinds(u, 'parties'));
  let count = prose.filter(u => u.block.kind === 'list-item').length;
  for (const u of prose.filter(x => x.block.kind === 'paragraph')) {
    count = Math.max(count, u.text.split(/[,，、;；]|\band\b|和|及/).filter(s => s.trim().length > 1).length);
  }
  return { units: count > 0 ? prose : [], count, table: false };
}

export { has, hasQuantity, namedRole };
