/** alibaba-tpm · operational-realism: paging rules, load tests, drills, quotas and war rooms with numbers. */
import { cue, namedRole } from '../cues';
import { evidenceOf } from '../doc';
import type { AxisDetector } from '../grade';
import { OPERATIONS_CUES } from '../lexicon';
import { hasQuantity } from '../signals';

const OPS = cue(OPERATIONS_CUES);
const PAGE = /\bpage\b|\bpages\b|\bpaging\b|\balert\b|告警|page /i;
const CAPACITY = /load[- ]test|drill|capacity|压测|演练|容量|扩容/i;
const PLAYBOOK = /war room|runbook|change window|go\/no-go|作战室|预案|封网|值班表/i;

export const operationalRealism: AxisDetector = {
  id: 'operational-realism',
  question: 'How will you run this on the day — what pages whom, at what number?',
  detect(doc) {
    const units = doc.units.filter(u => OPS.test(u.text) && hasQuantity(u.text));
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(u => PAGE.test(u.text) && namedRole(u.text) !== undefined), question: 'Who gets paged, and at what threshold?' },
        { met: units.some(u => CAPACITY.test(u.text)), question: 'How did you size it — load test, drill or capacity number?' },
        { met: units.length >= 3, question: 'What else does the on-call watch on the peak night?' },
        { met: doc.units.some(u => PLAYBOOK.test(u.text) && (hasQuantity(u.text) || namedRole(u.text) !== undefined)), question: 'Who is in the war room, when, and with which runbook?' },
      ],
    };
  },
  penalty: { rule: 'missing-threshold', question: n => `${n} monitoring or rollback line(s) have no measurable trigger: what number fires each?` },
};
