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
  for (const seg of segmenter.segment(flat)) {
    const u = trimUnit(block, seg.index, seg.index + seg.segment.length);
    if (u) units.push(u);
  }
  return units;
}

function trimUnit(block: Block, s: number, e: number): Unit | undefined {
  const t = block.text;
  while (s < e && /\s/.test(t[s])) s++;
  while (e > s && /\s/.test(t[e - 1])) e--;
  if (s === e) return undefined;
  let line = block.line;
  for (let i = 0; i < s; i++) if (t.charCodeAt(i) === 10) line++;
  return { block, text: t.slice(s, e), start: block.start + s, end: block.start + e, line };
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
    unitAt(block: Block, offset: number): Unit {
      const units = unitsOf(block);
      let best = units[0];
      for (const u of units) { if (u.start <= offset) best = u; else break; }
      return best ?? { block, text: block.text, start: block.start, end: block.end, line: block.line };
    },
    positionAt,
    rangeOf(start: number, end: number): Range {
      return { start: positionAt(start), end: positionAt(end) };
    },
  };
}
