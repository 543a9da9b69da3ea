// The floor: one pass of a single compiled regex of Debrief's vague lexicon over the text.
import { VAGUE } from '../../src/core/lexicon/vague';
// @ts-expect-error plain ESM helper without types
import { run } from './harness.mjs';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrases = VAGUE.flatMap(e => e.phrases).sort((a, b) => b.length - a.length);
const re = new RegExp(phrases.map(escape).join('|'), 'giu');
await run('vague regex', (text: string) => () => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
});
