/**
 * Per-block memo for the rubric. Everything the rubric derives from one block alone — its word
 * counts, its evidence units (sentences or the row, relative to the block) and every cue match
 * on them — is stored under the block's content: kind and shape, table header and masked text;
 * the section context (heading and inherited section kinds) keys the units within that.
 * An editor re-analysing a long answer after a one-block edit then recomputes that block only.
 *
 * Nothing positional or document-wide is stored: offsets and lines are relative to the block,
 * and detectors keep document-level facts (the prompt's entities, findings) out of the memo.
 * The map is module-level and bounded (entries and characters held); when full it is cleared.
 */
import type { Block } from '../model';
import type { Row } from './doc';
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
  /** Results of `cached` predicates on this unit (see doc.ts). */
  memo: Record<string, unknown>;
}

export interface BlockEntry {
  speech?: { englishWords: number; chineseChars: number };
  /** Evidence units for one section context (the last one seen). */
  units?: { context: string; list: CachedUnit[] };
}

export const MAX_ENTRIES = 50_000;
export const MAX_CHARS = 1 << 24;

const entries = new Map<string, BlockEntry>();
let chars = 0;
/** Entries created and unit lists computed since the module loaded (see rubricCacheStats). */
export const counters = { created: 0, unitLists: 0 };

const keyOf = (b: Block): string =>
  `${b.kind}\u0000${b.quoted ? 1 : 0}${b.isHeader ? 1 : 0}${b.ordered ? 1 : 0}\u0000${b.level ?? ''}\u0000${b.depth ?? ''}\u0000` +
  `${b.table ? b.table.header.join('\u0001') : ''}\u0000${b.kind === 'table-row' ? (b.cells ?? []).map(c => c.text).join('\u0001') : ''}\u0000${b.text}`;

/** The memo entry of a block (created empty on first sight). */
export function blockEntry(b: Block): BlockEntry {
  const key = keyOf(b);
  let e = entries.get(key);
  if (!e) {
    if (entries.size >= MAX_ENTRIES || chars + key.length > MAX_CHARS) { entries.clear(); chars = 0; }
    e = {};
    counters.created++;
    entries.set(key, e);
    chars += key.length;
  }
  return e;
}

/** The section context a block's units depend on. */
export const contextKey = (heading: string, kinds: ReadonlySet<SectionKind>): string => `${[...kinds].sort().join(',')}\u0000${heading}`;

/** For tests and benchmarks: how many entries exist, how many were ever created, and how many unit lists were computed. */
export function rubricCacheStats(): { entries: number; created: number; unitLists: number } {
  return { entries: entries.size, ...counters };
}

/** For tests and benchmarks: forget everything. */
export function clearRubricCache(): void {
  entries.clear();
  chars = 0;
}
