/** alihealth-pm · health-outcomes: a clinical metric (HbA1c, adherence, readmissions …) with a number, ideally baseline → target. */
import { cue, FROM_TO } from '../cues';
import { evidenceOf, inKinds } from '../doc';
import type { AxisDetector } from '../grade';
import { CLINICAL_METRICS } from '../lexicon';
import { quantifiedGoal } from '../signals';

const METRIC = cue(CLINICAL_METRICS);
const HORIZON = /\bat\s+\d+\s*(?:months?|weeks?|days?)|\d+-(?:day|week|month)\b|\d+\s*个?(?:月|周|天)(?:内|后)?/i;

export const healthOutcomes: AxisDetector = {
  id: 'health-outcomes',
  question: 'Which clinical outcome gets better for patients, by how much, from what baseline?',
  detect(doc) {
    const units = doc.units.filter(u => !u.row && METRIC.test(u.text) && /\d/.test(u.text) &&
      (quantifiedGoal(u) !== undefined || inKinds(u, 'impact')));
    const distinct = new Set(units.flatMap(u => [...u.text.matchAll(new RegExp(METRIC.source, 'gi'))].map(m => m[0].toLowerCase())));
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(u => FROM_TO.test(u.text)), weight: 2, question: 'What is the baseline, and where does it come from?' },
        { met: distinct.size >= 2, question: 'Which second clinical metric (adherence, complications) would you track?' },
        { met: units.some(u => HORIZON.test(u.text)), question: 'Over what time horizon is the outcome measured?' },
      ],
    };
  },
  penalty: { rule: 'unquantified-impact', question: n => `${n} goal statement(s) carry no number: which clinical metric would prove each?` },
};
