/**
 * ant-pm · constraint-negotiation: a framing section of its own where the candidate states or asks
 * for the limits (amounts, windows, caps, regulation) before designing. Numbers scattered through
 * the design do not count.
 */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { REGULATORY_CUES } from '../lexicon';
import { unitQuantity } from '../signals';

const NEGOTIATE = /\bassum|\bconfirm\b|\bsettle\b|\bI'd ask\b|\bwould ask\b|\?|？|假设|确认|对齐|先问/i;
const LAW = cue([...REGULATORY_CUES, 'law', 'scheme', 'regulator', 'regulation', 'rules', '法', '监管', '规定']);
const APPROVAL = /\bcap(?:ped)?\b|\blimit\b|\bmust approve\b|\bapproval\b|\babove that\b|上限|审批|需要.{0,6}批准|超过这个/i;
const quantifiedConstraint = cached((u: RUnit) => inKinds(u, 'constraints') && unitQuantity(u));
const negotiates = cached((u: RUnit) => NEGOTIATE.test(u.text));
const lawConstraint = cached((u: RUnit) => inKinds(u, 'constraints') && LAW.test(u.text));
const approval = cached((u: RUnit) => APPROVAL.test(u.text));

export const constraintNegotiation: AxisDetector = {
  id: 'constraint-negotiation',
  question: 'Which limits would you settle with the interviewer before designing — amounts, windows, caps, rules?',
  detect(doc) {
    const units = doc.units.filter(quantifiedConstraint);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.length >= 3, question: 'What other limits (volume, deadline, exposure cap) shape the design?' },
        { met: units.some(negotiates), question: 'Which of these are your assumptions, to confirm with the interviewer?' },
        { met: units.length > 0 && doc.units.some(lawConstraint), question: 'Which regulation or scheme rule fixes a hard limit here?' },
        { met: units.some(approval), question: 'What happens above the cap — who approves an exception?' },
      ],
    };
  },
  penalty: { rule: 'deferred-decision', question: n => `${n} limit(s) or decision(s) are left open: which would you settle first?` },
};
