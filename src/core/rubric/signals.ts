/**
 * The evidence toolkit: predicates over rubric units that several axes share
 * (a quantified goal, a risk row, a named owner, a privacy mechanism, a party table …).
 */
import { cue, FROM_TO, has, hasQuantity, namedRole, namesOwnerCell, SIGNED_CHANGE, stem } from './cues';
import { cached, inKinds, type RUnit, type RubricDoc } from './doc';
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

/** The unit names a testable quantity (memoised). */
export const unitQuantity = cached((u: RUnit): boolean => hasQuantity(u.text));

/** A goal with a number: baseline → target, a signed change, or a goal word / change verb next to a quantity. */
export const quantifiedGoal = cached((u: RUnit): { baseline: boolean } | undefined => {
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
});

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
const isRiskRow = cached((u: RUnit): boolean =>
  !!u.row && (u.row.hasCol('risk') || (inKinds(u, 'risks') && (u.row.hasCol('mitigation') || u.row.hasCol('owner')))));
export function riskRows(doc: RubricDoc): RUnit[] {
  return doc.units.filter(isRiskRow);
}

/** List items or sentences of a risk section that pair a risk with a response ("风险：应对", "Risk — mitigation"). */
const isRiskListItem = cached((u: RUnit): boolean =>
  !u.row && inKinds(u, 'risks') && u.block.kind === 'list-item' && /[:：—–]|→|->|\bif\b|时|则/.test(u.text));
export function riskListItems(doc: RubricDoc): RUnit[] {
  return doc.units.filter(isRiskListItem);
}

export const rowOwner = (u: RUnit): string | undefined => u.row?.col('owner');
export const rowHasNamedOwner = cached((u: RUnit): boolean => namesOwnerCell(rowOwner(u)));
/** The row's trigger cell names a quantity (memoised). */
export const rowTriggerQuantity = cached((u: RUnit): boolean => hasQuantity(u.row?.col('trigger') ?? ''));

const OWNERSHIP = cue(OWNERSHIP_VERBS);
/** A sentence where a named role (or "I") owns, decides, approves or signs off something. */
export const ownershipStatement = cached((u: RUnit): boolean => {
  if (u.row) return false;
  const m = OWNERSHIP.exec(u.text);
  if (!m) return false;
  // "their own FAQ" is not ownership.
  if (/^own$/i.test(m[0]) && !/\b(?:I|we|they)\s+own\b/.test(u.text)) return false;
  return unitRole(u) !== undefined && !/\b(?:which|who)\s+(?:team|owns)\b|哪个团队|谁负责/i.test(u.text);
});

/** A named, accountable role in the unit, "I" included (memoised). */
export const unitRole = cached((u: RUnit): string | undefined => namedRole(u.text));
/** A named, accountable role in the unit, "I" not counted (memoised). */
export const unitThirdPartyRole = cached((u: RUnit): string | undefined => namedRole(u.text, { firstPerson: false }));

const FAILURE = cue(FAILURE_CUES);
export const mentionsFailure = (text: string): boolean => FAILURE.test(text);

const P_STRONG = stem(PRIVACY_STRONG);
const P_WEAK = cue(PRIVACY_WEAK);
const P_TOPIC = cue(PRIVACY_TOPIC);
/** A privacy mechanism: a strong one on its own, or a weaker one next to a privacy topic or in a privacy section. */
export const privacyMechanism = cached((u: RUnit): 'strong' | 'weak' | undefined => {
  if (P_STRONG.test(u.text)) return 'strong';
  if (P_WEAK.test(u.text) && (P_TOPIC.test(u.text) || inKinds(u, 'privacy'))) return 'weak';
  return undefined;
});
export const privacyTopic = cached((u: RUnit): boolean => P_TOPIC.test(u.text));

const A_STRONG = cue(AUDIT_STRONG);
const A_WEAK = cue(AUDIT_WEAK);
export const auditMechanism = cached((u: RUnit): 'strong' | 'weak' | undefined => {
  if (A_STRONG.test(u.text)) return 'strong';
  if (A_WEAK.test(u.text) && unitQuantity(u)) return 'weak';
  return undefined;
});

/** Party/stakeholder enumeration: rows of a party table, or list items / comma lists in a party section. */
const isPartyRow = cached((u: RUnit): boolean => !!u.row && (u.row.hasCol('party') || (inKinds(u, 'parties') && u.row.cells.length >= 2)));
const isPartyProse = (u: RUnit): boolean => !u.row && inKinds(u, 'parties');
const listedParties = cached((u: RUnit): number => u.text.split(/[,，、;；]|\band\b|和|及/).filter(s => s.trim().length > 1).length);
export function partyUnits(doc: RubricDoc): { units: RUnit[]; count: number; table: boolean } {
  const rows = doc.units.filter(isPartyRow);
  if (rows.length) return { units: rows, count: rows.length, table: true };
  const prose = doc.units.filter(isPartyProse);
  let count = prose.filter(u => u.block.kind === 'list-item').length;
  for (const u of prose) if (u.block.kind === 'paragraph') count = Math.max(count, listedParties(u));
  return { units: count > 0 ? prose : [], count, table: false };
}

export { has, hasQuantity, namedRole };
