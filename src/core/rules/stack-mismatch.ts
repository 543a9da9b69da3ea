import { ALIBABA_NAMES, STACK } from '../lexicon/stack';
import { compilePhrases, hits, tester } from '../text/phrases';
import { defineRule } from './rule';

const ENTRIES = STACK.map(e => ({ ...e, re: compilePhrases(e.names)!, equiv: tester(compilePhrases(e.equivalents)!) }));
const ALIBABA = compilePhrases(ALIBABA_NAMES);
/** Any product name at all: most blocks name none, and one pass tells (the entries then run one by one). */
const ANY = tester(compilePhrases(STACK.flatMap(e => e.names))!);

export default defineRule({
  meta: {
    id: 'stack-mismatch',
    description: 'A non-Alibaba cloud product where Alibaba and Ant interviewers expect the Alibaba one (Kafka → RocketMQ, DynamoDB → Tablestore …).',
    defaultSeverity: 'warning',
    tags: ['stack'],
    fixable: true,
    messages: {
      product: "'{product}' — this interview expects the Alibaba stack: say {suggest} (or why {product} is the right call here).",
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader || !ANY.test(block.text)) return;
    const ali = hits(ALIBABA, block.text);
    for (const e of ENTRIES) {
      for (const h of hits(e.re, block.text)) {
        if (ali.some(a => a.start <= h.start && a.end >= h.end)) continue;
        const unit = ctx.model.unitAt(block, block.start + h.start);
        if (e.equiv.test(unit.text)) continue;
        const start = block.start + h.start, end = block.start + h.end;
        ctx.report({
          messageId: 'product', data: { product: h.text, suggest: e.suggest }, start, end, unit,
          fix: { title: `Replace '${h.text}' with '${e.suggest}'`, edits: [{ start, end, newText: e.suggest }] },
        });
      }
    }
  },
});
