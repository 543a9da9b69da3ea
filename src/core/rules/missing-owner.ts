import { NEEDS_OWNER } from '../lexicon/signals';
import type { Block, Unit } from '../model';
import { isEmptyOwnerCell, makeOwnerTest } from './kinds/owner';
import { isRiskHeading, isRiskTable, ownerColumn } from './kinds/context';
import { defineRule, type RuleContext } from './rule';
import { insertBeforeStop } from './kinds/edit';
import { memoByList } from './kinds/lexicon-cache';
import { blankOut } from '../text/phrases';

/** A named protocol's steps: TCC (Try / Confirm / Cancel), two-phase commit, sagas. */
const PROTOCOL_STEP = /\bTCC\b|\btry[\s/-]+confirm[\s/-]+cancel\b|\btwo[\s-]phase\s+commit\b|\b2PC\b|\bsaga\b/i;

/** In tables other than risk matrices only freezes and fallbacks need a named mover. */
const FREEZE_OR_FALLBACK = /(?<![\p{L}])(?:freez\w*|frozen|suspend\w*|fall[\s-]?back\w*|roll[\s-]?back\w*)(?![\p{L}])|冻结|暂停|停用|降级|回滚|兜底/iu;
/** A war room is not its own owner: "成立保障小组" names the room (小组 reads like a team), not who runs it. */
const WAR_ROOM_ZH = /(?:保障|应急|作战)(?:小组|室|群)/g;
const withoutWarRoom = (text: string): string => blankOut(text, WAR_ROOM_ZH);
const ownerTest = (ctx: RuleContext) => memoByList('owner', ctx.lexicon.ownerRoles, makeOwnerTest);

function checkRow(ctx: RuleContext, block: Block, hasOwner: (t: string) => boolean): void {
  const table = block.table!;
  const col = ownerColumn(table);
  const cell = col >= 0 ? block.cells!.find(c => c.index === col) : undefined;
  const unit: Unit = ctx.model.unitsOf(block)[0];
  if (!unit) return;
  if (isRiskTable(table)) {
    if (col < 0) {
      if (!hasOwner(block.text)) ctx.report({ messageId: 'row', start: unit.start, end: unit.end, unit });
      return;
    }
  } else if (col < 0 || !FREEZE_OR_FALLBACK.test(block.text)) {
    return;
  }
  if (cell && !isEmptyOwnerCell(cell.text, isRiskTable(table))) return;
  const at = cell ?? { start: unit.end, end: unit.end };
  ctx.report({
    messageId: 'cell', data: { value: cell?.text || 'empty' }, start: at.start, end: at.end, unit,
    fix: cell ? { title: 'Fill in the owner', edits: [{ start: cell.start, end: cell.end, newText: cell.start === cell.end ? ' <role> ' : '<role>' }] } : undefined,
  });
}

export default defineRule({
  meta: {
    id: 'missing-owner',
    description: 'A risk, rollback, fallback, escalation, freeze, incident or mitigation with no accountable role or team.',
    defaultSeverity: 'warning',
    tags: ['ownership', 'risk'],
    fixable: true,
    messages: {
      cell: "Risk-matrix owner is {value} — who is paged, and who decides? Name a role (e.g. 'payments on-call SRE').",
      row: 'This risk has no owner — which role or team carries it?',
      prose: "'{phrase}' — who does this? Name an accountable role or team (\"we\" or \"the team\" is not one).",
      item: 'This risk has no owner — which role or team carries it?',
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader) return;
    const hasOwner = ownerTest(ctx);
    if (block.kind === 'table-row') { checkRow(ctx, block, hasOwner); return; }
    const riskItem = block.kind === 'list-item' && isRiskHeading(ctx.headingOf(block));
    if (!riskItem && !NEEDS_OWNER.test(block.text)) return;
    const units = ctx.model.unitsOf(block);
    if (units.length === 0) return;
    const itemOwned = block.kind === 'list-item' && hasOwner(withoutWarRoom(block.text));
    if (riskItem && !itemOwned) {
      const last = units[units.length - 1];
      ctx.report({ messageId: 'item', start: units[0].start, end: units[0].end, unit: units[0],
        fix: { title: 'Add an owner placeholder', edits: [insertBeforeStop(last, ' (owner: <role>)')] } });
      return;
    }
    units.forEach((u, i) => {
      const m = NEEDS_OWNER.exec(u.text);
      if (!m || itemOwned) return;
      // The steps of a named protocol (TCC's Try freezes, Cancel releases) are normal flow, not a freeze or fallback.
      if (PROTOCOL_STEP.test(u.text)) return;
      const own = withoutWarRoom(u.text);
      const scope = block.kind === 'paragraph' && units[i + 1] ? own + ' ' + units[i + 1].text : own;
      if (hasOwner(scope)) return;
      ctx.report({ messageId: 'prose', data: { phrase: m[0].trim() }, start: u.start + m.index, end: u.start + m.index + m[0].length, unit: u,
        fix: { title: 'Add an owner placeholder', edits: [insertBeforeStop(u, ' (owner: <role>)')] } });
    });
  },
});
