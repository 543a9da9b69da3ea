/** alihealth-pm · stakeholders: everyone in the care and payment loop (patients, family, clinicians, pharmacies, payers, regulators). */
import { cue } from '../cues';
import { cached, evidenceOf, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { STAKEHOLDER_NOUNS } from '../lexicon';
import { partyUnits } from '../signals';

const NOUNS = STAKEHOLDER_NOUNS.map(n => cue([n]));
const PAYER_OR_REGULATOR = /insur|payer|bureau|regulator|drug administration|医保|保险|监管|药监|卫健委/i;
const distinctNouns = cached((u: RUnit): number => NOUNS.filter(re => re.test(u.text)).length);
const payerOrRegulator = cached((u: RUnit) => PAYER_OR_REGULATOR.test(u.text));

export const stakeholders: AxisDetector = {
  id: 'stakeholders',
  question: 'Who is in the loop — patients, family, clinicians, pharmacies, payers, regulators?',
  detect(doc) {
    const parties = partyUnits(doc);
    const enumerations = doc.units.filter(u => !u.row && distinctNouns(u) >= 5);
    const units = parties.count >= 3 ? parties.units : enumerations;
    const count = Math.max(parties.count, ...enumerations.map(distinctNouns), 0);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: count >= 5, question: 'Who else is affected (family, payer, regulator, supplier)?' },
        { met: units.some(payerOrRegulator), question: 'Who pays, and who regulates?' },
        { met: parties.table, question: 'What does each stakeholder need, and what do they do in the flow?' },
        { met: units.length >= 2, question: 'Where do the stakeholders\' interests conflict?' },
      ],
    };
  },
};
