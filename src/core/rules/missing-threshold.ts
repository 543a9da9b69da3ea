import { CONDITIONAL, NEEDS_THRESHOLD, ROLLBACK, ROLLBACK_CAPABILITY } from '../lexicon/signals';
import type { Unit } from '../model';
import { isMeasurable } from './kinds/concrete';
import { isEscalationHeading, isRiskTable } from './kinds/context';
import { defineRule } from './rule';
import { insertBeforeStop } from './kinds/edit';

/** The phrase that makes this unit a monitoring / alerting / escalation / rollback-trigger statement. */
function trigger(u: Unit): RegExpExecArray | null {
  // In a table the row's trigger column is the rollback's condition.
  const inRow = u.block.kind === 'table-row';
  const m = NEEDS_THRESHOLD.exec(u.text);
  if (m) return m;
  const r = ROLLBACK.exec(u.text);
  if (!r) return null;
  // "We can roll back" alone is a capability claim (unnamed-mechanism), not a trigger.
  const conditional = inRow || CONDITIONAL.test(u.text) || /^(?:roll[\s-]?back|回滚)/i.test(u.text);
  if (!conditional && ROLLBACK_CAPABILITY.test(u.text)) return null;
  return conditional ? r : null;
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
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader) return;
    const escalationItem = block.kind === 'list-item' && isEscalationHeading(ctx.headingOf(block));
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
