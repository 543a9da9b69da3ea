import { NOT_CLAIMS, VAGUE } from '../lexicon/vague';
import { compilePhrases, hits } from '../text/phrases';
import { isConcrete } from './kinds/concrete';
import { inTitle } from './kinds/context';
import { compileCached } from './kinds/lexicon-cache';
import { defineRule } from './rule';

const BASE = VAGUE.flatMap(e => e.phrases);
const NAMES = compilePhrases(NOT_CLAIMS);
const norm = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, '');
const ASK = new Map(VAGUE.flatMap(e => e.phrases.map(p => [norm(p), e.ask] as const)));


/**
 * A capitalised vague word inside a run of capitalised words, not opening the sentence, is a
 * product or programme name ("the 极速退款 (Fast Refund) lane", "Alipay Secure Pay"), not a claim.
 */
function inProperName(text: string, start: number, end: number): boolean {
  if (!/^[A-Z]/.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const prev = before.trimEnd();
  if (prev === '' || /[.!?。！？:：]$/.test(prev)) return false; // opens a sentence
  return /^\s+[A-Z][A-Za-z]/.test(text.slice(end, end + 40)) || /[A-Z][A-Za-z]*\s+$/.test(before);
}

export default defineRule({
  meta: {
    id: 'vague-term',
    description: 'A quality claim or buzzword (scalable, real-time, 高可用 …) with no number or mechanism in its own sentence.',
    defaultSeverity: 'warning',
    tags: ['clarity', 'claims'],
    messages: {
      vague: "'{term}' — {ask}.",
      vagueUser: "'{term}' — say what it means in numbers, or name the mechanism.",
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.isHeader) return;
    const re = compileCached('vague', BASE, ctx.lexicon.vagueTerms);
    const found = hits(re, block.text);
    if (found.length === 0) return;
    const names = hits(NAMES, block.text);
    const concrete = new Map<number, boolean>();
    const titled = block.text.includes('《');
    for (const h of found) {
      if (names.some(n => n.start <= h.start && n.end >= h.end) || (titled && inTitle(block.text, h.start))) continue;
      if (inProperName(block.text, h.start, h.end)) continue;
      const unit = ctx.model.unitAt(block, block.start + h.start);
      if (!concrete.has(unit.start)) concrete.set(unit.start, isConcrete(unit.text));
      if (concrete.get(unit.start)) continue;
      const ask = ASK.get(norm(h.text));
      ctx.report({
        messageId: ask ? 'vague' : 'vagueUser', data: { term: h.text, ask: ask ?? '' },
        start: block.start + h.start, end: block.start + h.end, unit,
      });
    }
  },
});
