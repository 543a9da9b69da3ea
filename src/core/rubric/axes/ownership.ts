/** alibaba-pm · ownership: a named role beside each risk and decision ("I own the go/no-go"). */
import { cached, evidenceOf, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { ownershipStatement, riskRows, rowHasNamedOwner, rowTriggerQuantity } from '../signals';

const ownedRow = cached((u: RUnit) => !!u.row && u.row.hasCol('owner') && rowHasNamedOwner(u));

export const ownership: AxisDetector = {
  id: 'ownership',
  question: 'Who owns each risk and each call — which role, by name?',
  detect(doc) {
    const risks = riskRows(doc);
    const owned = risks.filter(rowHasNamedOwner);
    const statements = doc.units.filter(ownershipStatement);
    const riskSet = new Set(risks);
    const ownedTables = doc.units.filter(u => ownedRow(u) && !riskSet.has(u));
    return {
      evidence: evidenceOf([...owned, ...statements, ...ownedTables]),
      depth: [
        { met: risks.length > 0 && owned.length === risks.length, question: 'Which risks still have no owner?' },
        { met: statements.length > 0, question: 'Which decision do you personally own (the go/no-go, the budget)?' },
        { met: owned.length + statements.length >= 3, question: 'Who signs off the launch and who answers when it breaks?' },
        { met: owned.some(rowTriggerQuantity), question: 'When does each owner have to act — at what threshold?' },
      ],
    };
  },
  penalty: { rule: 'missing-owner', question: n => `${n} risk(s), fallback(s) or escalation(s) name no accountable role: who owns each?` },
};
