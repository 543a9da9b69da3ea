/**
 * Speaking time: how long the answer takes to say out loud. English words and Chinese
 * characters are counted separately and converted at ~130 words/min and ~220 characters/min.
 *
 * Counting is linear: two regex passes, no Intl.Segmenter (V8's word segmenter slows down
 * quadratically on long strings). A Chinese (Han, kana) character counts one each. An English
 * word is what UAX #29 word segmentation calls a word: a run of letters, digits and connectors
 * (`_`), joined across `'`, `’`, `.` and `:` between letters (don't, e.g, U.S.A) and across
 * `.`, `,`, `;`, `'` between digits (1,000.5); hyphens and slashes separate words (on-call = 2,
 * req/s = 2). This matches Intl.Segmenter's count on ordinary English and Chinese text; it may
 * differ on Thai-like scripts (no dictionary), Hebrew quote rules, stray combining marks and
 * format characters, and Japanese marks (々 always counts as a character, ー never as a word).
 *
 * Counted: prose the candidate would say — headings, paragraphs, list items, and the body
 * cells of tables (a candidate walks the interviewer through each row). Not counted: code,
 * HTML blocks and comments, front matter, table separator lines, table header rows (column
 * names are read once, not per row — negligible), empty / "-" cells, and block-quoted text
 * (the interviewer's prompt read back is not the candidate's time). Masked markup never counts.
 */
import type { AnswerModel, Block } from '../model';
import { type BlockEntry, blockEntries } from './cache';

export const ENGLISH_WPM = 130;
export const CHINESE_CPM = 220;
export const TARGET_MINUTES = 12;
export const TOO_LONG_MINUTES = 20;

/** Runs of Chinese/Japanese letters (not Han radicals or other symbols), with the kana prolonged-sound mark. */
const HAN_RUN = /(?:(?=[\p{L}\p{Nl}])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\u30FC)+/gu;
const EXT = String.raw`\p{M}\u00AD\u200C\u200D\u2060`;
const MID_LETTER = String.raw`:\u00B7\u0387\u055F\u05F4\u2027\uFE13\uFE55\uFF1A`;
const MID_NUM_LET = String.raw`.'\u2018\u2019\u2024\uFE52\uFF07\uFF0E`;
const MID_NUM = String.raw`,;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B`;
/** A word (UAX #29 WB5–WB13b, without the Hebrew and Katakana rules): each character is looked at a bounded number of times. */
const WORD = new RegExp(String.raw`[\p{L}\p{Nl}\p{Nd}\p{Pc}](?:[\p{L}\p{Nl}\p{Nd}\p{Pc}${EXT}]|` +
  String.raw`(?<=[\p{L}\p{Nl}][${EXT}]*)[${MID_LETTER}${MID_NUM_LET}](?=[\p{L}\p{Nl}])|` +
  String.raw`(?<=\p{Nd}[${EXT}]*)[${MID_NUM}${MID_NUM_LET}](?=\p{Nd}))*`, 'gu');
const NOT_COUNTED = /[\uDC00-\uDFFF\u30FC]/;
const CONNECTOR_FIRST = /^\p{Pc}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface SpeechCount { englishWords: number; chineseChars: number; minutes: number }

export function countText(text: string): { englishWords: number; chineseChars: number } {
  let chineseChars = 0;
  const rest = text.replace(HAN_RUN, run => {
    chineseChars += run.length;
    // One per code point (a surrogate pair is one character), the prolonged-sound mark not at all.
    if (NOT_COUNTED.test(run)) for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c === 0x30fc || (c >= 0xdc00 && c <= 0xdfff)) chineseChars--;
    }
    return ' ';
  });
  let englishWords = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(rest); m; m = WORD.exec(rest)) {
    // A run of connectors alone ("___") is no word.
    if (CONNECTOR_FIRST.test(m[0]) && !LETTER_OR_DIGIT.test(m[0])) continue;
    englishWords++;
  }
  return { englishWords, chineseChars };
}

/** What a block adds to the speaking time (memoised per block: see cache.ts). */
function countBlock(b: Block, entry: BlockEntry): { englishWords: number; chineseChars: number } {
  if (!entry.speech) {
    let englishWords = 0;
    let chineseChars = 0;
    const texts = b.kind === 'table-row' ? (b.cells ?? []).map(c => c.text).filter(t => !/^[-—–\s]*$/.test(t)) : [b.text];
    for (const t of texts) {
      const c = countText(t);
      englishWords += c.englishWords;
      chineseChars += c.chineseChars;
    }
    entry.speech = { englishWords, chineseChars };
  }
  return entry.speech;
}

export function speakingTime(model: AnswerModel): SpeechCount {
  let englishWords = 0;
  let chineseChars = 0;
  const entries = blockEntries(model);
  for (let i = 0; i < model.blocks.length; i++) {
    const b = model.blocks[i];
    if (b.quoted || b.kind === 'code' || b.kind === 'html' || b.isHeader) continue;
    const c = countBlock(b, entries[i]);
    englishWords += c.englishWords;
    chineseChars += c.chineseChars;
  }
  const minutes = Math.round((englishWords / ENGLISH_WPM + chineseChars / CHINESE_CPM) * 10) / 10;
  return { englishWords, chineseChars, minutes };
}
