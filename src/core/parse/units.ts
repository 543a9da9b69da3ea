/**
 * Units: sentences of prose blocks (split with Intl.Segmenter, so Chinese and mixed text
 * split on 。！？ as well as on ". "), and whole rows of tables. Computed lazily per block:
 * most blocks never need them.
 */
import type { AnswerModel, Block, Comment, FrontMatter, Section, Unit } from '../model';
import type { Range } from '../types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function sentenceUnits(block: Block): Unit[] {
  if (block.kind === 'table-row' || block.kind === 'code' || block.kind === 'html') {
    return [trimUnit(block, 0, block.text.length)].filter((u): u is Unit => u !== undefined);
  }
  // Soft line breaks are not sentence ends (UAX #29 would break at every newline).
  const flat = block.text.replace(/[\r\n]/g, ' ');
  const units: Unit[] = [];
  const lines = { at: 0, line: block.line };
  for (const [from, to] of pieces(flat)) {
    for (const seg of segmenter.segment(flat.slice(from, to))) {
      const u = trimUnit(block, from + seg.index, from + seg.index + seg.segment.length, lines);
      if (u) units.push(u);
    }
  }
  return units;
}

const PIECE = 1024;
const HARD_END = /[.!?。！？]+["'”’)\]）」』]*\s+|[。！？]+/g;

/**
 * V8's segmenter slows down quadratically on long strings, so long blocks are cut into pieces of
 * about 1 KB first, only right after a sentence terminator, where UAX #29 breaks anyway.
 */
function pieces(text: string): [number, number][] {
  if (text.length <= PIECE * 2) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  HARD_END.lastIndex = PIECE;
  for (let m = HARD_END.exec(text); m; m = HARD_END.exec(text)) {
    const cut = m.index + m[0].length;
    if (cut - from >= PIECE && cut < text.length) { out.push([from, cut]); from = cut; }
    HARD_END.lastIndex = Math.max(HARD_END.lastIndex, from + PIECE);
  }
  out.push([from, text.length]);
  return out;
}

const SPACE = /\s/;

/** Trim a span to a unit; `lines` carries the line count forward so a block is scanned once. */
function trimUnit(block: Block, s: number, e: number, lines = { at: 0, line: block.line }): Unit | undefined {
  const t = block.text;
  while (s < e && SPACE.test(t[s])) s++;
  while (e > s && SPACE.test(t[e - 1])) e--;
  if (s === e) return undefined;
  for (; lines.at < s; lines.at++) if (t.charCodeAt(lines.at) === 10) lines.line++;
  return { block, text: t.slice(s, e), start: block.start + s, end: block.start + e, line: lines.line };
}

/** The last unit starting at or before `offset` (else the first; the whole block when it has none). */
export function unitAtIn(units: Unit[], block: Block, offset: number): Unit {
  if (units.length === 0) return { block, text: block.text, start: block.start, end: block.end, line: block.line };
  let lo = 0, hi = units.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (units[mid].start <= offset) lo = mid; else hi = mid - 1; }
  return units[lo];
}

interface Parts {
  source: string;
  lineStarts: number[];
  frontMatter?: FrontMatter;
  sections: Section[];
  blocks: Block[];
  comments: Comment[];
}

export function createUnits(parts: Parts): AnswerModel {
  const cache = new Map<Block, Unit[]>();
  const { lineStarts } = parts;
  const positionAt = (offset: number) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return { line: lo, column: offset - lineStarts[lo] };
  };
  const unitsOf = (block: Block): Unit[] => {
    let u = cache.get(block);
    if (!u) { u = sentenceUnits(block); cache.set(block, u); }
    return u;
  };
  return {
    ...parts,
    unitsOf,
    unitAt: (block: Block, offset: number): Unit => unitAtIn(unitsOf(block), block, offset),
    positionAt,
    rangeOf(start: number, end: number): Range {
      return { start: positionAt(start), end: positionAt(end) };
    },
  };
}
