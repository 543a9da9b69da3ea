/**
 * The VS Code adapter's per-document incremental analyzers (src/vscode/analyzers.ts): results
 * equal analyze() with the same options; an edit in one section re-parses one chunk and re-checks
 * one block; a changed config or profile override, or a dropped document, starts afresh.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/core/config/types';
import { DocumentAnalyzers } from '../../src/vscode/analyzers';
import { comparable } from '../../scripts/fuzz';

const sections = Array.from({ length: 12 }, (_, i) => `# Part ${i}\n\nThe service ${i} is scalable and fast. We will decide the owner later.\n\n- item ${i}\n`);
const doc = `---\nprofile: alibaba-pm\n---\n${sections.join('\n')}`;
const edited = doc.replace('The service 6 is', 'The order service 6 is');

describe('per-document incremental analyzers (VS Code adapter)', () => {
  it('reuses the document\'s analyzer: an edit in one section re-parses one chunk, re-checks one block, and equals analyze()', () => {
    const analyzers = new DocumentAnalyzers();
    const opts = { config: DEFAULT_CONFIG };
    assert.deepStrictEqual(comparable(analyzers.analyze('file:///a.md', doc, opts)), comparable(analyze(doc)));
    const first = analyzers.stats('file:///a.md')!;
    assert.equal(first.chunksParsed, first.chunks, 'a new analyzer parses every chunk');
    assert.ok(first.chunks >= 12);
    // The adapter resolves the config again for every lint: an equal config keeps the analyzer.
    const got = analyzers.analyze('file:///a.md', edited, { config: { ...DEFAULT_CONFIG, rules: {} } });
    assert.deepStrictEqual(comparable(got), comparable(analyze(edited)));
    assert.deepEqual(analyzers.stats('file:///a.md'), { chunks: first.chunks, chunksParsed: 1, blocksChecked: 1, blocksReused: first.blocksChecked - 1 });
  });

  it('keeps one analyzer per document', () => {
    const analyzers = new DocumentAnalyzers();
    const opts = { config: DEFAULT_CONFIG };
    analyzers.analyze('file:///a.md', doc, opts);
    analyzers.analyze('file:///b.md', edited, opts);
    analyzers.analyze('file:///a.md', edited, opts);
    assert.equal(analyzers.stats('file:///a.md')!.chunksParsed, 1, 'a keeps its own cache');
    analyzers.analyze('file:///b.md', edited, opts);
    assert.equal(analyzers.stats('file:///b.md')!.chunksParsed, 0, 'b keeps its own cache');
  });

  it('starts afresh when the config or the profile override changes, and equals analyze() with the new options', () => {
    const analyzers = new DocumentAnalyzers();
    analyzers.analyze('k', doc, { config: DEFAULT_CONFIG });
    const chunks = analyzers.stats('k')!.chunks;
    const off: ResolvedConfig = { ...DEFAULT_CONFIG, rules: { 'vague-term': { severity: 'off' } } };
    const before = analyze(edited).findings.filter(f => f.rule === 'vague-term').length;
    assert.ok(before > 0, 'the text has vague-term findings to switch off');
    const got = analyzers.analyze('k', edited, { config: off });
    assert.equal(analyzers.stats('k')!.chunksParsed, chunks, 'a new analyzer for the new config');
    assert.equal(got.findings.filter(f => f.rule === 'vague-term').length, 0);
    assert.deepStrictEqual(comparable(got), comparable(analyze(edited, { config: off })));

    const forced = analyzers.analyze('k', edited, { config: off, profile: 'ant-pm' });
    assert.equal(analyzers.stats('k')!.chunksParsed, chunks, 'a new analyzer for the profile override');
    assert.equal(forced.profile.id, 'ant-pm');
    assert.deepStrictEqual(comparable(forced), comparable(analyze(edited, { config: off, profile: 'ant-pm' })));
  });

  it('forgets a dropped document', () => {
    const analyzers = new DocumentAnalyzers();
    analyzers.analyze('k', doc, { config: DEFAULT_CONFIG });
    assert.ok(analyzers.has('k'));
    analyzers.drop('k');
    assert.ok(!analyzers.has('k'));
    assert.equal(analyzers.stats('k'), undefined);
    analyzers.analyze('k', doc, { config: DEFAULT_CONFIG });
    assert.equal(analyzers.stats('k')!.chunksParsed, analyzers.stats('k')!.chunks, 'parsed afresh');
    analyzers.clear();
    assert.ok(!analyzers.has('k'));
  });

  it('passes an unknown profile override up as analyze() does, keeping no analyzer', () => {
    const analyzers = new DocumentAnalyzers();
    assert.throws(() => analyzers.analyze('k', doc, { config: DEFAULT_CONFIG, profile: 'nope' }), /Unknown profile 'nope'/);
    assert.ok(!analyzers.has('k'));
  });
});
