/**
 * parse: Markdown → AnswerModel, with markdown-it run once. markdown-it maps block tokens to
 * lines only; columns and offsets are computed here from the source lines.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { AnswerModel, Block, BlockKind, Cell, Comment, Section, Table } from '../model';
import { readFrontMatter } from './front-matter';
import { blank, maskForCells, maskInline } from './mask';
import { createUnits } from './units';

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// Only the block structure is read (inline content stays raw source, masked here): the inline
// pass, entity decoding and typographic rules would be work thrown away.
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

const FALLBACK_PREFIX = /^[ \t]*(?:>[ \t]?)*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))?[ \t]*(?:\[[ xX]\][ \t]+)?/;

/** Line starts, with \n, \r\n and a lone \r each ending a line (as in markdown-it and VS Code). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // The common case, LF only: indexOf runs natively, an order of magnitude faster than a char loop.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
  }
  return starts;
}

/** Each line's text without its line break. */
function splitLines(source: string, lineStarts: number[]): string[] {
  return lineStarts.map((start, i) => {
    if (i + 1 >= lineStarts.length) return source.slice(start);
    let end = lineStarts[i + 1] - 1;
    if (source.charCodeAt(end) === 10 && source.charCodeAt(end - 1) === 13 && end - 1 >= start) end--;
    return source.slice(start, end);
  });
}

interface Container { type: 'quote' | 'list' | 'item'; ordered?: boolean }

/** A whole line in bold, short, with no sentence end inside (a section number may lead: "1. 目标", "2.1 Design", "三、风险"): a heading written as bold text. */
const PSEUDO_HEADING = /^ {0,3}(\*\*|__)(?![\s*_])((?:\d{1,2}(?:\.\d{1,2})*(?:[.)、]\s*|\s+)|[一二三四五六七八九十]{1,3}[、.]\s*)?[^*_\n.。!！?？]{1,60}?)(?<!\s)\1[ \t]*[:：]?[ \t]*$/;

