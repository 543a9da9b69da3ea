/**
 * Chunking for incremental re-parsing: the source is cut at top-level ATX headings (`# …` in
 * column 0) outside fenced code and front matter. A column-0 ATX heading ends every open
 * paragraph, list, block quote and table, so each chunk parses the same alone as inside the
 * whole document — except when the chunk before it ends inside a fence, an HTML block or an
 * HTML comment. Those cases are detected after parsing (see `openAtEnd`) and the two chunks
 * are merged, so a wrong guess here costs speed, never correctness.
 */
import { readFrontMatter } from '../parse/front-matter';

/** A candidate chunk: source offsets and the 0-based line it starts on. */
export interface Span {
  start: number;
  end: number;
  line: number;
}

// A column-0 ATX heading, or a fence line (0-3 spaces, 3+ backticks or tildes).
const MARKS = /^(?:#{1,6}(?=[ \t\r]|$)|( {0,3})(`{3,}|~{3,})([^\n]*))/gm;

function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}

/** Last line of the front matter, or -1: no chunk may start inside it. */
function frontMatterEnd(source: string, lineStarts: number[]): number {
  const n = Math.min(lineStarts.length, 202);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(source.slice(lineStarts[i], i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : source.length).replace(/\r$/, ''));
  }
  return readFrontMatter(lines, lineStarts)?.endLine ?? -1;
}

/** Candidate chunks covering the whole source, in order. */
export function planChunks(source: string, lineStarts: number[]): Span[] {
  const fmEnd = frontMatterEnd(source, lineStarts);
  const minStart = fmEnd >= 0 ? (fmEnd + 1 < lineStarts.length ? lineStarts[fmEnd + 1] : source.length) : 1;
  const cuts: number[] = [];
  let fence: { char: string; len: number } | undefined;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(source); m; m = MARKS.exec(source)) {
    const at = m.index;
    // Cut only after \n (a chunk then ends with its line break); ^ also matches after a lone \r or U+2028.
    if (at > 0 && source.charCodeAt(at - 1) !== 10) { MARKS.lastIndex = at + 1; continue; }
    if (m[2] === undefined) {
      if (!fence && at >= minStart) cuts.push(at);
    } else if (fence) {
      if (m[2][0] === fence.char && m[2].length >= fence.len && m[3].trim() === '') fence = undefined;
    } else if (!(m[2][0] === '`' && m[3].includes('`'))) {
      fence = { char: m[2][0], len: m[2].length };
    }
    if (MARKS.lastIndex === at) MARKS.lastIndex++;
  }
  const spans: Span[] = [];
  let start = 0;
  for (const cut of cuts) {
    spans.push({ start, end: cut, line: lineOf(lineStarts, start) });
    start = cut;
  }
  spans.push({ start, end: source.length, line: lineOf(lineStarts, start) });
  return spans;
}

/** True when the text leaves an HTML comment open (the model's comment scan would run on into the next chunk). */
export function opensComment(text: string): boolean {
  const re = /<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = re.lastIndex;
  return text.indexOf('<!--', last) >= 0;
}
