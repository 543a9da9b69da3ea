/**
 * The rubric's view of an answer: every prose unit (sentence, list item, table row) that may
 * count as evidence, tagged with what its section is about (from heading wording, inherited by
 * sub-sections) and, for table rows, what each column holds (from the header).
 * Quoted blocks (the prompt read back), code, HTML and headings never count as evidence.
 *
 * Per-block work (units, row columns, cue matches through `cached`) is memoised in cache.ts, so
 * building the view of an answer that changed in one block redoes that block only.
 */
import { type AnswerModel, type Block, copyOf } from '../model';
import type { Finding } from '../types';
import { withoutRiskTeam } from '../rules/kinds/context';
import { type BlockEntry, blockEntries, type CachedUnit, contextKey, counters, headingKindsMemo, placedUnits } from './cache';
import { cue } from './cues';
import { sourceExcerpt } from './excerpt';
import { COLUMN_CUES, ECOSYSTEM_ENTITIES, SECTION_CUES, type ColumnKind, type SectionKind } from './lexicon';
import type { Evidence } from './types';

export interface Row {
  cells: string[];
  header: string[];
  /** Cell text of the first column of that kind, if the header has one. */
  col(kind: ColumnKind): string | undefined;
  hasCol(kind: ColumnKind): boolean;
}

export interface RUnit {
  text: string;
  /** 0-based line of the unit's start. */
  line: number;
  /** Document offsets of the unit (the whole row for table rows). */
  start: number;
  end: number;
  block: Block;
  heading: string;
  kinds: ReadonlySet<SectionKind>;
  row?: Row;
  /** Memoised per-unit results (shared with every analysis of the same block in the same context). */
  memo: unknown[];
}

export interface RubricDoc {
  model: AnswerModel;
  findings: readonly Finding[];
  /** Every evidence-eligible unit in document order (sentences and table body rows). */
  units: RUnit[];
  /** The question as asked: front-matter prompt, block-quoted prompt and the H1 title. */
  promptText: string;
  /** Ecosystem properties the prompt is about (mentioning them is not integration). */
  ownEntities: Set<string>;
}

const SECTION_RES = Object.fromEntries(Object.entries(SECTION_CUES).map(([k, v]) => [k, cue(v)])) as Record<SectionKind, RegExp>;
const ECOSYSTEM = cue(ECOSYSTEM_ENTITIES, 'gi');
const COLUMN_RES = Object.fromEntries(Object.entries(COLUMN_CUES).map(([k, v]) => [k, cue(v)])) as Record<ColumnKind, RegExp>;

export function headingKinds(heading: string): SectionKind[] {
  // "What I'd settle with risk and compliance" is about the risk team, not a risk section.
  const forRisks = withoutRiskTeam(heading);
  return (Object.keys(SECTION_RES) as SectionKind[]).filter(k => SECTION_RES[k].test(k === 'risks' ? forRisks : heading));
}

export function columnKinds(header: string): ColumnKind[] {
  return (Object.keys(COLUMN_RES) as ColumnKind[]).filter(k => COLUMN_RES[k].test(header));
}

function makeRow(block: Block): Row {
  const cells = (block.cells ?? []).map(c => c.text);
  const header = block.table?.header ?? [];
  const kindsByCol = header.map(columnKinds);
  const idx = (kind: ColumnKind): number => kindsByCol.findIndex(ks => ks.includes(kind));
  return {
    cells, header,
    col: kind => { const i = idx(kind); return i >= 0 ? cells[i] ?? '' : undefined; },
    hasCol: kind => idx(kind) >= 0,
  };
}

export function entitiesIn(text: string): string[] {
  const out: string[] = [];
  ECOSYSTEM.lastIndex = 0;
  for (let m = ECOSYSTEM.exec(text); m; m = ECOSYSTEM.exec(text)) out.push(canonical(m[0]));
  return out;
}

const canonical = (e: string): string => e.toLowerCase();

/** A template placeholder (`<metric>`, `<负责人>`): a unit still holding one is not evidence yet. */
const PLACEHOLDER = /<(?![/!])[A-Za-z\p{Script=Han}][^<>\n]{0,60}>/u;

/** The evidence units of a block in its section context, relative to the block (memoised). */
function blockUnits(model: AnswerModel, block: Block, entry: BlockEntry, context: string): CachedUnit[] {
  const known = entry.units?.get(context);
  if (known) return known;
  const list: CachedUnit[] = [];
  if (block.kind === 'table-row') {
    const row = makeRow(block);
    if (!(row.cells.every(c => c === '' || /^[-:\s]*$/.test(c)) || PLACEHOLDER.test(block.text))) {
      list.push({ text: row.cells.join(' | '), dStart: 0, dEnd: block.end - block.start, dLine: 0, row, memo: [] });
    }
  } else {
    for (const u of model.unitsOf(block)) {
      if (!PLACEHOLDER.test(u.text)) list.push({ text: u.text, dStart: u.start - block.start, dEnd: u.end - block.start, dLine: u.line - block.line, memo: [] });
    }
  }
  counters.unitLists++;
  if (!entry.units || entry.units.size >= 16) entry.units = new Map();
  entry.units.set(context, list);
  return list;
}

