/**
 * One parsed chunk and its placement in the document: the chunk is parsed alone (offsets from
 * 0), then its blocks, sections, tables and comments are copied with offsets, lines, section
 * indexes and table ids shifted to where the chunk sits. Chunks always start at a line start,
 * so columns never change; copies are reused while the chunk does not move.
 */
import { type AnswerModel, type Block, type Comment, markCopy, type Section, type Table, type Unit } from '../model';
import { parse } from '../parse';
import { opensComment } from './chunks';

export interface Placement {
  offset: number;
  line: number;
  sectionBase: number;
  tableBase: number;
  blockBase: number;
  /** Not the last chunk: its last section ends on the line before the next chunk. */
  followed: boolean;
}

export interface Placed {
  at: Placement;
  blocks: Block[];
  sections: Section[];
  comments: Comment[];
}

/** Where a document block came from: the chunk-local block and its shift. */
export interface Origin {
  chunk: ParsedChunk;
  local: Block;
  offset: number;
  line: number;
}

export interface ParsedChunk {
  model: AnswerModel;
  /** Number of line breaks in the chunk (as the model counts them). */
  newlines: number;
  tableCount: number;
  /** The chunk ends inside a fence, an HTML block or an HTML comment: it must not be cut here. */
  openAtEnd: boolean;
  placed?: Placed;
}

/** A copy of the text that does not keep the whole document alive (V8 slices point into their parent). */
const own = (s: string): string => (s + ' ').slice(0, -1);

export function parseChunk(text: string): ParsedChunk {
  const model = parse(own(text));
  const newlines = model.lineStarts.length - 1;
  const lastLine = text.endsWith('\n') ? newlines - 1 : newlines;
  const openAtEnd = opensComment(text) ||
    model.blocks.some(b => (b.kind === 'code' || b.kind === 'html') && b.endLine >= lastLine);
  const tables = new Set<Table>();
  for (const b of model.blocks) if (b.table) tables.add(b.table);
  return { model, newlines, tableCount: tables.size, openAtEnd };
}

const samePlacement = (a: Placement, b: Placement): boolean =>
  a.offset === b.offset && a.line === b.line && a.sectionBase === b.sectionBase && a.tableBase === b.tableBase &&
  a.blockBase === b.blockBase && a.followed === b.followed;

/** The chunk's blocks, sections and comments in document coordinates (cached per placement). */
export function place(chunk: ParsedChunk, at: Placement, origins: WeakMap<Block, Origin>): Placed {
  if (chunk.placed && samePlacement(chunk.placed.at, at)) return chunk.placed;
  const { model } = chunk;
  const tables = new Map<Table, Table>();
  const blocks = model.blocks.map(b => {
    const copy: Block = { ...b, start: b.start + at.offset, end: b.end + at.offset, line: b.line + at.line, endLine: b.endLine + at.line,
      section: b.section >= 0 ? b.section + at.sectionBase : -1 };
    markCopy(copy, b);
    if (b.table) {
      let t = tables.get(b.table);
      if (!t) { t = { ...b.table, id: b.table.id + at.tableBase }; tables.set(b.table, t); }
      copy.table = t;
    }
    if (b.cells) copy.cells = b.cells.map(c => ({ ...c, start: c.start + at.offset, end: c.end + at.offset }));
    origins.set(copy, { chunk, local: b, offset: at.offset, line: at.line });
    return copy;
  });
  const sections = model.sections.map((s, i) => ({
    ...s, index: s.index + at.sectionBase, line: s.line + at.line,
    endLine: (at.followed && i === model.sections.length - 1 ? chunk.newlines - 1 : s.endLine) + at.line,
    blocks: s.blocks.map(k => k + at.blockBase),
  }));
  const comments = model.comments.map(c => ({ ...c, start: c.start + at.offset, end: c.end + at.offset, line: c.line + at.line, endLine: c.endLine + at.line }));
  chunk.placed = { at, blocks, sections, comments };
  return chunk.placed;
}

/** Units of a document block: the chunk's (segmented once per chunk text) shifted into place. */
export function shiftedUnits(block: Block, origin: Origin): Unit[] {
  return origin.chunk.model.unitsOf(origin.local).map(u => ({
    block, text: u.text, start: u.start + origin.offset, end: u.end + origin.offset, line: u.line + origin.line,
  }));
}
