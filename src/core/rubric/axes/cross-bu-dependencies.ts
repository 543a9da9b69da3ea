/**
 * alibaba-tpm · cross-bu-dependencies: what other teams or BUs must deliver, and who owns each hand-off.
 * Systems mentioned without a team, owner or ask do not count.
 */
import { cue, namesOwnerCell } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit, unitEntities } from '../doc';
import type { AxisDetector } from '../grade';
import { HANDOFF_VERBS } from '../lexicon';
import { unitThirdPartyRole } from '../signals';

const HANDOFF = cue(HANDOFF_VERBS);
const DATE = /\bby\s+(?:\d|the\s+\d|[A-Z][a-z]+\s+\d|\d{1,2}\s+[A-Z])|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d+\s*月\s*\d*|前两周|之前|前完成|\bweeks? before\b|\bdays? before\b|\d{1,2}\.\d{1,2}\b/;
const CONTRACT = /\bcontract\b|\bschema\b|\bAPI\b|\bsign(?:s)?[ -]off\b|\bquota\b|\binterface\b|接口|协议|签字|排期|配额/i;
const UNDECIDED = /\bwhich team\b|\bwho owns\b|哪个团队|谁负责|figure it out|待定/i;

const isDependency = cached((u: RUnit): boolean => {
  if (UNDECIDED.test(u.text)) return false;
  const role = unitThirdPartyRole(u);
  if (inKinds(u, 'dependencies')) return role !== undefined || (u.row !== undefined && namesOwnerCell(u.row.col('owner')));
  return !u.row && role !== undefined && unitEntities(u).length > 0 && HANDOFF.test(u.text);
});
const dated = cached((u: RUnit) => DATE.test(u.text));
const contract = cached((u: RUnit) => CONTRACT.test(u.text));

export const crossBuDependencies: AxisDetector = {
  id: 'cross-bu-dependencies',
  question: 'Which other teams or BUs must deliver something, and who owns each hand-off?',
  detect(doc) {
    const units = doc.units.filter(isDependency);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.length >= 2, question: 'Which other team does this depend on?' },
        { met: units.some(dated), question: 'By when must each dependency land, and what happens if it slips?' },
        { met: units.some(u => unitEntities(u).length > 0), question: 'Which BU (Cainiao, Alipay, Taobao …) sits on the other side of each dependency?' },
        { met: units.some(contract), question: 'What is the contract with each team (API, event schema, quota, sign-off)?' },
      ],
    };
  },
};
