/**
 * Evidence excerpts, read from the document source (not the masked text): the panel shows what
 * the candidate wrote, inline HTML and link targets included, as text. Only Markdown container
 * markers are dropped — leading '#'s of headings, list bullets and numbers, '>' quote markers,
 * indentation — and table pipes become ' | '. Whitespace collapses; the result is trimmed and
 * clipped to 80 UTF-16 code units on a character boundary ('…' marks a cut).
 *
 * A unit's excerpt starts where the unit starts on its line — moved back over markup glued to it
 * (masked in `block.text`) up to the line start — and ends at the unit's end plus any markup
 * glued to that end. Work is bounded by what the excerpt needs, plus whitespace runs it skips.
 */
import type { AnswerModel, Block } from '../model';

export const MAX_EXCERPT = 80;

/** Trim and collapse whitespace, cut to at most 80 characters without splitting a surrogate pair. */
export function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_EXCERPT) return t;
  let cut = MAX_EXCERPT - 1;
  const c = t.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${t.slice(0, cut)}…`;
}

/** The characters JavaScript's /\s/ matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Indentation and block-quote markers at the start of any line of a block. */
const CONTAINER = /[ \t]*(?:>[ \t]*)*/y;
/** What opens the first line of a block, after CONTAINER. */
const OPENER: Partial<Record<Block['kind'], RegExp>> = {
  heading: /#{1,6}(?=[ \t]|$)/my,
  'list-item': /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/my,
  'table-row': /\|/y,
};

/** Whether `at` is the first offset of a line (the block's start counts as one). */
function atLineStart(src: string, at: number, blockStart: number): boolean {
  if (at === blockStart) return true;
  const p = src.charCodeAt(at - 1);
  return p === 10 || (p === 13 && src.charCodeAt(at) !== 10);
}

/** Skip a sticky pattern at `at` in `s`; returns the offset after it. */
function skip(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.exec(s) ? re.lastIndex : at;
}

/**
 * The excerpt of the source between `start` and `end` (document offsets inside `block`, a unit
 * starting on `line`).
 */
export function sourceExcerpt(model: AnswerModel, block: Block, line: number, start: number, end: number): string {
  const src = model.source;
  const masked = block.text;
  const bs = block.start;
  const lineStart = Math.max(model.lineStarts[line] ?? bs, bs);
  const row = block.kind === 'table-row';
  let s = row ? lineStart : start;
  // Back over markup glued to the unit (masked to spaces), not past the line start.
  while (s > lineStart && isSpace(masked.charCodeAt(s - 1 - bs)) && !isSpace(src.charCodeAt(s - 1))) s--;
  if (!row && s > lineStart) {
    // Only markup and space before it on the line: start at the line (the container markers go below).
    let k = s;
    while (k > lineStart && isSpace(masked.charCodeAt(k - 1 - bs))) k--;
    if (k === lineStart) s = lineStart;
  }
  let e = row ? block.end : end;
  while (e < block.end && isSpace(masked.charCodeAt(e - bs)) && !isSpace(src.charCodeAt(e))) e++;

  const opener = OPENER[block.kind];
  let out = '';
  let space = false;
  let i = s;
  let handled = -1;
  while (i < e && out.length < MAX_EXCERPT + 10) {
    if (i !== handled && atLineStart(src, i, bs)) {
      const from = i;
      i = skip(CONTAINER, src, i);
      if (opener && from === bs) i = skip(opener, src, i);
      i = Math.min(i, e);
      handled = i;
      space = out.length > 0;
      continue;
    }
    const c = src.charCodeAt(i);
    if (isSpace(c)) { space = out.length > 0; i++; continue; }
    if (row && c === 124 /* | */ && src.charCodeAt(i - 1) !== 92 /* \ */) {
      if (out.length > 0) { out += ' |'; space = true; }
      i++;
      continue;
    }
    if (space) { out += ' '; space = false; }
    out += src[i];
    i++;
  }
  if (row && i >= e) out = out.replace(/(?:\s*\|)+\s*$/, '');
  return clip(out);
}
