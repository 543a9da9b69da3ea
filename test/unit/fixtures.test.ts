/**
 * Rule fixtures: test/fixtures/rules/<rule-id>.md (and variants <rule-id>.<variant>.md).
 *
 * Marker syntax (HTML comments, so they never affect what the rules see):
 *
 *   Some sentence that should be flagged. <!-- expect: vague-term -->
 *   A line two rules flag. <!-- expect: deferred-decision, missing-owner -->
 *   | Row risk <!-- expect: missing-owner --> | Mitigation | |
 *   <!-- expect-document: missing-section -->
 *
 * - `<!-- expect: RULE[, RULE…] -->` expects each RULE to be reported on the line the comment
 *   starts on (1-based; the line where the offending sentence, list item or table row starts,
 *   as LABELS.md counts lines). In table rows put the marker inside a cell (usually the first),
 *   so it does not add a cell to the row.
 * - `<!-- expect-document: RULE[, RULE…] -->`, anywhere in the file, expects RULE on line 1
 *   (document-level findings such as missing-section; line 1 is the front-matter fence).
 * - A line with no marker expects nothing. The comparison is over the WHOLE set of
 *   (line, rule) pairs the engine reports for the fixture, with every rule of the profile on.
 * - Markers inside fenced code are not markers (the parser does not see comments there).
 * - Each fixture starts with front matter `---\nprofile: <id>\n---`; it is analysed with that profile.
 * - `<rule-id>.md` must expect its own rule at least once; a variant `<rule-id>.<variant>.md` need
 *   not (stack-mismatch.alihealth.md shows the rule does not apply; missing-section.present.md
 *   has every part under unusual headings).
 *
 * After the comparison, every finding's fix is applied (non-overlapping edits, from the end of
 * the document backwards; identical edits once; overlapping edits wait for another pass), the
 * result is linted again, and no finding of the fixture's rule that still carries a fix may remain.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, lint } from '../../src/core/engine';
import type { Comment } from '../../src/core/model';
import { parse } from '../../src/core/parse';
import { RULE_IDS } from '../../src/core/rules';
import type { Finding, TextEdit } from '../../src/core/types';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'rules');

export interface Fixture { file: string; rule: string; source: string }

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter(f => f.endsWith('.md'))
    .sort()
    .map(file => ({ file, rule: file.split('.')[0], source: readFileSync(join(FIXTURE_DIR, file), 'utf8') }));
}

const EXPECT = /^expect(-document)?\s*:\s*([\s\S]*)$/;

/** "line|rule" keys the markers of a fixture ask for. */
export function expectedPairs(comments: Comment[]): Set<string> {
  const out = new Set<string>();
  for (const c of comments) {
    const m = EXPECT.exec(c.body);
    if (!m) continue;
    const line = m[1] ? 1 : c.line + 1;
    for (const rule of m[2].split(/[\s,]+/).filter(Boolean)) out.add(`${line}|${rule}`);
  }
  return out;
}

export function markerRules(comments: Comment[]): string[] {
  return [...expectedPairs(comments)].map(k => k.split('|')[1]);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Applies the edits of every finding's fix, from the end of the document backwards, skipping an
 * edit that overlaps one already applied. Returns the new text and how many edits were skipped.
 */
export function applyFixes(source: string, findings: Finding[]): { text: string; skipped: number } {
  const starts = lineStarts(source);
  const offset = (p: { line: number; column: number }): number => starts[p.line] + p.column;
  const seen = new Set<string>();
  const edits = findings.flatMap(f => f.fix?.edits ?? [])
    .map((e: TextEdit) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .filter(e => { const k = `${e.start}:${e.end}:${e.newText}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let text = source;
  let floor = Infinity; // start of the leftmost edit applied so far
  let skipped = 0;
  for (const e of edits) {
    if (e.end > floor) { skipped++; continue; }
    text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    floor = e.start;
  }
  return { text, skipped };
}

function describePair(key: string, lines: string[]): string {
  const [line, rule] = key.split('|');
  const text = (lines[Number(line) - 1] ?? '').trim();
  return `  ${line.padStart(4)}  ${rule.padEnd(20)} ${text.length > 100 ? text.slice(0, 97) + '...' : text}`;
}

describe('rule fixtures', () => {
  const fixtures = loadFixtures();

  it('exist for every rule in RULES, and every fixture and marker names a known rule', () => {
    const names = new Set(fixtures.map(f => f.rule));
    const missing = RULE_IDS.filter(id => !names.has(id));
    assert.deepEqual(missing, [], `rules without a fixture in test/fixtures/rules: ${missing.join(', ')}`);
    const unknown = fixtures.filter(f => !RULE_IDS.includes(f.rule)).map(f => f.file);
    assert.deepEqual(unknown, [], `fixtures named after no known rule (known: ${RULE_IDS.join(', ') || 'none yet'})`);
    for (const f of fixtures) {
      const bad = markerRules(parse(f.source).comments).filter(r => !RULE_IDS.includes(r));
      assert.deepEqual(bad, [], `${f.file}: markers name unknown rules`);
    }
  });

  for (const fx of fixtures) {
    describe(fx.file, () => {
      const model = parse(fx.source);
      const profile = model.frontMatter?.profile;

      it('declares a profile in front matter and expects its own rule', () => {
        assert.ok(profile, `${fx.file} must start with front matter naming a profile`);
        assert.ok(fx.source.startsWith('---\nprofile: '), `${fx.file} must start with ---\\nprofile: <id>`);
        const rules = new Set(markerRules(model.comments));
        // A "does not apply" variant (e.g. stack-mismatch.alihealth.md) expects nothing of its rule.
        if (fx.file.split('.').length === 2) assert.ok(rules.has(fx.rule), `${fx.file} has no marker for ${fx.rule}`);
      });

      it('reports exactly the marked (line, rule) pairs', () => {
        const { findings } = analyze(fx.source, { profile, rubric: false });
        const actual = new Set(findings.map(f => `${f.range.start.line + 1}|${f.rule}`));
        const expected = expectedPairs(model.comments);
        const lines = fx.source.split('\n');
        const missing = [...expected].filter(k => !actual.has(k)).sort(byLine);
        const unexpected = [...actual].filter(k => !expected.has(k)).sort(byLine);
        if (missing.length || unexpected.length) {
          assert.fail([
            `${fx.file} (profile ${profile}): ${missing.length} missing, ${unexpected.length} unexpected`,
            ...(missing.length ? ['missing (marked but not reported):', ...missing.map(k => describePair(k, lines))] : []),
            ...(unexpected.length ? ['unexpected (reported but not marked):', ...unexpected.map(k => describePair(k, lines))] : []),
          ].join('\n'));
        }
      });

      it(`leaves no fixable ${fx.rule} finding after its fixes are applied`, () => {
        let text = fx.source;
        for (let pass = 0; pass < 10; pass++) {
          const findings = lint(text, { profile });
          if (!findings.some(f => f.fix)) break;
          const r = applyFixes(text, findings);
          text = r.text;
          if (r.skipped === 0) break;
        }
        const left = lint(text, { profile }).filter(f => f.rule === fx.rule && f.fix);
        const lines = text.split('\n');
        assert.deepEqual(left.map(f => `${f.range.start.line + 1}: ${f.message} | ${lines[f.range.start.line]?.trim()}`), [],
          `${fx.file}: fixable ${fx.rule} findings remain after applying every fix`);
      });
    });
  }
});

function byLine(a: string, b: string): number {
  return Number(a.split('|')[0]) - Number(b.split('|')[0]) || a.localeCompare(b);
}
