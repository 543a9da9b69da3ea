/**
 * Incremental re-analysis equals a full analyze() after every edit of random edit sequences
 * (insertions, deletions, replacements of headings, fences, table rows, comments …), for the
 * registered rules plus two probe rules added for the duration of this file: a block rule that
 * reads units, the section heading and the table header and offers fixes, and a document rule.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/engine';
import { createIncrementalAnalyzer } from '../../src/core/incremental';
import { RULES } from '../../src/core/rules';
import { defineRule, type Rule } from '../../src/core/rules/rule';
import { checkEditSession, checkInvariants, comparable, editSession } from '../../scripts/fuzz';

const probeBlock = defineRule({
  meta: { id: 'probe-block', description: 'test probe', defaultSeverity: 'warning', tags: [], messages: { word: "'{w}' under '{h}'", empty: 'empty owner' }, fixable: true },
  checkBlock(ctx, block) {
    const heading = ctx.headingOf(block);
    for (const unit of ctx.model.unitsOf(block)) {
      for (const m of unit.text.matchAll(/scalable|secure|高可用|TBD/g)) {
        const start = unit.start + m.index!;
        ctx.report({ messageId: 'word', data: { w: m[0], h: heading }, start, end: start + m[0].length, unit,
          fix: { title: 'drop', edits: [{ start, end: start + m[0].length, newText: '' }] } });
      }
    }
    const owner = block.table?.header.findIndex(h => /owner/i.test(h)) ?? -1;
    if (owner >= 0 && !block.isHeader && block.cells && (block.cells[owner]?.text ?? '') === '') {
      ctx.report({ messageId: 'empty', start: block.start, end: block.end, unit: ctx.model.unitAt(block, block.start) });
    }
  },
  // The same rule from the document side: a repeat of a block report (same range and message,
  // de-duplicated away) and a tie with it (same start, another message, sorted after it).
  checkDocument(ctx) {
    for (const block of ctx.prose()) {
      for (const unit of ctx.model.unitsOf(block)) {
        const i = unit.text.indexOf('TBD');
        if (i < 0) continue;
        const start = unit.start + i;
        ctx.report({ messageId: 'word', data: { w: 'TBD', h: ctx.headingOf(block) }, start, end: start + 3, unit });
        ctx.report({ messageId: 'empty', start, end: start + 3, unit });
      }
    }
  },
});
const probeDocument = defineRule({
  meta: { id: 'probe-document', description: 'test probe', defaultSeverity: 'info', tags: [], messages: { none: 'no design', many: '{n} sections' } },
  checkDocument(ctx) {
    const { model } = ctx;
    if (!model.sections.some(s => /design/i.test(s.heading))) ctx.report({ messageId: 'none', start: 0, end: 0 });
    let sentences = 0;
    for (const b of ctx.prose()) sentences += model.unitsOf(b).length;
    const last = model.sections[model.sections.length - 1];
    if (last) ctx.report({ messageId: 'many', data: { n: `${model.sections.length}/${sentences}` }, start: model.lineStarts[last.line], end: model.lineStarts[last.line] });
  },
});

describe('incremental re-analysis', () => {
  const probes: Rule[] = [probeBlock, probeDocument];
  before(() => { (RULES as Rule[]).push(...probes); });
  after(() => { for (const p of probes) (RULES as Rule[]).splice((RULES as Rule[]).indexOf(p), 1); });

  it('equals analyze() after every edit of random edit sequences (100 sequences, seed 424242)', () => {
    fc.assert(fc.property(editSession, checkEditSession), { numRuns: 100, seed: 424242 });
  });

  it('equals analyze() with an explicit profile and with the rubric off', () => {
    const doc = '# Design\n\nThe order service is scalable.\n\n## Risks\n\n| Risk | Owner |\n|---|---|\n| outage | |\n';
    for (const opts of [{ profile: 'ant-pm' }, { rubric: false }]) {
      const inc = createIncrementalAnalyzer(opts);
      inc.update(doc);
      const edited = doc.replace('scalable', 'secure and scalable');
      assert.deepStrictEqual(comparable(inc.update(edited)), comparable(analyze(edited, opts)));
    }
    assert.throws(() => createIncrementalAnalyzer({ profile: 'nope' }), /Unknown profile 'nope'/);
  });

  it('re-parses only the chunk an edit touches and reuses the other blocks', () => {
    const sections = Array.from({ length: 40 }, (_, i) => `## Section ${i}\n\nThe service ${i} is scalable. It is secure.\n\n- item ${i}\n`);
    const doc = `# Answer\n\n${sections.join('\n')}`;
    const inc = createIncrementalAnalyzer();
    inc.update(doc);
    assert.equal(inc.stats.chunks, 41);
    const edited = doc.replace('The service 20 is', 'The service 20 (edited) is');
    const got = inc.update(edited);
    assert.equal(inc.stats.chunksParsed, 1);
    assert.equal(inc.stats.blocksChecked, 1, 'only the edited paragraph is checked again');
    assert.deepStrictEqual(comparable(got), comparable(analyze(edited)));
  });

  it('equals analyze() for every text of a typing session in one analyzer (real rules and probes)', () => {
    // Keystrokes a writer makes in a long answer: a sentence typed into a middle section, a risk
    // row filled in, a heading typed, a disable comment, a heading renamed, the profile changed,
    // a section deleted, an unclosed fence swallowing the rest, then closed, then all deleted.
    const sections = ['Scope', 'Impact', 'Design', 'Risks', 'Rollout', 'Open questions'];
    let doc = `---\nprofile: alibaba-pm\n---\n# Refund pipeline\n\n${sections.map((h, i) => `${i % 2 ? '##' : '#'} ${h}\n\nSection ${i} stays robust and fast at peak. We will improve conversion later.\n\n- item ${i} is scalable\n`).join('\n')}` +
      '\n| Risk | Owner | Trigger |\n|---|---|---|\n| acquirer outage | TBD | |\n';
    const texts: string[] = [doc];
    const typeAt = (anchorText: string, typed: string): void => {
      assert.ok(doc.includes(anchorText), anchorText);
      const at = doc.indexOf(anchorText) + anchorText.length;
      for (let i = 1; i <= typed.length; i++) texts.push(doc.slice(0, at) + typed.slice(0, i) + doc.slice(at));
      doc = texts[texts.length - 1];
    };
    typeAt('Section 2 stays robust and fast at peak.', ' Writes are sharded on order_id, p99 < 200 ms, 高可用。');
    typeAt('| acquirer outage | ', 'payments on-call SRE');
    typeAt('- item 4 is scalable\n', '\n# Fallback\n\nIf the queue backs up, we degrade.\n');
    typeAt('# Design\n\n', '<!-- debrief-disable-next-line vague-term -->\n');
    typeAt('## Risks', ' and fallbacks');
    texts.push(doc = doc.replace('profile: alibaba-pm', 'profile: ant-pm'));
    texts.push(doc = doc.replace(/# Rollout[\s\S]*?(?=## Open)/, ''));
    texts.push(doc = doc.replace('## Open questions', '```\n## Open questions'), doc = `${doc}\n\`\`\`\nafter the fence, fast.\n`, '');
    const inc = createIncrementalAnalyzer();
    for (const text of texts) {
      const got = inc.update(text);
      checkInvariants(text, got);
      assert.deepStrictEqual(comparable(got), comparable(analyze(text)));
    }
    assert.ok(texts.length > 100);
  });

  it('merges chunks when a heading-like line sits inside a fence, an HTML block or a comment', () => {
    const doc = '# A\n\n```\n# not a heading\n```\n# B\n<!--\n# hidden\n-->\n# C\n<div>\n# in html\n\n# D\ntext <!-- open\n\n# E\n--> scalable\n';
    const inc = createIncrementalAnalyzer();
    const got = inc.update(doc);
    assert.deepStrictEqual(comparable(got), comparable(analyze(doc)));
    assert.deepEqual(got.model.sections.map(s => s.heading), ['A', 'B', 'C', 'D', 'E']);
  });
});
