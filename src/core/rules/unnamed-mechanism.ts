import { GUARANTEE, ROLLBACK_CAPABILITY } from '../lexicon/signals';
import { hits, tester } from '../text/phrases';
import { hasMechanism } from './kinds/concrete';
import { inTitle } from './kinds/context';
import { defineRule } from './rule';

const ANY_GUARANTEE = tester(GUARANTEE);

export default defineRule({
  meta: {
    id: 'unnamed-mechanism',
    description: 'A guarantee (consistency, exactly-once, idempotency, traceability, auditability, tamper-proofing, rollback, privacy, compliance) claimed without the mechanism that enforces it.',
    defaultSeverity: 'warning',
    tags: ['mechanism', 'claims'],
    messages: {
      guarantee: "'{phrase}' — enforced how? Name the mechanism (idempotency key, TCC, append-only log with hash chaining, KMS envelope encryption, consent records …).",
      rollback: "'{phrase}' — rolled back how? Name the mechanism (versioned snapshot, previous model version in the registry, blue-green switch, feature flag).",
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader) return;
    // One test of the whole block first: most blocks claim no guarantee at all.
    if (!ANY_GUARANTEE.test(block.text) && !ROLLBACK_CAPABILITY.test(block.text)) return;
    for (const u of ctx.model.unitsOf(block)) {
      if (hasMechanism(u.text)) continue;
      const found = hits(GUARANTEE, u.text);
      const rb = ROLLBACK_CAPABILITY.exec(u.text);
      if (rb) ctx.report({ messageId: 'rollback', data: { phrase: rb[0] }, start: u.start + rb.index, end: u.start + rb.index + rb[0].length, unit: u });
      for (const h of found) {
        if (inTitle(u.text, h.start)) continue;
        const phrase = h.text.trim();
        const lead = h.text.length - h.text.trimStart().length;
        ctx.report({ messageId: 'guarantee', data: { phrase }, start: u.start + h.start + lead, end: u.start + h.end, unit: u });
      }
    }
  },
});
