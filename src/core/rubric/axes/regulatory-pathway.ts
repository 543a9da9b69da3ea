/** alihealth-pm · regulatory-pathway: the named rules, regulators and licences the service must pass (NMPA, PIPL, licensed pharmacists …). */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { REGULATORY_CUES } from '../lexicon';

const REG = cue(REGULATORY_CUES);
const LICENSED = /licensed|licence|license|执业/i;
const REGULATOR = /\bNMPA\b|\bNHC\b|drug administration|bureau|regulatory affairs|药监|卫健委|网信办|医保局/i;
const regulated = cached((u: RUnit) => REG.test(u.text));
const licensed = cached((u: RUnit) => LICENSED.test(u.text));
const regulator = cached((u: RUnit) => REGULATOR.test(u.text));

export const regulatoryPathway: AxisDetector = {
  id: 'regulatory-pathway',
  question: 'Which regulations and licences does this service have to pass, and how?',
  detect(doc) {
    const units = doc.units.filter(regulated);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(u => inKinds(u, 'regulatory', 'constraints')), question: 'Can you state the regulatory boundaries up front, before the design?' },
        { met: units.some(licensed), question: 'Which licensed role must sign off (physician, pharmacist)?' },
        { met: units.some(regulator), question: 'Which regulator would look at this, and what would they check?' },
        { met: units.length >= 3, question: 'Does the software fall under medical-device rules, and how do you stay on the right side?' },
      ],
    };
  },
};
