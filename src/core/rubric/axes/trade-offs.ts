/** alibaba-pm · trade-offs: an option weighed against another, with its cost in numbers. */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { BUSINESS_CUES, TRADEOFF_CUES } from '../lexicon';
import { unitQuantity } from '../signals';

const TRADEOFF = cue(TRADEOFF_CUES);
const BUSINESS = cue(BUSINESS_CUES);
/** 放弃 "give up" (an option), but not 放弃率 "abandonment rate" (a funnel metric, as in 结算放弃率). */
const GIVE_UP_ZH = /放弃(?!率)/;
const REJECTED = /\brejected\b|\binstead of\b|\brather than\b|\bwould\b|\bworth it\b|而不是|而非|否决|会导致/i;
const isTradeOff = cached((u: RUnit) => unitQuantity(u) && (inKinds(u, 'tradeoffs') || (!u.row && (TRADEOFF.test(u.text) || GIVE_UP_ZH.test(u.text)))));
const rejects = cached((u: RUnit) => REJECTED.test(u.text) || GIVE_UP_ZH.test(u.text));
const business = cached((u: RUnit) => BUSINESS.test(u.text));

export const tradeOffs: AxisDetector = {
  id: 'trade-offs',
  question: 'What did you give up for this design, and what does that cost in numbers?',
  detect(doc) {
    const units = doc.units.filter(isTradeOff);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(u => inKinds(u, 'tradeoffs')), question: 'Can you lay the main trade-offs side by side: option, cost, why rejected?' },
        { met: units.length >= 2, question: 'What is the second-biggest trade-off you made?' },
        { met: units.some(business), question: 'What does the trade-off cost the business (GMV, conversion, cost)?' },
        { met: units.some(rejects), question: 'Which alternative did you reject, and why?' },
      ],
    };
  },
  penalty: { rule: 'deferred-decision', question: n => `${n} decision(s) are deferred with no trigger: what would make you decide?` },
};
