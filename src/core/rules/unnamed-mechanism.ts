import { GUARANTEE, ROLLBACK_CAPABILITY } from '../lexicon/signals';
import { hits, tester } from '../text/phrases';
import { hasMechanism } from './kinds/concrete';
import { inTitle } from './kinds/context';
import { defineRule } from './rule';

const ANY_GUARANTEE = tester(GUARANTEE);

/** Mechanisms worth naming, by the kind of guarantee claimed. */
const EXAMPLES: [RegExp, string][] = [
  [/privat|protect|隐私|保护|PII/i, 'KMS envelope encryption, tokenization, masking, consent records, role-based access'],
  [/complian|compl(?:y|ies)|符合|合规/i, 'the control that enforces each rule: consent records, data residency, audit log, screening step'],
  [/trace|audit|tamper|追溯|追踪|审计|篡改/i, 'append-only log, hash chaining, signed receipts, W3C trace context'],
  [/los[es]|丢/i, 'replication with RPO 0, write-ahead log, transactional outbox'],
];
const examplesFor = (phrase: string): string =>
  EXAMPLES.find(([re]) => re.test(phrase))?.[1] ?? 'idempotency key, TCC / compensating transactions, transactional message, two-phase commit';

export default defineRule({
  meta: {
    id: 'unnamed-mechanism',
    description: 'A guarantee (consistency, exactly-once, idempotency, traceability, auditability, tamper-proofing, rollback, privacy, compliance) claimed without the mechanism that enforces it.',
    defaultSeverity: 'warning',
    tags: ['mechanism', 'claims'],
    messages: {
      guarantee: "'{phrase}' — enforced how? Name the mechanism ({examples}).",
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
        ctx.report({ messageId: 'guarantee', data: { phrase, examples: examplesFor(phrase) }, start: u.start + h.start + lead, end: u.start + h.end, unit: u });
      }
    }
  },
});
