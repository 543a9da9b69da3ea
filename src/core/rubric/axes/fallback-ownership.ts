/**
 * ant-pm · fallback-ownership: each FAILURE fallback (gateway down, hold fails, model misfires) has a
 * named owner. Owners of normal states do not count.
 */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { hasQuantity, mentionsFailure, riskRows, rowHasNamedOwner, unitRole } from '../signals';

const FALLBACK = cue(['fallback', 'fall back', 'falls back', 'manual', 'switch to', 'switches', 'switch', 'batch', 'reroute', 'retry', 'degrade', 'instead', 'overflow', 'write off', 'hold', 'pause',
  '兜底', '降级', '转人工', '人工', '切换', '暂停', '冻结', '回滚']);

const ownedFallback = cached((u: RUnit): boolean => {
  if (u.row) return false;
  return mentionsFailure(u.text) && unitRole(u) !== undefined && (inKinds(u, 'fallbacks', 'risks', 'operations') || FALLBACK.test(u.text));
});
const triggerQuantity = cached((u: RUnit): boolean => hasQuantity(u.row?.col('trigger') ?? u.text));
const hasMitigation = cached((u: RUnit): boolean => (u.row!.col('mitigation') ?? u.text).trim() !== '');

export const fallbackOwnership: AxisDetector = {
  id: 'fallback-ownership',
  question: 'When a step fails, what is the fallback, and which role owns it?',
  detect(doc) {
    const risks = riskRows(doc);
    const rows = risks.filter(u => rowHasNamedOwner(u) && hasMitigation(u));
    const prose = doc.units.filter(ownedFallback);
    const units = [...rows, ...prose];
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.length >= 2, question: 'Which other failure needs an owned fallback?' },
        { met: units.some(triggerQuantity), question: 'At what threshold does each fallback start?' },
        { met: doc.units.some(u => inKinds(u, 'fallbacks')), question: 'Can you list the fallbacks with their owners in one place?' },
        { met: risks.length > 0 && risks.every(rowHasNamedOwner), question: 'Which risk rows still have no owner?' },
      ],
    };
  },
  penalty: { rule: 'missing-owner', question: n => `${n} fallback(s), freeze(s) or risk(s) name no accountable role: who owns each?` },
};
