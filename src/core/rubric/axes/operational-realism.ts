/** alibaba-tpm · operational-realism: paging rules, load tests, drills, quotas and war rooms with numbers. */
import { cue } from '../cues';
import { cached, evidenceOf, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { OPERATIONS_CUES } from '../lexicon';
import { unitQuantity, unitRole } from '../signals';

const OPS = cue(OPERATIONS_CUES);
const PAGE = /\bpage\b|\bpages\b|\bpaging\b|\balert\b|告警|page /i;
const CAPACITY = /load[- ]test|drill|capacity|压测|演练|容量|扩容/i;
const PLAYBOOK = /war room|runbook|change window|go\/no-go|作战室|预案|封网|值班表/i;
const isOps = cached((u: RUnit) => OPS.test(u.text) && unitQuantity(u));
const pagesRole = cached((u: RUnit) => PAGE.test(u.text) && unitRole(u) !== undefined);
const capacity = cached((u: RUnit) => CAPACITY.test(u.text));
const playbook = cached((u: RUnit) => PLAYBOOK.test(u.text) && (unitQuantity(u) || unitRole(u) !== undefined));

export const operationalRealism: AxisDetector = {
  id: 'operational-realism',
  question: 'How will you run this on the day — what pages whom, at what number?',
  detect(doc) {
    const units = doc.units.filter(isOps);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(pagesRole), question: 'Who gets paged, and at what threshold?' },
        { met: units.some(capacity), question: 'How did you size it — load test, drill or capacity number?' },
        { met: units.length >= 3, question: 'What else does the on-call watch on the peak night?' },
        { met: doc.units.some(playbook), question: 'Who is in the war room, when, and with which runbook?' },
      ],
    };
  },
  penalty: { rule: 'missing-threshold', question: n => `${n} monitoring or rollback line(s) have no measurable trigger: what number fires each?` },
};
