/**
 * Incremental analysis for an editor: `update(text)` returns what `analyze(text, opts)` returns,
 * without redoing what did not change since the last call.
 *
 *  - Parsing: the source is cut into chunks at top-level headings (chunks.ts); a chunk whose
 *    text was seen before is not parsed again, only moved (chunk-model.ts). The text is compared
 *    with the last update's (diff.ts): chunks inside the unchanged prefix and suffix are found by
 *    position, without hashing their text, and only the line starts around the change are rescanned.
 *  - Block rules: `checkBlock` results depend only on the block, its section heading and its
 *    table header (the Rule contract), so they are cached per chunk text, and inside a changed
 *    chunk per block (keyed on the block's source, masked text, shape, heading, table header
 *    and profile). Cached findings are stored relative to their block and re-placed.
 *  - Findings: each chunk's block findings are kept sorted and de-duplicated per chunk, profile
 *    and line, and merged with the `checkDocument` rules' (re-run on every call, with inline control).
 *  - The rubric is scored on the whole model when the result's `rubric` is first read; its
 *    per-block work is memoised in rubric/cache.ts.
 *
 * The per-rule context, profile choice, rule selection, de-duplication, inline control and
 * ordering are the engine's own (engine.ts exports them); test/unit/incremental.test.ts checks
 * equality with `analyze`.
 */
import { DEFAULT_CONFIG } from '../config/types';
import { activeRules, type Analysis, type AnalyzeOptions, compareFindings, dedupe, finishFindings, isProse, mergeDocumentFindings,
  type Notice, pickProfile, proseOf, type Reported, ruleContext, toFinding, UnknownProfileError } from '../engine';
import type { AnswerModel, Block, Unit } from '../model';
import { computeLineStarts } from '../parse';
import { createUnits, unitAtIn } from '../parse/units';
import { findProfile } from '../profiles';
import { scoreRubric } from '../rubric';
import type { Rubric } from '../rubric/types';
import type { Finding } from '../types';
import { type Origin, type ParsedChunk, parseChunk, place, type Placed, shiftedUnits } from './chunk-model';
import { planChunks } from './chunks';
import { commonPrefix, commonSuffix, updateLineStarts } from './diff';

/** One prose block's results: per active rule (in RULES order), its reports relative to the block's start. */
interface BlockResult {
  perRule: Reported[][];
  /** False when a finding or edit left the block: then it is recomputed every time. */
  cacheable: boolean;
}

/** A chunk where it sits in the document: source offsets and first line. */
interface PlacedChunk {
  chunk: ParsedChunk;
  start: number;
  end: number;
  line: number;
}

/** The prose blocks of one chunk, in document coordinates, and their results; `cached` when all are cacheable. */
interface ChunkResults {
  blocks: Block[];
  results: BlockResult[];
  cached: boolean;
}

export interface IncrementalStats {
  chunks: number;
  chunksParsed: number;
  blocksChecked: number;
  blocksReused: number;
  /**
   * Milliseconds spent in the last update: model (chunk parsing and placing), block rules,
   * document rules and finishing; and scoring the rubric, once something read it (0 until then).
   */
  ms: { model: number; blocks: number; document: number; rubric: number };
}

export interface IncrementalAnalyzer {
  /** Analyse the current full text; equal to `analyze(text, opts)`. */
  update(text: string): Analysis;
  /** What the last update did (for the benchmark and tests). */
  readonly stats: IncrementalStats;
}

/** `r` with every offset moved by `delta`. */
function shifted(r: Reported, delta: number): Reported {
  return { ...r, start: r.start + delta, end: r.end + delta,
    fix: r.fix && { title: r.fix.title, edits: r.fix.edits.map(e => ({ start: e.start + delta, end: e.end + delta, newText: e.newText })) } };
}

function blockKey(profile: string, b: Block, heading: string, source: string): string {
  const shape = `${b.kind}|${b.quoted}|${b.level}|${b.depth}|${b.ordered}|${b.isHeader}|${b.table ? JSON.stringify(b.table.header) : ''}`;
  return `${profile}\u0000${shape}\u0000${heading}\u0000${b.text}\u0000${source.slice(b.start, b.end)}`;
}

