import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/core/engine';
import { parse } from '../../src/core/parse';
import { PROFILES, type Profile } from '../../src/core/profiles';

/** The axes table of LABELS.md (the spec), kept here too so the test runs without ../shared. */
const AXES: Record<string, string[]> = {
  'alibaba-pm': ['kpi-anchor', 'trade-offs', 'ownership', 'risk-mitigation', 'customer-privacy', 'ecosystem'],
  'alibaba-tpm': ['scope-framing', 'business-context', 'cross-bu-dependencies', 'operational-realism', 'escalation-framing'],
  'ant-pm': ['constraint-negotiation', 'party-mapping', 'state-design', 'fallback-ownership', 'auditability'],
  'alihealth-pm': ['clinical-workflow', 'regulatory-pathway', 'data-privacy', 'stakeholders', 'health-outcomes'],
};
const LABELS_MD = resolve(__dirname, '../../../shared/corpus/LABELS.md');

const TAB_STOP = /\$\{(\d+):([^}]*)\}/g;
/** A template as the user sees it after "New Answer": every tab stop replaced by its placeholder text. */
function renderTemplate(p: Profile): string {
  const body = p.template.map(s => s.body).join('\n\n').replace(TAB_STOP, (_m, _n, text: string) => text);
  return `---\nprofile: ${p.id}\n---\n\n${body}\n`;
}

describe('profiles', () => {
  it('has the four profiles with their axes exactly as LABELS.md lists them', () => {
    assert.deepEqual(Object.fromEntries(PROFILES.map(p => [p.id, p.axes.map(a => a.id)])), AXES);
    if (!existsSync(LABELS_MD)) return;
    const md = readFileSync(LABELS_MD, 'utf8');
    for (const [id, axes] of Object.entries(AXES)) {
      const row = md.split('\n').find(l => l.startsWith(`| \`${id}\``));
      assert.ok(row, `LABELS.md row for ${id}`);
      assert.deepEqual([...row.split('|')[2].matchAll(/`([^`]+)`/g)].map(m => m[1]), axes);
    }
  });

  for (const p of PROFILES) {
    describe(p.id, () => {
      it('describes itself and every axis for a human', () => {
        assert.ok(p.description.length > 40);
        for (const a of p.axes) {
          assert.ok(a.label && a.label !== a.id, `${a.id} label`);
          assert.ok(a.lookFor.length > 20 && !a.lookFor.includes('\n'), `${a.id} lookFor is one line`);
        }
      });

      it('has 8–10 practice prompts, none repeated', () => {
        assert.ok(p.prompts.length >= 8 && p.prompts.length <= 10, `${p.prompts.length} prompts`);
        assert.equal(new Set(p.prompts).size, p.prompts.length);
      });

      it('has a template whose sections parse, each under its own heading', () => {
        assert.ok(p.template.length >= 4);
        for (const s of p.template) {
          const m = parse(s.body.replace(TAB_STOP, (_m, _n, text: string) => text));
          assert.equal(m.sections.length, 1, `${s.title}: one heading`);
          assert.ok(m.blocks.length > 1, `${s.title}: a body`);
        }
      });

      it('numbers its tab stops once each, in order, every one holding an <angle-bracket> placeholder', () => {
        const stops = [...p.template.map(s => s.body).join('\n').matchAll(TAB_STOP)];
        assert.deepEqual(stops.map(m => Number(m[1])), stops.map((_m, i) => i + 1));
        for (const m of stops) assert.match(m[2], /<[^<>]+>/, `tab stop ${m[1]}`);
        assert.ok(!/\$(?!\{\d+:)/.test(p.template.map(s => s.body).join('\n')), 'no bare $ or mirrored tab stops');
      });

      it('yields only unfilled-placeholder findings when rendered (every required part is there)', () => {
        const a = analyze(renderTemplate(p));
        assert.equal(a.profile.id, p.id);
        const other = a.findings.filter(f => f.rule !== 'unfilled-placeholder');
        assert.deepEqual(other.map(f => `${f.range.start.line + 1} ${f.rule}`), []);
        assert.ok(a.findings.length > 0, 'the placeholders themselves are flagged');
      });

      it('earns no rubric score while it is still a template', () => {
        for (const axis of analyze(renderTemplate(p)).rubric!.axes) assert.equal(axis.score, 0, axis.id);
      });
    });
  }

  it('mixes Chinese and English prompts across the bank', () => {
    const all = PROFILES.flatMap(p => p.prompts);
    assert.ok(all.some(s => /\p{Script=Han}/u.test(s)));
    assert.ok(all.some(s => !/\p{Script=Han}/u.test(s)));
  });
});
