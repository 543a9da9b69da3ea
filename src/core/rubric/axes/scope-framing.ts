/** alibaba-tpm · scope-framing: what is in and out of scope, stated before the design, with the assumptions it rests on. */
import { cue, namedRole } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { SCOPE_CUES } from '../lexicon';
import { unitQuantity } from '../signals';

const SCOPE = cue(SCOPE_CUES);
const OUT = /out of scope|non-goals?|not covered|excluded|won't cover|will not cover|不在范围|不涉及|不包括|不做|out-of-scope/i;
const ASSUME = /\bassum|\bto confirm\b|\bconfirm with\b|\bI'd confirm\b|假设|待确认|需要确认|先确认/i;
const isScope = cached((u: RUnit) => !u.row && (SCOPE.test(u.text) || inKinds(u, 'scope')));
const quantifiedConstraint = cached((u: RUnit) => inKinds(u, 'constraints') && unitQuantity(u));
const out = cached((u: RUnit) => OUT.test(u.text));
const assumes = cached((u: RUnit) => ASSUME.test(u.text));
const ownedOut = cached((u: RUnit) => OUT.test(u.text) && namedRole(u.text, { firstPerson: false }) !== undefined);

export const scopeFraming: AxisDetector = {
  id: 'scope-framing',
  question: 'What exactly is in scope, and what are you leaving out?',
  detect(doc) {
    const units = doc.units.filter(isScope);
    const constraints = doc.units.filter(quantifiedConstraint);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(out), question: 'What is explicitly out of scope?' },
        { met: constraints.length > 0, question: 'Which numbers bound the problem (peak load, quotas, change windows)?' },
        { met: doc.units.some(assumes), question: 'Which assumptions would you confirm with the interviewer first?' },
        { met: units.some(ownedOut), question: 'Who owns the parts you put out of scope?' },
      ],
    };
  },
  penalty: { rule: 'deferred-decision', question: n => `${n} decision(s) are left open with no trigger: which of them change the scope?` },
};
