/** ant-pm · party-mapping: every party to the money flow, its role, and who bears the loss when things go wrong. */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { partyUnits } from '../signals';

const EXTERNAL = cue(['bank', 'issuer', 'issuing', 'acquirer', 'scheme', 'regulator', 'police', 'court', 'partner', 'agent', 'wallet',
  '银行', '发卡行', '收单', '卡组织', '监管', '公安', '法院', '合作方', '代理']);
const external = cached((u: RUnit) => EXTERNAL.test(u.text));

export const partyMapping: AxisDetector = {
  id: 'party-mapping',
  question: 'Who are the parties to the money flow, and what does each one do?',
  detect(doc) {
    const parties = partyUnits(doc);
    const units = parties.table ? (parties.count >= 2 ? parties.units : []) : (parties.count >= 3 ? parties.units : []);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: parties.count >= 4, question: 'Which other party (issuer, scheme, regulator, partner) is missing?' },
        { met: units.some(u => u.row?.hasCol('liability')) || doc.units.some(u => inKinds(u, 'liability')), weight: 2, question: 'Who bears the loss in each failure case?' },
        { met: units.some(external), question: 'Which external institution (bank, scheme, regulator) takes part?' },
      ],
    };
  },
};
