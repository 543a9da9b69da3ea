/**
 * Speaking time: how long the answer takes to say out loud. English words and Chinese
 * characters are counted separately (Intl.Segmenter, word granularity) and converted at
 * ~130 words/min and ~220 characters/min.
 *
 * Counted: prose the candidate would say — headings, paragraphs, list items, and the body
 * cells of tables (a candidate walks the interviewer through each row). Not counted: code,
 * HTML blocks and comments, front matter, table separator lines, table header rows (column
 * names are read once, not per row — negligible), empty / "-" cells, and block-quoted text
 * (the interviewer's prompt read back is not the candidate's time). Masked markup never counts.
 */
import type { AnswerModel } from '../model';

export const ENGLISH_WPM = 130;
export const CHINESE_CPM = 220;
export const TARGET_MINUTES = 12;
export const TOO_LONG_MINUTES = 20;

const words = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export interface SpeechCount { englishWords: number; chineseChars: number; minutes: number }

export function countText(text: string): { englishWords: number; chineseChars: number } {
  let englishWords = 0;
  let chineseChars = 0;
  for (const seg of words.segment(text)) {
    if (!seg.isWordLike) continue;
    const han = seg.segment.match(HAN)?.length ?? 0;
    if (han > 0) chineseChars += han;
    if (/[\p{L}\p{N}]/u.test(seg.segment.replace(HAN, ''))) englishWords += 1;
  }
  return { englishWords, chineseChars };
}

export function speakingTime(model: AnswerModel): SpeechCount {
  let englishWords = 0;
  let chineseChars = 0;
  for (const b of model.blocks) {
    if (b.quoted || b.kind === 'code' || b.kind === 'html' || b.isHeader) continue;
    const texts = b.kind === 'table-row' ? (b.cells ?? []).map(c => c.text).filter(t => !/^[-—–\s]*$/.test(t)) : [b.text];
    for (const t of texts) {
      const c = countText(t);
      englishWords += c.englishWords;
      chineseChars += c.chineseChars;
    }
  }
  const minutes = Math.round((englishWords / ENGLISH_WPM + chineseChars / CHINESE_CPM) * 10) / 10;
  return { englishWords, chineseChars, minutes };
}
