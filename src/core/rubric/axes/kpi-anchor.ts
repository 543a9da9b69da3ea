/** alibaba-pm · kpi-anchor: one business KPI with a number, ideally baseline → target, stated up front. */
import { evidenceOf, inKinds } from '../doc';
import type { AxisDetector } from '../grade';
import { goalUnits } from '../signals';

export const kpiAnchor: AxisDetector = {
  id: 'kpi-anchor',
  question: 'What number tells you this worked, and from what baseline?',
  detect(doc) {
    const goals = goalUnits(doc);
    return {
      evidence: evidenceOf(goals.map(g => g.unit)),
      depth: [
        { met: goals.some(g => g.baseline), weight: 2, question: 'What is the baseline today, and what target are you committing to?' },
        { met: goals.some(g => inKinds(g.unit, 'impact')), question: 'Which single KPI do you anchor the answer on, up front?' },
        { met: goals.length >= 2, question: 'Which guardrail metric must not get worse while you push the KPI?' },
      ],
    };
  },
  penalty: { rule: 'unquantified-impact', question: n => `${n} goal statement(s) carry no number: what target would you put on each?` },
};
