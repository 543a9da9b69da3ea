/** alibaba-tpm · business-context: why the program matters in business numbers (cost, contacts, GMV), baseline → target. */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { BUSINESS_CUES } from '../lexicon';
import { goalUnits, unitQuantity } from '../signals';

const BUSINESS = cue(BUSINESS_CUES);
const MONEY = /[¥$€£]\s?\d|HK\$|\d\s*(?:元|万元|亿元)|\bRMB\b/;
const isFraming = cached((u: RUnit) => !u.row && inKinds(u, 'impact') && unitQuantity(u) && BUSINESS.test(u.text));
const money = cached((u: RUnit) => MONEY.test(u.text));

export const businessContext: AxisDetector = {
  id: 'business-context',
  question: 'Why does the business care — what does the problem cost today, in numbers?',
  detect(doc) {
    const goals = goalUnits(doc);
    const framing = doc.units.filter(isFraming);
    const units = [...new Set([...goals.map(g => g.unit), ...framing])];
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: goals.some(g => g.baseline), question: 'What is the baseline today, and what target do you commit to?' },
        { met: units.some(money), question: 'What does the problem cost in money (per contact, per order, per quarter)?' },
        { met: goals.length > 0, question: 'Which business KPI moves if the program lands, and by how much?' },
        { met: units.some(u => inKinds(u, 'impact')), question: 'Can you open with the business case before the architecture?' },
      ],
    };
  },
  penalty: { rule: 'unquantified-impact', question: n => `${n} goal statement(s) carry no number: what target would you put on each?` },
};