function cachedHeadingKinds(heading: string): SectionKind[] {
  let k = headingKindsMemo.get(heading);
  if (!k) {
    if (headingKindsMemo.size >= 10_000) headingKindsMemo.clear();
    k = headingKinds(heading);
    headingKindsMemo.set(heading, k);
  }
  return k;
}

/** A per-unit predicate (or value) memoised on the unit: `f` may read the unit's text, kinds, row and block shape only. */
let nextSlot = 0;
const UNDEFINED = Symbol('undefined');
export function cached<T>(f: (u: RUnit) => T): (u: RUnit) => T {
  const slot = nextSlot++;
  return (u: RUnit): T => {
    const m = u.memo;
    const v = m[slot];
    if (v !== undefined) return (v === UNDEFINED ? undefined : v) as T;
    const r = f(u);
    m[slot] = r === undefined ? UNDEFINED : r;
    return r;
  };
}

/** Ecosystem properties named in a unit. */
export const unitEntities = cached((u: RUnit): string[] => entitiesIn(u.text));

export function buildDoc(model: AnswerModel, findings: readonly Finding[]): RubricDoc {
  // Section kinds, inherited from enclosing headings of a lower level.
  const kindsOf: Set<SectionKind>[] = [];
  const contextOf: string[] = [];
  const stack: { level: number; kinds: SectionKind[] }[] = [];
  for (const s of model.sections) {
    while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop();
    const own = cachedHeadingKinds(s.heading);
    const inherited = stack.flatMap(x => x.kinds);
    const kinds = new Set([...inherited, ...own]);
    kindsOf.push(kinds);
    contextOf.push(contextKey(s.heading, kinds));
    stack.push({ level: s.level, kinds: own });
  }
  const noKinds = new Set<SectionKind>();
  const units: RUnit[] = [];
  const entries = blockEntries(model);
  const noContext = contextKey('', noKinds);
  for (let bi = 0; bi < model.blocks.length; bi++) {
    const block = model.blocks[bi];
    if (block.quoted || block.kind === 'code' || block.kind === 'html' || block.kind === 'heading' || block.isHeader) continue;
    const heading = block.section >= 0 ? model.sections[block.section].heading : '';
    const kinds = block.section >= 0 ? kindsOf[block.section] : noKinds;
    const context = block.section >= 0 ? contextOf[block.section] : noContext;
    // A block object seen before (an incremental analyzer's unmoved block) in the same context has
    // the same units. Only an incremental analyzer's blocks (copies) can come back: a parse's are new.
    const reusable = copyOf(block) !== undefined;
    const known = reusable ? placedUnits().get(block) : undefined;
    if (known && known.context === context) {
      for (const u of known.units) units.push(u);
      continue;
    }
    const own: RUnit[] = [];
    for (const c of blockUnits(model, block, entries[bi], context)) {
      own.push({ text: c.text, line: block.line + c.dLine, start: block.start + c.dStart, end: block.start + c.dEnd, block, heading, kinds,
        row: c.row, memo: c.memo });
    }
    if (reusable) placedUnits().set(block, { context, units: own });
    for (const u of own) units.push(u);
  }
  current = model;
  const quotedText = model.blocks.filter(b => b.quoted).map(b => b.text).join(' ');
  const h1 = model.sections.filter(s => s.level === 1).map(s => s.heading).join(' ');
  const promptText = [model.frontMatter?.prompt ?? '', quotedText, h1].join(' ').trim();
  let ownEntities = new Set(entitiesIn(promptText));
  if (ownEntities.size === 0) {
    // No prompt to go by: the property mentioned most is the one the answer is about.
    const counts = new Map<string, number>();
    for (const u of units) for (const e of unitEntities(u)) counts.set(e, (counts.get(e) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    ownEntities = new Set(top ? [top[0]] : []);
  }
  return { model, findings, units, promptText, ownEntities };
}

export const inKinds = (u: RUnit, ...kinds: SectionKind[]): boolean => kinds.some(k => u.kinds.has(k));

/** Excerpts already taken, per document (an evidence line often backs several axes). */
const excerpts = new WeakMap<AnswerModel, Map<number, string>>();

/**
 * The document of the last buildDoc: the rubric is scored synchronously right after, and a unit
 * reused from an earlier document sits on the same block object, so on the same source text.
 */
let current: AnswerModel | undefined;

export function ev(u: RUnit): Evidence {
  const model = current!;
  let byStart = excerpts.get(model);
  if (!byStart) { byStart = new Map(); excerpts.set(model, byStart); }
  let text = byStart.get(u.start);
  if (text === undefined) {
    text = sourceExcerpt(model, u.block, u.line, u.start, u.end);
    byStart.set(u.start, text);
  }
  return { line: u.line, text };
}

/** Evidence items, one per line, in document order, at most `max`. */
export function evidenceOf(units: readonly RUnit[], max = 6): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  // Units filtered from doc.units are in document order already: sort only when they are not.
  let sorted = true;
  for (let i = 1; i < units.length && sorted; i++) sorted = units[i - 1].line <= units[i].line;
  for (const u of sorted ? units : [...units].sort((a, b) => a.line - b.line)) {
    if (seen.has(u.line)) continue;
    seen.add(u.line);
    out.push(ev(u));
    if (out.length >= max) break;
  }
  return out;
}
