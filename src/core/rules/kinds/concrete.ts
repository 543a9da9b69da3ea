/** "Concrete": a number with a unit, or a named mechanism (LABELS.md, vague-term / unnamed-mechanism). */
import { ANY_NUMBER, hasWordNumber, MECHANISMS, QUANTITY, TARGET } from '../../lexicon/mechanisms';
import { COUNT_CONDITION, TRIGGER } from '../../lexicon/signals';
import { compilePhrases, tester } from '../../text/phrases';

const MECHANISM = tester(compilePhrases(MECHANISMS)!);
/** `<metric> > <value>`: a placeholder condition the template or a quick fix inserted. */
const PLACEHOLDER_CONDITION = /<[^<>\n]+>\s*[<>≤≥]=?\s*<[^<>\n]+>|\b(?:trigger|threshold)\s*[:：]/i;

export const hasQuantity = (text: string): boolean => QUANTITY.test(text) || hasWordNumber(text);
export const hasMechanism = (text: string): boolean => MECHANISM.test(text);
export const isConcrete = (text: string): boolean => hasQuantity(text) || hasMechanism(text);
/** A metric number: a number with a unit, or a standalone number (not digits inside a name). */
export const hasNumber = (text: string): boolean => QUANTITY.test(text) || ANY_NUMBER.test(text) || PLACEHOLDER.test(text) || hasWordNumber(text);
/** A metric target (impact statements), or a placeholder awaiting one. */
export const hasTarget = (text: string): boolean => TARGET.test(text) || PLACEHOLDER.test(text) || hasWordNumber(text);
/** A template placeholder stands in for the number still to come (unfilled-placeholder reports it). */
const PLACEHOLDER = /<(?![/!])[A-Za-z\p{Script=Han}][^<>\n]{0,60}>/u;

/** A testable condition: any number, a count condition ("any mismatch"), or a placeholder condition. */
export const isMeasurable = (text: string): boolean =>
  hasNumber(text) || COUNT_CONDITION.test(text) || PLACEHOLDER_CONDITION.test(text);

/** A deferral rescued by a measurable trigger ("add a replica when p99 > 200 ms"). */
export const hasTrigger = (text: string): boolean => TRIGGER.test(text) || PLACEHOLDER_CONDITION.test(text);
