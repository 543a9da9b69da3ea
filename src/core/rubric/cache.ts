/**
 * Per-block memo for the rubric. Everything the rubric derives from one block alone — its word
 * counts, its evidence units (sentences or the row, relative to the block) and every cue match
 * on them — is stored under the block's content: masked text, kind and shape, table header and cells;
 * the section context (heading and inherited section kinds) keys the units within that.
 * An editor re-analysing a long answer after a one-block edit then recomputes that block only.
 *
 * Nothing positional or document-wide is stored: offsets and lines are relative to the block,
 * and detectors keep document-level facts (the prompt's entities, findings) out of the memo.
 * The map is module-level and bounded (entries and characters held); when full it is cleared.
 */
import { type AnswerModel, type Block, copyOf } from '../model';
import type { Row, RUnit } from './doc';
import type { SectionKind } from './lexicon';

/** One evidence unit of a block, relative to the block, with its memoised cue matches. */
export interface CachedUnit {
  text: string;
  /** Offsets of the unit relative to block.start, and its line relative to block.line. */
  dStart: number;
  dEnd: number;
  dLine: number;
  /** Table rows: the row's cells and column kinds. */
  row?: Row;
  /** Results of `cached` predicates on this unit, by predicate number (see doc.ts). */
  memo: unknown[];
}

export interface BlockEntry {
  speech?: { englishWords: number; chineseChars: number };
  /** Evidence units per section context (a paragraph repeated under several headings has several). */
  units?: Map<string, CachedUnit[]>;
}

export const MAX_ENTRIES = 50_000;
export const MAX_CHARS = 1 << 24;

/**
 * Masked text → shape → entry. Keying on the block's own text string first (not on a string built
 * from it) lets V8 reuse the hash it keeps on the string, so a lookup costs no copy of the text.
 */
const entries = new Map<string, Map<string, BlockEntry>>();
let size = 0;
let chars = 0;
/** Entries created and unit lists computed since the module loaded (see rubricCacheStats). */
export const counters = { created: 0, unitLists: 0 };
/** The entries of a model's blocks, by block index (a model is looked at for speech and for units). */
let byModel = new WeakMap<AnswerModel, BlockEntry[]>();

const shapeOf = (b: Block): string =>
  `${b.kind}\u0000${b.quoted ? 1 : 0}${b.isHeader ? 1 : 0}${b.ordered ? 1 : 0}\u0000${b.level ?? ''}\u0000${b.depth ?? ''}\u0000` +
  (b.kind === 'table-row' ? `${b.table ? b.table.header.join('\u0001') : ''}\u0000${(b.cells ?? []).map(c => c.text).join('\u0001')}` : '');

/** Entries by the block a block was copied from (see copyOf in model.ts): found without hashing the text. */
let byOrigin = new WeakMap<Block, BlockEntry>();

/** The memo entry of a block (created empty on first sight). */
function blockEntry(b: Block): BlockEntry {
  const original = copyOf(b);
  if (original) {
    let e = byOrigin.get(original);
    if (!e) { e = contentEntry(b); byOrigin.set(original, e); }
    return e;
  }
  return contentEntry(b);
}

function contentEntry(b: Block): BlockEntry {
  const shape = shapeOf(b);
  let shapes = entries.get(b.text);
  let e = shapes?.get(shape);
  if (!e) {
    if (size >= MAX_ENTRIES || chars + b.text.length + shape.length > MAX_CHARS) clearRubricCache();
    shapes = entries.get(b.text);
    if (!shapes) { shapes = new Map(); entries.set(b.text, shapes); chars += b.text.length; }
    e = {};
    shapes.set(shape, e);
    size++;
    chars += shape.length;
    counters.created++;
  }
  return e;
}

/** A heading's section kinds, by heading text. */
export const headingKindsMemo = new Map<string, SectionKind[]>();

/** The rubric units built for a block object, with their section context: reused while the object is (a block that did not move). */
let placed = new WeakMap<Block, { context: string; units: RUnit[] }>();
export const placedUnits = (): WeakMap<Block, { context: string; units: RUnit[] }> => placed;

/** The memo entries of a model's blocks, in block order. */
export function blockEntries(model: AnswerModel): BlockEntry[] {
  let list = byModel.get(model);
  if (!list) {
    list = model.blocks.map(blockEntry);
    byModel.set(model, list);
  }
  return list;
}

/** The section context a block's units depend on. */
export const contextKey = (heading: string, kinds: ReadonlySet<SectionKind>): string => `${[...kinds].sort().join(',')}\u0000${heading}`;

/** For tests and benchmarks: how many entries exist, how many were ever created, and how many unit lists were computed. */
export function rubricCacheStats(): { entries: number; created: number; unitLists: number } {
  return { entries: size, ...counters };
}

/** Forget everything (when full; for tests and benchmarks). */
export function clearRubricCache(): void {
  entries.clear();
  headingKindsMemo.clear();
  byModel = new WeakMap();
  byOrigin = new WeakMap();
  placed = new WeakMap();
  size = 0;
  chars = 0;
}
