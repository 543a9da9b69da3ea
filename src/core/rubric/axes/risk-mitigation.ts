/** alibaba-pm · risk-mitigation: risks listed with a mitigation each, ideally a trigger and an owner. */
import { cached, evidenceOf, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { hasQuantity, riskListItems, riskRows, rowHasNamedOwner } from '../signals';

const mitigated = cached((u: RUnit): boolean => {
  const m = u.row!.col('mitigation');
  return m !== undefined ? m.trim() !== '' && !/^[-—–]$/.test(m.trim()) : u.row!.cells.filter(c => c.trim()).length >= 2;
});
const triggerQuantity = cached((u: RUnit): boolean => hasQuantity(u.row ? (u.row.col('trigger') ?? u.text) : u.text));

export const riskMitigation: AxisDetector = {
  id: 'risk-mitigation',
  question: 'What are the top risks, and what do you do when each one hits?',
  detect(doc) {
    const rows = riskRows(doc).filter(mitigated);
    const items = riskListItems(doc);
    const all = [...rows, ...items];
    return {
      evidence: evidenceOf(all),
      depth: [
        { met: all.length >= 3, question: 'What are the other risks beyond the first one or two?' },
        { met: all.some(triggerQuantity), question: 'At what measurable trigger does each mitigation kick in?' },
        { met: rows.some(rowHasNamedOwner), question: 'Who owns each mitigation?' },
        { met: rows.length > 0, question: 'Can you put the risks in a matrix: risk, trigger, mitigation, owner, escalation?' },
      ],
    };
  },
  penalty: { rule: 'missing-threshold', question: n => `${n} monitoring or rollback line(s) have no measurable trigger: what number fires each?` },
};
