/**
 * alihealth-pm · clinical-workflow: who in the care team does what, when — clinical roles taking
 * clinical actions with a threshold, a check or a deadline. An app flow (patient taps, system
 * recommends) is not a clinical workflow.
 */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { CLINICAL_ACTIONS, CLINICAL_CHECKS, CLINICAL_ROLES } from '../lexicon';
import { unitQuantity } from '../signals';

const ROLE = cue(CLINICAL_ROLES);
const ACTION = cue(CLINICAL_ACTIONS);
const CHECK = cue(CLINICAL_CHECKS);
// (?<!\d): a number is tried from its first digit only (linear on long digit runs).
const DEADLINE = /within\s+\d|(?<!\d)\d+\s*(?:h|hours?|minutes?|min|days?)\b|(?<!\d)\d+\s*(?:小时|分钟|天)内?/i;

const clinicalStep = cached((u: RUnit): boolean => ROLE.test(u.text) && ACTION.test(u.text));
const concreteStep = cached((u: RUnit): boolean =>
  (clinicalStep(u) && (unitQuantity(u) || CHECK.test(u.text))) || (ACTION.test(u.text) && CHECK.test(u.text)));
const checkWithNumber = cached((u: RUnit): boolean => CHECK.test(u.text) && /\d/.test(u.text));
const roleWithDeadline = cached((u: RUnit): boolean => ROLE.test(u.text) && DEADLINE.test(u.text));

export const clinicalWorkflow: AxisDetector = {
  id: 'clinical-workflow',
  question: 'Walk me through the care: which clinician does what, at which step, on what signal?',
  detect(doc) {
    const prose = doc.units.filter(u => !u.row);
    const concrete = prose.filter(concreteStep);
    const listed = prose.filter(u => u.block.kind === 'list-item' && clinicalStep(u));
    const units = concrete.length > 0 ? [...new Set([...concrete, ...listed])] : listed.length >= 3 ? listed : [];
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(u => u.block.ordered && inKinds(u, 'workflow', 'design')), question: 'What is the step-by-step flow, in order?' },
        { met: units.length >= 3, question: 'Which clinician acts at each of the other steps?' },
        { met: units.some(checkWithNumber), question: 'Which clinical threshold (reading, dose, red flag) triggers action?' },
        { met: units.some(roleWithDeadline), question: 'How fast must the clinician respond, and who covers when they do not?' },
      ],
    };
  },
};
