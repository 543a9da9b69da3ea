/**
 * alibaba-tpm · escalation-framing: an escalation path — who is pulled in next, on what condition,
 * and who decides. A single page to on-call is first response, not escalation.
 */
import { cue, namedRole } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { ESCALATION_CUES } from '../lexicon';
import { unitQuantity, unitRole, unitThirdPartyRole } from '../signals';

const ESCALATE = cue(ESCALATION_CUES);
const DECIDE = /\bdecides?\b|\bcall\b|\bpause\b|\bapproves?\b|决定|拍板|审批/i;
const namedRung = cached((u: RUnit) => inKinds(u, 'escalation') && (unitRole(u) !== undefined || namedRole(u.row?.col('owner') ?? '') !== undefined));
const inlineEscalation = cached((u: RUnit) => !inKinds(u, 'escalation') && ESCALATE.test(u.text) && unitQuantity(u) && unitThirdPartyRole(u) !== undefined);
const decides = cached((u: RUnit) => DECIDE.test(u.text));

export const escalationFraming: AxisDetector = {
  id: 'escalation-framing',
  question: 'When something goes wrong, who is pulled in next, on what condition, and who decides?',
  detect(doc) {
    const named = doc.units.filter(namedRung);
    // A ladder has levels: two named rungs, or one with a measurable condition.
    const ladder = named.length >= 2 || named.some(unitQuantity) ? named : [];
    const inline = doc.units.filter(inlineEscalation);
    const units = [...ladder, ...inline];
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: ladder.length >= 3 || units.length >= 3, weight: 2, question: 'What are the levels of the escalation ladder, from on-call up?' },
        { met: units.filter(unitQuantity).length >= 2, question: 'At what measurable condition does each level kick in?' },
        { met: units.some(decides), question: 'Who makes the call at the top, and which call?' },
      ],
    };
  },
  penalty: { rule: 'missing-threshold', question: n => `${n} escalation or monitoring line(s) have no measurable condition: what number triggers each?` },
};
