/**
 * Hostile-input fuzzing: random Markdown built from fragments (unicode, CJK, emoji and surrogate
 * pairs, lone surrogates, CRLF and lone CR, NUL, very long lines, unclosed fences, ragged tables,
 * nested lists and quotes, front-matter fragments, HTML and debrief-disable comments, vague
 * words), checked against the invariants every analysis must keep.
 *
 * The arbitraries and `checkInvariants` are shared with test/unit/fuzz.test.ts (a short, seeded
 * run in `npm test`) and test/unit/incremental.test.ts.
 *
 * `npm run fuzz` also runs a tenth as many edit sessions through the incremental analyzer (the
 * property test/unit/incremental.test.ts runs 100 of), each edit checked against analyze().
 *
 *   npm run fuzz -- [runs=20000] [seed=random]
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, type Analysis } from '../src/core/engine';
import { createIncrementalAnalyzer } from '../src/core/incremental';
import type { Position, Range } from '../src/core/types';

const VAGUE = ['scalable', 'secure', 'fast', 'highly available', 'robust', 'reliable', 'efficient', 'seamless', 'real-time',
  'low latency', 'cloud-native', 'microservices', 'best practices', '高可用', '可扩展', '高性能', '高并发', '安全', '稳定', '实时', '快速'];
const WORDS = ['we', 'will', 'the', 'order', 'service', 'payment', 'rollback', 'on-call SRE', 'TBD', 'TODO', '<metric>', 'later',
  'p99 < 200 ms', '99.99%', 'Kafka', 'RocketMQ', 'idempotency key', 'alert', 'if', 'latency is high', 'improve conversion',
  'owner', 'risk', '风险', '负责人', '以后再优化', '待定', '我们', 'I', 'sharding on order_id', '3%', '¥5', 'QPS'];
const ODD = ['😀', '👩‍👩‍👧', '𠀀', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0000', '\t', '\uFEFF', '\u200B', '\u2028', '\r', 'é', 'e\u0301',
  '\\', '`', '*', '_', '|', '<', '>', '[', ']', '(', ')', '#', '&amp;', '。', '，', '！', '？'];

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...VAGUE) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100000 }).map(String) },
);
const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '. ', '。', '!', '?', '', ';', '…'))
  .map(([ws, end]) => ws.join(' ') + end);
const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map(s => s.join(' '));

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 1, arbitrary: text.map(t => `${t}\n${'='.repeat(3)}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2) ', '  - ', '    - ', '- [ ] ', '> ', '> > ', '> - ', '-   > '), text).map(([m, t]) => m + t) },
  { weight: 2, arbitrary: fc.tuple(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 4 }), fc.boolean())
    .map(([head, rows, pipes]) => {
      const row = (cells: string[]) => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
      return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
    }) },
  { weight: 1, arbitrary: fc.constantFrom('| Risk | Owner | Mitigation |\n|---|---|---|\n| DB down | TBD | failover |\n| x |', '|a|\n|-|\n|b|c|d|', '| a \\| b | `x|y` |\n|--|--|') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````', '```js', '    '), text, fc.boolean()).map(([f, t, close]) => `${f}\n${t}${close ? `\n${f.trim()}` : ''}`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '---\nprofile: ant-pm\nprompt: "Design X"\n---', '---\nprofile: bogus\n---', '---\nprofile: alihealth-pm', '...', '***') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('debrief-disable', 'debrief-enable', 'debrief-disable-next-line', 'debrief-disable-line',
    'debrief-disable vague-term', 'debrief-disable-next-line missing-owner, vague-term', 'debrief-disable -- why', 'note'), fc.boolean())
    .map(([body, close]) => `<!-- ${body}${close ? ' -->' : ''}`) },
  { weight: 1, arbitrary: fc.constantFrom('<div>\n', '<details><summary>x</summary>', '</div>', '<br>', '<script>', '<!---->', '-->') },
  // Very long lines; vague words repeated a few hundred times (1 MB of them is in hostile.test.ts and the bench).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', ' ', 'word ', '😀', '|', 'a. ', '中文'), fc.integer({ min: 200, max: 4000 })).map(([s, n]) => s.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('scalable ', '高可用', 'secure, ', '| fast '), fc.integer({ min: 2, max: 300 })).map(([s, n]) => s.repeat(n)) },
);
const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', ' ', '', '\n\n\n', '\r');

/** Random hostile Markdown fragments (each may end without a line break). */
export const markdownFragment: fc.Arbitrary<string> = fc.tuple(fragment, separator).map(([f, s]) => f + s);

/** A random hostile Markdown document. */
export const markdownDoc: fc.Arbitrary<string> = fc.array(markdownFragment, { maxLength: 24 }).map(parts => parts.join(''));


