/**
 * The answer model: what `parse` produces from Markdown, and what rules and the rubric read.
 *
 * Every block carries `text`: the block's source slice with markup masked out (list markers,
 * block-quote markers, table pipes, emphasis, link targets, code spans, HTML comments replaced
 * by spaces). `text` has exactly the length of the source slice, so an index into it plus
 * `block.start` is an offset into the document, and columns come straight from the source.
 */
import type { Range } from './types';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'code' | 'html';

export interface Cell {
  /** 0-based column index within the row. */
  index: number;
  /** Masked text of the cell, trimmed. */
  text: string;
  /** Document offsets of the trimmed cell content (start === end for an empty cell). */
  start: number;
  end: number;
}

export interface Table {
  id: number;
  /** Header cell texts, masked and trimmed. */
  header: string[];
}

export interface Block {
  kind: BlockKind;
  /** Index into AnswerModel.sections; -1 before the first heading. */
  section: number;
  /** Document offsets of the block's first character and one past its last. */
  start: number;
  end: number;
  /** 0-based first and last line (inclusive). */
  line: number;
  endLine: number;
  /** Masked text, same length as the source slice [start, end). */
  text: string;
  /** Inside a block quote (the prompt quoted back): never flagged. */
  quoted: boolean;
  /** Heading level (1-6) for headings. */
  level?: number;
  /** List nesting depth (1 = top level) and whether the list is ordered, for list items. */
  depth?: number;
  ordered?: boolean;
  /** Table rows: their table, their cells, and whether this row is the header row. */
  table?: Table;
  cells?: Cell[];
  isHeader?: boolean;
}

/**
 * Blocks copied to another position (by the incremental analyzer) → the block each copies: same
 * text, kind, shape and table header. Content-keyed caches may key on the original instead of on
 * the text. A WeakMap rather than a field, so copies keep the shape (and equality) of parsed blocks.
 */
const copies = new WeakMap<Block, Block>();
export const markCopy = (copy: Block, of: Block): void => { copies.set(copy, copies.get(of) ?? of); };
export const copyOf = (b: Block): Block | undefined => copies.get(b);

/** A sentence (paragraphs, list items, headings) or a whole table row: the scope LABELS.md reasons in. */
export interface Unit {
  block: Block;
  /** Masked text of the unit (a slice of block.text, leading/trailing space trimmed). */
  text: string;
  start: number;
  end: number;
  /** 0-based line of the unit's first character. */
  line: number;
}

export interface Section {
  index: number;
  /** Heading text (masked, trimmed); '' for the implicit section before the first heading. */
  heading: string;
  level: number;
  /** 0-based line of the heading, and the last line of the section (inclusive). */
  line: number;
  endLine: number;
  /** Indexes into AnswerModel.blocks (the heading block itself excluded). */
  blocks: number[];
}

export interface Comment {
  /** Comment body without <!-- and -->, trimmed. */
  body: string;
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** True when the comment is the only thing on its line(s). */
  standalone: boolean;
}

export interface FrontMatter {
  profile?: string;
  prompt?: string;
  /** 0-based line range of the front matter including both `---` fences. */
  line: number;
  endLine: number;
  /** key → raw value (unquoted), for every `key: value` line. */
  fields: Record<string, string>;
  /** Document offsets of the value of `profile:` (for the profile switcher), when present. */
  profileValue?: { start: number; end: number };
}

export interface AnswerModel {
  source: string;
  /** Offsets of the first character of every line. */
  lineStarts: number[];
  frontMatter?: FrontMatter;
  sections: Section[];
  blocks: Block[];
  comments: Comment[];
  /** Sentences of a block (computed lazily, cached): see units.ts. */
  unitsOf(block: Block): Unit[];
  /** The unit (sentence or row) containing a document offset inside a block. */
  unitAt(block: Block, offset: number): Unit;
  positionAt(offset: number): { line: number; column: number };
  rangeOf(start: number, end: number): Range;
}
