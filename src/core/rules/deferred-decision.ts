import { DEFER_ALWAYS, DEFER_SOFT } from '../lexicon/signals';
import { hits } from '../text/phrases';
import { hasTrigger } from './kinds/concrete';
import { defineRule } from './rule';

/** The deferring tail a quick fix can turn into a trigger placeholder. */
const TAIL = /(?:later(?:\s+on)?|(?:if|as|when)\s+(?:needed|necessary|required)|in\s+the\s+future)$/i;

export default defineRule({
  meta: {
    id: 'deferred-decision',
    description: 'A decision pushed off ("optimize later", "TBD", "以后再优化", "待定") with no measurable trigger.',
    defaultSeverity: 'warning',
    tags: ['decisions'],
    fixable: true,
    messages: {
      tbd: "'{phrase}' — what would you decide today, and what would make you change it?",
      deferred: "'{phrase}' — deferred with no trigger: say when, e.g. \"when p99 > 200 ms\" or \"once volume passes 10K/day\".",
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader) return;
    for (const h of hits(DEFER_ALWAYS, block.text)) {
      ctx.report({ messageId: 'tbd', data: { phrase: h.text }, start: block.start + h.start, end: block.start + h.end,
        unit: ctx.model.unitAt(block, block.start + h.start) });
    }
    for (const h of hits(DEFER_SOFT, block.text)) {
      const unit = ctx.model.unitAt(block, block.start + h.start);
      if (hasTrigger(unit.text)) continue;
      const tail = TAIL.exec(h.text);
      const tailStart = block.start + h.start + (tail ? tail.index : 0);
      const zh = /[\p{Script=Han}]/u.test(h.text);
      ctx.report({
        messageId: 'deferred', data: { phrase: h.text.replace(/\s+/g, ' ') }, start: block.start + h.start, end: block.start + h.end, unit,
        fix: tail && !zh ? { title: 'Replace with a measurable trigger', edits: [{ start: tailStart, end: block.start + h.end, newText: 'when <metric> > <value>' }] } : undefined,
      });
    }
  },
});
