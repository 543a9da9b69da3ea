/** alihealth-pm · health-outcomes: a clinical metric (HbA1c, adherence, readmissions …) with a number, ideally baseline → target. */
import { cue, FROM_TO } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { CLINICAL_METRICS } from '../lexicon';
import { quantifiedGoal } from '../signals';
import { tester } from '../../text/phrases';

// One compiled pattern: matchAll needs 'g', and the tester shares its compiled code.
const METRICS = cue(CLINICAL_METRICS, 'gi');
const METRIC = tester(METRICS);
// (?<!\d): a number is tried from its first digit only (linear on long digit runs).
const HORIZON = /\bat\s+\d+\s*(?:months?|weeks?|days?)|(?<!\d)\d+-(?:day|week|month)\b|(?<!\d)\d+\s*个?(?:月|周|天)(?:内|后)?/i;
const isOutcome = cached((u: RUnit) => !u.row && METRIC.test(u.text) && /\d/.test(u.text) && (quantifiedGoal(u) !== undefined || inKinds(u, 'impact')));
const metricsIn = cached((u: RUnit) => [...u.text.matchAll(METRICS)].map(m => m[0].toLowerCase()));
const fromTo = cached((u: RUnit) => FROM_TO.test(u.text));
const horizon = cached((u: RUnit) => HORIZON.test(u.text));

export const healthOutcomes: AxisDetector = {
  id: 'health-outcomes',
  question: 'Which clinical outcome gets better for patients, by how much, from what baseline?',
  detect(doc) {
    const units = doc.units.filter(isOutcome);
    const distinct = new Set(units.flatMap(metricsIn));
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(fromTo), weight: 2, question: 'What is the baseline, and where does it come from?' },
        { met: distinct.size >= 2, question: 'Which second clinical metric (adherence, complications) would you track?' },
        { met: units.some(horizon), question: 'Over what time horizon is the outcome measured?' },
      ],
    };
  },
  penalty: { rule: 'unquantified-impact', question: n => `${n} goal statement(s) carry no number: which clinical metric would prove each?` },
};
