/** ant-pm · state-design: named states with what each means in money/legal terms, who may move it, and its timeout. */
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';

const STATE_ITEM = /\b[A-Z][A-Z_]{2,}\b|→|->|待[\p{Script=Han}]{1,4}|已[\p{Script=Han}]{1,4}|中$/u;

const stateRow = cached((u: RUnit): boolean =>
  !!u.row && (u.row.hasCol('state') && /^(?:state|status|状态)/i.test(u.row.header[0] ?? '') || (inKinds(u, 'states') && !u.row.hasCol('risk'))));
const stateItem = cached((u: RUnit): boolean => !u.row && inKinds(u, 'states') && u.block.kind === 'list-item' && STATE_ITEM.test(u.text));
const moves = cached((u: RUnit): boolean => /→|->|moves to|进入|转为/.test(u.text));

function stateUnits(units: RUnit[]): RUnit[] {
  const rows = units.filter(stateRow);
  if (rows.length) return rows;
  return units.filter(stateItem);
}

export const stateDesign: AxisDetector = {
  id: 'state-design',
  question: 'What states does a case move through, and what does each mean for the money?',
  detect(doc) {
    const units = stateUnits(doc.units);
    const evidence = units.length >= 2 ? evidenceOf(units) : [];
    return {
      evidence,
      depth: [
        { met: units.length >= 4, question: 'Which states are missing (held, reversed, written off, disputed)?' },
        { met: units.some(u => u.row?.hasCol('meaning')), question: 'What does each state mean in money or legal terms?' },
        { met: units.some(u => u.row?.hasCol('owner')), question: 'Who may move the case out of each state?' },
        { met: units.some(u => u.row?.hasCol('timeout')) || units.some(moves), question: 'What moves a case on, and what happens when a state times out?' },
      ],
    };
  },
};
