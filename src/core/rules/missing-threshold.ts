import { CONDITIONAL, NEEDS_THRESHOLD, ROLLBACK, ROLLBACK_CAPABILITY } from '../lexicon/signals';
import type { Unit } from '../model';
import { isMeasurable } from './kinds/concrete';
import { isEscalationHeading, isRiskTable, triggerColumn } from './kinds/context';
import { defineRule } from './rule';
import { insertBeforeStop } from './kinds/edit';

/** Graded words: "high", "spikes", "drops", "abnormal" need a number to become a condition. */
const GRADED = new RegExp([
  '(?<![A-Za-z])(?:high|higher|low|lower|spikes?|spiking|spiked|surges?|surging|ris(?:e|es|ing)|rose|drops?|dropping|dropped|falls?|falling|fell|'
    + 'increas(?:e|es|ing|ed)|decreas(?:e|es|ing|ed)|jumps?|slow|slower|abnormal(?:ly)?|unusual(?:ly)?|significant(?:ly)?|sharp(?:ly)?|'
    + 'elevated|degraded|degrades?|worse|bad|poor|too\\s+(?:many|much|high|low|slow)|a\\s+lot)(?![A-Za-z])',
  '上升|下降|升高|降低|增加|减少|异常|明显|过高|过低|偏高|偏低|激增|飙升|暴涨|骤降|变差|变慢|较多|很多|大量|较高|较低|太高|太低|太多',
].join('|'), 'i');

/** A trigger cell that is not a condition yet: TBD / 待定 / N/A and placeholders (other rules report those). */
const VAGUE_FREE = /^\s*(?:TBD|TBC|TODO|N\/?A|none|无|待定|待补充|待确认)?[\s:：\-–—?？.…]*$|<[^<>]+>|【[^】]*】/i;

/** The phrase that makes this unit a monitoring / alerting / escalation / rollback-trigger statement. */
function trigger(u: Unit): RegExpExecArray | null {
  // In a table the row's trigger column is the rollback's condition.
  const inRow = u.block.kind === 'table-row';
  const m = NEEDS_THRESHOLD.exec(u.text);
  if (m) return m;
  const r = ROLLBACK.exec(u.text);
  if (!r) return null;
  // "We can roll back" / "Rollback of X is supported" alone is a capability claim (unnamed-mechanism),
  // not a trigger; "Roll back to v2." or "Rollback: …" opening a sentence is an instruction ("Rollback is
  // simple: …" describes one).
  const conditional = inRow || CONDITIONAL.test(u.text);
  if (!conditional && ROLLBACK_CAPABILITY.test(u.text)) return null;
  return conditional || /^(?:roll[\s-]back\b|rollback\s*[:：]|回滚)/i.test(u.text) ? r : null;
}

export default defineRule({
  meta: {
    id: 'missing-threshold',
    description: 'Monitoring, alerting, paging, escalation or a rollback trigger with no measurable condition.',
    defaultSeverity: 'warning',
    tags: ['operations'],
    fixable: true,
    messages: {
      vague: "'{phrase}' — on what condition? Give a testable threshold, e.g. \"p99 > 300 ms for 5 min\" or \"error rate > 2%\".",
      escalation: 'Escalation step with no measurable condition — at what number does it go to this person?',
      trigger: "Trigger '{phrase}' — at what number does this risk fire? Give a threshold, e.g. \"error rate > 2% for 5 min\".",
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader) return;
    const escalationItem = block.kind === 'list-item' && isEscalationHeading(ctx.headingOf(block));
    // A risk matrix's trigger cell is the risk's threshold: a graded word with no number ("CPU is
    // high", "error rate rises sharply", "投诉量异常") gives nobody a condition to act on. An event
    // ("price differs from PMS", "file not delivered") is a condition already. Empty cells, dashes
    // and placeholders are left to the other rules (deferred-decision, unfilled-placeholder).
    const col = block.kind === 'table-row' && block.table && block.cells ? triggerColumn(block.table) : -1;
    const cell = col >= 0 ? block.cells![col] : undefined;
    if (cell && GRADED.test(cell.text) && !VAGUE_FREE.test(cell.text) && !isMeasurable(cell.text)) {
      const units = ctx.model.unitsOf(block);
      const at = cell.start + (cell.text.length - cell.text.trimStart().length);
      ctx.report({ messageId: 'trigger', data: { phrase: cell.text.trim() }, start: at, end: at + cell.text.trim().length, unit: units[0] });
      return;
    }
    if (!escalationItem && !NEEDS_THRESHOLD.test(block.text) && !ROLLBACK.test(block.text)) return;
    const units = ctx.model.unitsOf(block);
    if (escalationItem) {
      if (units.length > 0 && !isMeasurable(block.text)) {
        ctx.report({ messageId: 'escalation', start: units[0].start, end: units[0].end, unit: units[0] });
      }
      return;
    }
    for (const u of units) {
      // "The paging rule is kept as code:" introduces the detail that follows; judge that detail instead.
      if (/[:：]$/.test(u.text)) continue;
      const m = trigger(u);
      if (!m || isMeasurable(u.text)) continue;
      const inRiskRow = block.kind === 'table-row' && block.table && isRiskTable(block.table);
      ctx.report({
        messageId: 'vague', data: { phrase: m[0].trim() }, start: u.start + m.index, end: u.start + m.index + m[0].length, unit: u,
        fix: inRiskRow ? undefined : { title: 'Add a trigger placeholder', edits: [insertBeforeStop(u, ' (trigger: <metric> > <value>)')] },
      });
    }
  },
});