export function parse(source: string): AnswerModel {
  const lineStarts = computeLineStarts(source);
  const lines = splitLines(source, lineStarts);
  const lineEnd = (i: number): number => lineStarts[i] + lines[i].length;

  const frontMatter = readFrontMatter(lines, lineStarts);
  let mdSource = source;
  if (frontMatter) {
    const end = lineEnd(frontMatter.endLine);
    mdSource = blank(source.slice(0, end)) + source.slice(end);
  }
  const tokens = md.parse(mdSource, {});

  const blocks: Block[] = [];
  const sections: Section[] = [];
  let current = -1;
  const containers: Container[] = [];
  let table: Table | undefined;
  let tableId = 0;
  let inHead = false;
  let headerCells: string[] = [];

  const quoted = (): boolean => containers.some(c => c.type === 'quote');
  const listDepth = (): number => containers.filter(c => c.type === 'list').length;
  const innermostList = (): Container | undefined => [...containers].reverse().find(c => c.type === 'list');
  const inItem = (): boolean => containers.length > 0 && containers.some(c => c.type === 'item');

  const push = (kind: BlockKind, first: number, last: number, text: string, extra: Partial<Block> = {}): Block => {
    const block: Block = {
      kind, section: current, start: lineStarts[first], end: lineEnd(last), line: first, endLine: last,
      text, quoted: quoted(), ...extra,
    };
    blocks.push(block);
    if (current >= 0 && kind !== 'heading') sections[current].blocks.push(blocks.length - 1);
    return block;
  };

  /** Masked text of lines [first, last] given the inline content markdown-it extracted from them. */
  const maskLines = (first: number, last: number, content: string | undefined): string => {
    const contentLines = content === undefined ? [] : content.split('\n');
    const out: string[] = [];
    for (let i = first; i <= last; i++) {
      const src = lines[i];
      const cl = contentLines[i - first];
      let prefix: number;
      if (cl === undefined) {
        prefix = content === undefined ? 0 : src.length;
      } else {
        const a = src.trimEnd(), b = cl.trimEnd();
        prefix = b.length > 0 && a.endsWith(b) ? a.length - b.length : (FALLBACK_PREFIX.exec(src)?.[0].length ?? 0);
      }
      out.push(blank(src.slice(0, prefix)) + src.slice(prefix) + (i < last && lineStarts[i + 1] - lineEnd(i) === 2 ? ' ' : ''));
    }
    return maskInline(out.join('\n'));
  };

  const maskHeading = (first: number, last: number, content: string): string => {
    if (first === last) {
      const src = lines[first];
      const m = /^(\s*#{1,6}\s*)(.*?)(\s+#+\s*|\s*)$/.exec(src);
      if (m) return maskInline(blank(m[1]) + m[2] + blank(m[3]));
    }
    return maskLines(first, last, content);
  };

  const rowCells = (lineNo: number): { text: string; cells: Cell[] } => {
    const src = lines[lineNo];
    const forSplit = maskForCells(src);
    const masked = maskInline(src).split('');
    const cells: Cell[] = [];
    let bars: number[] = [];
    for (let i = 0; i < forSplit.length; i++) if (forSplit[i] === '|') bars.push(i);
    const lead = /^\s*\|/.test(forSplit) ? bars[0] : -1;
    const trail = /\|\s*$/.test(forSplit) ? bars[bars.length - 1] : forSplit.length;
    bars = bars.filter(b => b !== lead && b !== trail);
    const bounds = [lead, ...bars, trail === lead ? forSplit.length : trail];
    for (const b of [lead, ...bars, trail]) if (b >= 0 && b < masked.length) masked[b] = ' ';
    const text = masked.join('');
    for (let c = 0; c + 1 < bounds.length; c++) {
      let s = bounds[c] + 1, e = bounds[c + 1];
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      cells.push({ index: c, text: text.slice(s, e), start: lineStarts[lineNo] + s, end: lineStarts[lineNo] + e });
    }
    return { text, cells };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t: Token = tokens[i];
    switch (t.type) {
      case 'blockquote_open': containers.push({ type: 'quote' }); break;
      case 'bullet_list_open': containers.push({ type: 'list', ordered: false }); break;
      case 'ordered_list_open': containers.push({ type: 'list', ordered: true }); break;
      case 'list_item_open': containers.push({ type: 'item' }); break;
      case 'blockquote_close': case 'bullet_list_close': case 'ordered_list_close': case 'list_item_close':
        containers.pop(); break;
      case 'heading_open': {
        const inline = tokens[i + 1];
        const [first, end] = t.map!;
        const text = maskHeading(first, end - 1, inline.content);
        if (!quoted()) {
          const level = Number(t.tag.slice(1));
          if (current >= 0) sections[current].endLine = first - 1;
          current = sections.length;
          sections.push({ index: current, heading: text.trim(), level, line: first, endLine: lines.length - 1, blocks: [] });
        }
        push('heading', first, end - 1, text, { level: Number(t.tag.slice(1)) });
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const [first, end] = t.map!;
        const text = maskLines(first, end - 1, inline.content);
        if (inItem()) {
          const list = innermostList();
          push('list-item', first, end - 1, text, { depth: listDepth(), ordered: list?.ordered ?? false });
        } else if (!quoted() && first === end - 1 && PSEUDO_HEADING.test(lines[first])) {
          // A bold line standing alone ("**Risks**", "__Design:__") is how many candidates write
          // headings: it opens a section, of the lowest level, like an ATX heading.
          if (current >= 0) sections[current].endLine = first - 1;
          current = sections.length;
          sections.push({ index: current, heading: text.trim().replace(/[:：]$/, ''), level: 6, line: first, endLine: lines.length - 1, blocks: [] });
          push('heading', first, first, text, { level: 6 });
        } else {
          push('paragraph', first, end - 1, text);
        }
        break;
      }
      case 'table_open': table = { id: tableId++, header: [] }; headerCells = []; break;
      case 'table_close': table = undefined; break;
      case 'thead_open': inHead = true; break;
      case 'thead_close': inHead = false; break;
      case 'tr_open': {
        if (!table || !t.map) break;
        const lineNo = t.map[0];
        const { text, cells } = rowCells(lineNo);
        if (inHead) { headerCells = cells.map(c => c.text); table.header = headerCells; }
        push('table-row', lineNo, lineNo, text, { table, cells, isHeader: inHead });
        break;
      }
      case 'fence': case 'code_block': {
        const [first, end] = t.map!;
        push('code', first, Math.max(first, end - 1), blank(source.slice(lineStarts[first], lineEnd(Math.max(first, end - 1)))));
        break;
      }
      case 'html_block': {
        const [first, end] = t.map!;
        push('html', first, Math.max(first, end - 1), blank(source.slice(lineStarts[first], lineEnd(Math.max(first, end - 1)))));
        break;
      }
      default: break;
    }
  }

  const comments = findComments(source, lineStarts, lines, blocks);
  return createUnits({ source, lineStarts, frontMatter, sections, blocks, comments });
}

function findComments(source: string, lineStarts: number[], lines: string[], blocks: Block[]): Comment[] {
  const code = blocks.filter(b => b.kind === 'code');
  const out: Comment[] = [];
  const re = /<!--([\s\S]*?)-->/g;
  const lineOf = (off: number): number => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= off) lo = mid; else hi = mid - 1; }
    return lo;
  };
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const start = m.index, end = start + m[0].length;
    if (code.some(b => start >= b.start && start < b.end)) continue;
    const line = lineOf(start), endLine = lineOf(end - 1);
    const standalone = lines[line].slice(0, start - lineStarts[line]).trim() === '' &&
      lines[endLine].slice(end - lineStarts[endLine]).trim() === '';
    out.push({ body: m[1].trim(), start, end, line, endLine, standalone });
  }
  return out;
}
