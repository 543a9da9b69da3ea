/** ant-pm · auditability: a named audit mechanism (append-only journal, hash chain, signed receipts, versioned snapshots). */
import { cached, evidenceOf, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { auditMechanism } from '../signals';

const TAMPER = /append[- ]only|hash|signed|signature|WORM|write-once|immutable|只追加|哈希|签名|存证|不可篡改/i;
const RETENTION = /retain|retention|examination|regulator|PBOC|HKMA|supervis|监管|留存|保存\s*\d|检查|复核/i;
const tamper = cached((u: RUnit) => TAMPER.test(u.text));
const retention = cached((u: RUnit) => RETENTION.test(u.text));

export const auditability: AxisDetector = {
  id: 'auditability',
  question: 'How would you prove to a regulator what happened, and that nobody changed it?',
  detect(doc) {
    const units = doc.units.filter(u => auditMechanism(u) !== undefined);
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: units.some(u => auditMechanism(u) === 'strong'), question: 'Which record is the source of truth for an audit?' },
        { met: units.some(tamper), question: 'What makes the record tamper-evident (append-only, hash chain, signatures)?' },
        { met: units.some(retention), question: 'How long is it kept, and who examines it?' },
        { met: units.length >= 2, question: 'Which other decision (model version, manual override) needs a record?' },
      ],
    };
  },
  penalty: { rule: 'unnamed-mechanism', question: n => `${n} guarantee(s) are claimed without a mechanism: how is each enforced?` },
};
