/**
 * alibaba-tpm · escalation-framing: an escalation path — who is pulled in next, on what condition,
 * and who decides. A single page to on-call is first response, not escalation.
 */
import { cue, namedRole } from '../cues';
import { evidenceOf, inKinds } from '../doc';
import type { AxisDetector } from '../grade';
import { ESCALATION_CUES } from '../lexicon';
import { hasQuantity } from '../signals';

const ESCALATE = cue(ESCALATION_CUES);
const DECIDE = /\bdecides?\b|\bcall\b|\bpause\b|\bapproves?\b|决定|拍板|审批/i;

export const escalationFraming: AxisDetector = {
  id: 'escalation-framing',
  question: 'When something goes wrong, who is pulled in next, on what condition, and who decides?',
  detect(doc) {
    const named = doc.units.filter(u => inKinds(u, 'escalation') && (namedRole(u.text) !== undefined || namedRole(u.row?.col('owner') ?? '') !== undefined));
    // A ladder has levels: two named rungs, or one with a measurable condition.
    const ladder = named.length >= 2 || named.some(u => hasQuantity(u.text)) ? named : [];
    const inline = doc.units.filter(u => !inKinds(u, 'escalation') && ESCALATE.test(u.text) && hasQuantity(u.text) &&
      namedRole(u.text, { firstPerson: false }) !== undefined);
    const units = [...ladder, ...inline];
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: ladder.length >= 3 || units.length >= 3, weight: 2, question: 'What are the levels of the escalation ladder, from on-call up?' },
        { met: units.filter(u => hasQuantity(u.text)).length >= 2, question: 'At what measurable condition does each level kick in?' },
        { met: units.some(u => DECIDE.test(u.text)), question: 'Who makes the call at the top, and which call?' },
      ],
    };
  },
  penalty: { rule: 'missing-threshold', question: n => `${n} escalation or monitoring line(s) have no measurable condition: what number triggers each?` },
};