export function createIncrementalAnalyzer(opts: AnalyzeOptions = {}): IncrementalAnalyzer {
  const config = opts.config ?? DEFAULT_CONFIG;
  if (opts.profile !== undefined && !findProfile(opts.profile)) throw new UnknownProfileError(opts.profile);

  let chunkCache = new Map<string, ParsedChunk>();
  /** Per chunk (by identity) and profile: its prose blocks' results in order, when all are cacheable. */
  const chunkResults = new WeakMap<ParsedChunk, Map<string, BlockResult[]>>();
  let blockCache = new Map<string, BlockResult>();
  /** Per chunk (by identity) and profile: its block findings, de-duplicated and sorted, for the line it was placed at. */
  const chunkFound = new WeakMap<ParsedChunk, Map<string, { line: number; findings: Finding[] }>>();
  function chunkFindings(chunk: ParsedChunk, line: number, profile: string, build: () => Finding[]): Finding[] {
    let byProfile = chunkFound.get(chunk);
    const known = byProfile?.get(profile);
    if (known && known.line === line) return known.findings;
    const findings = dedupe(build()).sort(compareFindings);
    if (!byProfile) chunkFound.set(chunk, byProfile = new Map());
    byProfile.set(profile, { line, findings });
    return findings;
  }
  let blockKeysLive = 0;
  const origins = new WeakMap<Block, Origin>();
  const unitCache = new WeakMap<Block, Unit[]>();
  const stats: IncrementalStats = { chunks: 0, chunksParsed: 0, blocksChecked: 0, blocksReused: 0, ms: { model: 0, blocks: 0, document: 0, rubric: 0 } };
  const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

  /** The last update's text, line starts and chunks (for reuse without re-reading unchanged text). */
  let prev: { source: string; lineStarts: number[]; byStart: Map<number, PlacedChunk> } | undefined;

  function chunkFor(text: string, used: Map<string, ParsedChunk>): ParsedChunk {
    let c = used.get(text) ?? chunkCache.get(text);
    if (!c) { c = parseChunk(text); stats.chunksParsed++; }
    used.set(text, c);
    return c;
  }

  /**
   * Resolve candidate spans into chunks that parse alone exactly as in the whole document. A span
   * inside the text shared with the last update (`prefix`, `suffix`) whose chunk then covered the
   * same text is that chunk; any other is looked up by its text, or parsed.
   */
  function chunksOf(source: string, lineStarts: number[], prefix: number, suffix: number): PlacedChunk[] {
    const spans = planChunks(source, lineStarts);
    const used = new Map<string, ParsedChunk>();
    const delta = prev ? source.length - prev.source.length : 0;
    const unchanged = (start: number, end: number): ParsedChunk | undefined => {
      if (!prev) return undefined;
      const old = end <= prefix ? prev.byStart.get(start) : start >= source.length - suffix ? prev.byStart.get(start - delta) : undefined;
      return old && old.end === (end <= prefix ? end : end - delta) ? old.chunk : undefined;
    };
    const out: PlacedChunk[] = [];
    for (let i = 0; i < spans.length;) {
      let j = i + 1, grow = 1;
      let chunk = unchanged(spans[i].start, spans[i].end) ?? chunkFor(source.slice(spans[i].start, spans[i].end), used);
      // Ends inside a fence, HTML block or comment: merge with following spans (doubling, so a
      // long run of false cuts costs O(n log n), not O(n²)).
      while (chunk.openAtEnd && j < spans.length) {
        j = Math.min(spans.length, j + grow);
        grow *= 2;
        chunk = chunkFor(source.slice(spans[i].start, spans[j - 1].end), used);
      }
      out.push({ chunk, start: spans[i].start, end: spans[j - 1].end, line: spans[i].line });
      i = j;
    }
    // Keyed on each chunk's own copy of its text, whose hash V8 keeps: no text is hashed twice.
    chunkCache = new Map();
    for (const c of out) chunkCache.set(c.chunk.model.source, c.chunk);
    return out;
  }

  function update(source: string): Analysis {
    stats.chunksParsed = 0; stats.blocksChecked = 0; stats.blocksReused = 0;
    let clock = now();
    const lap = (): number => { const t = now(), d = t - clock; clock = t; return d; };
    let lineStarts: number[], prefix = 0, suffix = 0;
    if (prev) {
      prefix = commonPrefix(prev.source, source);
      suffix = commonSuffix(prev.source, source, Math.min(prev.source.length, source.length) - prefix);
      lineStarts = updateLineStarts(prev.lineStarts, prev.source, source, prefix, suffix);
    } else {
      lineStarts = computeLineStarts(source);
    }
    const chunks = chunksOf(source, lineStarts, prefix, suffix);
    prev = { source, lineStarts, byStart: new Map(chunks.map(c => [c.start, c])) };
    stats.chunks = chunks.length;

    const blocks: Block[] = [], sections: AnswerModel['sections'] = [], comments: AnswerModel['comments'] = [];
    const placed: Placed[] = [];
    let tableBase = 0;
    chunks.forEach(({ chunk, start, line }, k) => {
      const p = place(chunk, { offset: start, line, sectionBase: sections.length, tableBase, blockBase: blocks.length, followed: k + 1 < chunks.length }, origins);
      placed.push(p);
      for (const b of p.blocks) blocks.push(b);
      for (const s of p.sections) sections.push(s);
      for (const c of p.comments) comments.push(c);
      tableBase += chunk.tableCount;
    });
    const base = createUnits({ source, lineStarts, frontMatter: chunks[0].chunk.model.frontMatter, sections, blocks, comments });
    const unitsOf = (b: Block): Unit[] => {
      let u = unitCache.get(b);
      if (!u) {
        const o = origins.get(b);
        u = o ? shiftedUnits(b, o) : base.unitsOf(b);
        unitCache.set(b, u);
      }
      return u;
    };
    const model: AnswerModel = {
      ...base,
      unitsOf,
      unitAt: (block: Block, offset: number): Unit => unitAtIn(unitsOf(block), block, offset),
    };

    stats.ms.model = lap();
    const notices: Notice[] = [];
    const profile = pickProfile(model, opts, config, notices);
    const active = activeRules(profile, config);
    const prose = proseOf(blocks);

    // Block rules, through the caches.
    let sink: (r: Reported) => void = () => undefined;
    const contexts = active.map(({ rule }) => ruleContext(rule, model, profile, config, prose, r => sink(r)));
    const check = (b: Block): BlockResult => {
      const result: BlockResult = { perRule: [], cacheable: true };
      const inside = (o: number): boolean => o >= b.start && o <= b.end;
      active.forEach(({ rule }, ri) => {
        const out: Reported[] = [];
        result.perRule.push(out);
        if (!rule.checkBlock) return;
        sink = r => {
          if (!inside(r.start) || !inside(r.end) || r.fix?.edits.some(e => !inside(e.start) || !inside(e.end))) result.cacheable = false;
          out.push(shifted(r, -b.start));
        };
        rule.checkBlock(contexts[ri], b);
      });
      stats.blocksChecked++;
      return result;
    };

    /** A chunk's block findings: of rule `ri`, or of every rule (rule by rule), each in block order. */
    const collect = (c: ChunkResults, m: AnswerModel, ri?: number): Finding[] => {
      const out: Finding[] = [];
      active.forEach(({ rule, severity }, r) => {
        if (ri !== undefined && r !== ri) return;
        for (let i = 0; i < c.blocks.length; i++) {
          for (const rep of c.results[i].perRule[r]) out.push(toFinding(rule.meta.id, severity, rep, m, c.blocks[i].start));
        }
      });
      return out;
    };

    const nextBlockCache = new Map<string, BlockResult>();
    const perChunk: ChunkResults[] = [];
    chunks.forEach(({ chunk }, k) => {
      const pblocks = placed[k].blocks.filter(isProse);
      let byProfile = chunkResults.get(chunk);
      const cached = byProfile?.get(profile.id);
      if (cached) {
        stats.blocksReused += pblocks.length;
        perChunk.push({ blocks: pblocks, results: cached, cached: true });
        return;
      }
      let all = true;
      const results = pblocks.map(b => {
        const heading = b.section >= 0 ? sections[b.section].heading : '';
        const key = blockKey(profile.id, b, heading, source);
        let r = nextBlockCache.get(key) ?? blockCache.get(key);
        if (r) stats.blocksReused++;
        else r = check(b);
        if (r.cacheable) nextBlockCache.set(key, r);
        else all = false;
        return r;
      });
      if (all) {
        if (!byProfile) chunkResults.set(chunk, byProfile = new Map());
        byProfile.set(profile.id, results);
      }
      perChunk.push({ blocks: pblocks, results, cached: all });
    });
    // Keep the block cache to the blocks of recently changed chunks, plus what this update used.
    blockKeysLive = Math.max(blockKeysLive, nextBlockCache.size);
    if (blockCache.size + nextBlockCache.size > 4 * blockKeysLive + 4096) blockCache = nextBlockCache;
    else for (const [k, v] of nextBlockCache) blockCache.set(k, v);

    stats.ms.blocks = lap();
    const docFound: Finding[][] = [];
    active.forEach(({ rule, severity }, ri) => {
      const out: Finding[] = [];
      docFound.push(out);
      if (rule.checkDocument) {
        sink = r => out.push(toFinding(rule.meta.id, severity, r, model));
        rule.checkDocument(contexts[ri]);
      }
    });
    sink = () => undefined;
    let findings: Finding[];
    if (perChunk.every(c => c.cached)) {
      // Every block's findings stay inside its block, so inside its chunk: each chunk's findings
      // are sorted and de-duplicated once (per chunk, profile and line), and the document's are
      // the chunks' in order, merged with the document rules'.
      const blockFound: Finding[] = [];
      chunks.forEach(({ chunk, line }, k) => {
        for (const f of chunkFindings(chunk, line, profile.id, () => collect(perChunk[k], model))) blockFound.push(f);
      });
      findings = mergeDocumentFindings(blockFound, docFound.flat(), model);
    } else {
      // Assemble in the engine's order: per rule, its block findings in document order, then its document findings.
      const found: Finding[] = [];
      active.forEach((_, ri) => {
        for (const c of perChunk) for (const f of collect(c, model, ri)) found.push(f);
        for (const f of docFound[ri]) found.push(f);
      });
      findings = finishFindings(found, model);
    }
    stats.ms.document = lap();
    stats.ms.rubric = 0;
    const analysis: Analysis = { model, profile, findings, rubric: undefined, notices };
    if (opts.rubric !== false) {
      // Scored on first read: the Problems panel needs the findings on every edit, the rubric
      // panel only when it shows (and after its own debounce).
      let rubric: Rubric | undefined;
      Object.defineProperty(analysis, 'rubric', {
        enumerable: true, configurable: true,
        get: () => {
          if (!rubric) {
            const t = now();
            rubric = scoreRubric(model, profile, findings);
            stats.ms.rubric = now() - t;
          }
          return rubric;
        },
      });
    }
    return analysis;
  }

  return { update, stats };
}