/** Lines as the model and VS Code count them: \n, \r\n and a lone \r each end a line. */
function lineTexts(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

function checkPosition(lines: string[], p: Position, what: string): void {
  assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1}`);
  const line = lines[p.line];
  assert.ok(Number.isInteger(p.column) && p.column >= 0 && p.column <= line.length, `${what}: column ${p.column} outside line ${p.line} (length ${line.length})`);
  const before = line.charCodeAt(p.column - 1), at = line.charCodeAt(p.column);
  assert.ok(!(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff), `${what}: ${p.line}:${p.column} splits a surrogate pair`);
}

function checkRange(lines: string[], r: Range, what: string): void {
  checkPosition(lines, r.start, `${what} start`);
  checkPosition(lines, r.end, `${what} end`);
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.column <= r.end.column), `${what}: start after end`);
}

/** What is compared for determinism and incremental equality (the model's functions aside). */
export function comparable(a: Analysis): unknown {
  const m = a.model;
  return { profile: a.profile.id, findings: a.findings, rubric: a.rubric, notices: a.notices,
    model: { lineStarts: m.lineStarts, frontMatter: m.frontMatter, sections: m.sections, blocks: m.blocks, comments: m.comments } };
}

/** Asserts every invariant of one analysis of `source`. */
export function checkInvariants(source: string, a: Analysis): void {
  const lines = lineTexts(source);
  for (const f of a.findings) {
    const what = `${f.rule}/${f.messageId}`;
    checkRange(lines, f.range, what);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${what}: empty message`);
    for (const e of f.fix?.edits ?? []) checkRange(lines, e.range, `${what} fix edit`);
  }
  for (const n of a.notices) assert.ok(n.line >= 0 && n.line < lines.length, `notice line ${n.line}`);
  for (const axis of a.rubric?.axes ?? []) {
    assert.ok(axis.score >= 0 && axis.score <= 5, `${axis.id}: score ${axis.score}`);
    for (const e of axis.evidence) assert.ok(Number.isInteger(e.line) && e.line >= 0 && e.line < lines.length, `${axis.id}: evidence line ${e.line}`);
  }
  for (const b of a.model.blocks) {
    assert.equal(b.text.length, b.end - b.start, `block at line ${b.line}: masked text length`);
    assert.ok(b.line <= b.endLine && b.endLine < lines.length, `block lines ${b.line}..${b.endLine}`);
  }
}

/** Analyse twice: never throws, keeps the invariants, same input gives the same output. */
export function checkDocument(source: string): void {
  const first = analyze(source);
  checkInvariants(source, first);
  assert.deepStrictEqual(comparable(analyze(source)), comparable(first), 'analysis is not deterministic');
}

// ---- edit sessions: incremental analysis equals a full one after every edit ----

/** Fragments that move chunk boundaries: headings, fences, comments, disable comments, tables, front matter. */
const structured = fc.oneof(
  { weight: 3, arbitrary: markdownFragment.filter(f => f.length <= 600) },
  { weight: 2, arbitrary: fc.constantFrom('# Design\n', '## Risks\n', '# 设计\n', '### Impact\n', '#Not a heading\n', '# \n', '\n# Owner table\n',
    '\n**Risks**\n\n', '__Design:__\n', '**Not a heading.**\n') },
  { weight: 1, arbitrary: fc.constantFrom('```\n', '~~~\n', '```\n# inside fence\n```\n', '<!--\n', '-->\n', '<div>\n', '\n\n') },
  { weight: 1, arbitrary: fc.constantFrom('<!-- debrief-disable vague-term -->\n', '<!-- debrief-disable-next-line -->\n', '<!-- debrief-enable -->\n',
    '<!-- debrief-disable-line missing-owner --> Rollback: TBD.\n', '<!-- debrief-disable -->\n') },
  { weight: 1, arbitrary: fc.constantFrom('| Risk | Owner |\n|---|---|\n', '| outage | |\n', '| fraud | risk ops |\n', '| TBD | TBD |\n') },
  { weight: 1, arbitrary: fc.constantFrom('---\nprofile: ant-pm\n---\n', 'The shard map is scalable.\n', '高可用。\n', '- secure\n  - nested scalable\n', '> quoted scalable\n') },
);
const sessionDoc = fc.array(structured, { maxLength: 24 }).map(p => p.join(''));
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 400 })),
  insert: fc.oneof(fc.constant(''), structured, fc.constantFrom('x', '#', '\n', '`', '|', '<!--', '\r\n', '\r', '\r# Design\r')),
});

export function applyEdit(doc: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * doc.length);
  return doc.slice(0, at) + e.insert + doc.slice(at + e.remove);
}

/** A document and 1–10 edits (insertions, deletions, replacements at random places). */
export const editSession = fc.tuple(sessionDoc, fc.array(editArb, { minLength: 1, maxLength: 10 }));

/** One analyzer through the session: after every edit, the invariants hold and it equals analyze(). */
export function checkEditSession([initial, edits]: [string, { at: number; remove: number; insert: string }[]]): void {
  const inc = createIncrementalAnalyzer();
  let doc = initial;
  for (const e of [null, ...edits]) {
    if (e) doc = applyEdit(doc, e);
    const got = inc.update(doc);
    checkInvariants(doc, got);
    assert.deepStrictEqual(comparable(got), comparable(analyze(doc)), 'incremental analysis differs from analyze()');
  }
}

if (require.main === module) {
  const args = process.argv.slice(2).filter(a => !a.startsWith('--'));
  const runs = Number(args[0] ?? 20000);
  const seed = args[1] !== undefined ? Number(args[1]) : Date.now() % 2 ** 31;
  console.log(`fuzz: ${runs} runs, seed ${seed}`);
  const t0 = Date.now();
  const out = fc.check(fc.property(markdownDoc, doc => { checkDocument(doc); }), { numRuns: runs, seed });
  if (out.failed) {
    console.error(fc.defaultReportMessage(out));
    process.exit(1);
  }
  console.log(`fuzz: ${out.numRuns} runs passed, seed ${seed}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // Edit sessions through the incremental analyzer: a tenth as many (each is up to 11 analyses twice).
  const sessions = Math.max(1, Math.round(runs / 10));
  const t1 = Date.now();
  const inc = fc.check(fc.property(editSession, checkEditSession), { numRuns: sessions, seed });
  if (inc.failed) {
    console.error(fc.defaultReportMessage(inc));
    process.exit(1);
  }
  console.log(`fuzz: ${inc.numRuns} incremental edit sessions passed, seed ${seed}, ${((Date.now() - t1) / 1000).toFixed(1)} s`);
}
