import { BUSINESS_CONSEQUENCE, SLA_TARGET } from '../lexicon/signals';
import { hits, tester } from '../text/phrases';
import { isRiskTable } from './kinds/context';
import { defineRule } from './rule';

const ANY_TARGET = tester(SLA_TARGET);

export default defineRule({
  meta: {
    id: 'sla-without-kpi',
    description: 'An availability or latency target (99.99%, p99 < 100 ms, RTO) with no business consequence in the same sentence.',
    defaultSeverity: 'warning',
    tags: ['metrics', 'business'],
    messages: {
      sla: "'{target}' — why this number? Tie it to a business outcome (\"… because each +100 ms costs 1% conversion\").",
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader) return;
    // Risk-matrix triggers are alert thresholds, not targets.
    if (block.kind === 'table-row' && block.table && isRiskTable(block.table)) return;
    if (!ANY_TARGET.test(block.text)) return;
    for (const u of ctx.model.unitsOf(block)) {
      const found = hits(SLA_TARGET, u.text);
      if (found.length === 0 || BUSINESS_CONSEQUENCE.test(u.text)) continue;
      for (const h of found) {
        ctx.report({ messageId: 'sla', data: { target: h.text.trim() }, start: u.start + h.start, end: u.start + h.end, unit: u });
      }
    }
  },
});
