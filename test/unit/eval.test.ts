import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, failures, precision, recall, report } from '../../scripts/eval';

describe('eval', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'debrief-eval-'));
    writeFileSync(join(dir, '01-a.md'), [
      '## Impact', '', 'Lift GMV from ¥1M to ¥2M.', '', '## Risks', '', '| Risk | Mitigation | Owner |', '|---|---|---|',
      '| Overspend | Pause the campaign | |', '',
    ].join('\n'));
    writeFileSync(join(dir, '01-a.labels.json'), JSON.stringify({
      profile: 'alibaba-pm',
      findings: [{ line: 9, rule: 'missing-owner' }, { line: 3, rule: 'vague-term' }],
      axes: { 'kpi-anchor': true, 'customer-privacy': false, ecosystem: true },
    }));
    writeFileSync(join(dir, 'LABELS.md'), '# not an answer\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('matches findings on (line, rule) and scores axes as evidenced ⇔ score > 0', () => {
    const r = evaluate(dir);
    const fn = r.misses.find(m => m.kind === 'FN' && m.rule === 'vague-term');
    assert.deepEqual(fn && { file: fn.file, line: fn.line }, { file: '01-a.md', line: 3 });
    assert.equal(r.micro.fn >= 1, true);
    assert.deepEqual({ correct: r.axes.correct, total: r.axes.total }, { correct: 2, total: 3 });
    assert.deepEqual(r.axisMisses.map(a => a.axis), ['ecosystem']);
    assert.deepEqual(r.axes.byProfile.get('alibaba-pm'), { correct: 2, total: 3 });
  });

  it('reports thresholds it misses and prints the misses with --verbose', () => {
    const r = evaluate(dir);
    const fails = failures(r);
    assert.ok(fails.some(f => f.startsWith('axis accuracy 0.67')));
    assert.ok(fails.some(f => f.startsWith('vague-term: recall 0.00')));
    const text = report(r, true);
    assert.match(text, /FN vague-term 01-a\.md:3/);
    assert.match(text, /AXIS alibaba-pm\/ecosystem 01-a\.md: expected evidenced, score 0/);
    assert.doesNotMatch(report(r, false), /AXIS/);
  });

  it('treats a rule with nothing to find as perfect', () => {
    assert.equal(precision({ tp: 0, fp: 0, fn: 0 }), 1);
    assert.equal(recall({ tp: 0, fp: 0, fn: 0 }), 1);
    assert.equal(precision({ tp: 1, fp: 3, fn: 0 }), 0.25);
  });
});

describe('judgment quality on the labelled corpus (../shared/corpus)', () => {
  const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
  it('meets every threshold: micro precision ≥ 0.90, recall ≥ 0.85, each rule ≥ 0.75, axis accuracy ≥ 0.90', function () {
    if (!existsSync(corpus)) this.skip();
    const r = evaluate(corpus);
    assert.ok(r.micro.tp > 0, 'the corpus has labelled findings');
    assert.deepEqual(failures(r), []);
  });
});

describe('judgment quality on the held-out answers (test/heldout)', () => {
  const root = join(__dirname, '..', 'heldout');
  const sets = readdirSync(root, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name).sort();
  it('has held-out sets', () => assert.ok(sets.length >= 8, sets.join(', ')));
  for (const set of sets) {
    it(`set ${set}: micro precision ≥ 0.90 and recall ≥ 0.85`, () => {
      const r = evaluate(join(root, set));
      const p = precision(r.micro), rc = recall(r.micro);
      assert.ok(r.micro.tp > 0, 'labelled findings');
      assert.ok(p >= 0.9 && rc >= 0.85, `precision ${p.toFixed(2)}, recall ${rc.toFixed(2)}`);
    });
  }
});
