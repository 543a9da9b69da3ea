/**
 * The docs cannot drift from the code: every rule has a page and a fixture, and every
 * generated block (scripts/gen-docs.ts) matches what the metadata renders today.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockOf, END, renderRuleBlock, ROOT, RULE_DOCS, START, targets } from '../../scripts/gen-docs';
import { z } from 'zod';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/rules/rule';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const REGENERATE = 'run `npx tsx scripts/gen-docs.ts`';

describe('docs', () => {
  it('has a page and a fixture for every rule', () => {
    const fixtures = readdirSync(FIXTURES).map(f => f.split('.')[0]);
    const noPage = RULES.map(r => r.meta.id).filter(id => !existsSync(join(RULE_DOCS, `${id}.md`)));
    const noFixture = RULES.map(r => r.meta.id).filter(id => !fixtures.includes(id));
    assert.deepEqual(noPage, [], `rules without docs/rules/<id>.md (${REGENERATE}, then write the prose)`);
    assert.deepEqual(noFixture, [], 'rules without test/fixtures/rules/<id>.md');
  });

  it('has no page for a rule that does not exist', () => {
    const ids = new Set(RULES.map(r => r.meta.id));
    const orphans = readdirSync(RULE_DOCS).filter(f => f.endsWith('.md') && !ids.has(f.slice(0, -3)));
    assert.deepEqual(orphans, [], 'pages in docs/rules for unknown rules');
  });

  for (const t of targets()) {
    const rel = t.file.slice(ROOT.length + 1);
    it(`${rel}: generated block is up to date`, () => {
      assert.ok(existsSync(t.file), `${rel} is missing (${REGENERATE})`);
      const current = blockOf(readFileSync(t.file, 'utf8'));
      assert.ok(current, `${rel} has no ${START} … ${END} block (${REGENERATE})`);
      assert.equal(current, t.block, `${rel}: generated block is stale (${REGENERATE})`);
    });
  }

  it('rule pages explain the rule beyond the generated block', () => {
    for (const r of RULES) {
      const file = join(RULE_DOCS, `${r.meta.id}.md`);
      if (!existsSync(file)) continue; // reported above
      const page = readFileSync(file, 'utf8');
      const prose = page.replace(blockOf(page) ?? '', '');
      for (const heading of ['## Why interviewers care', '## Examples', '## When it does not fire', '## Disabling it']) {
        assert.ok(prose.includes(heading), `docs/rules/${r.meta.id}.md lacks "${heading}"`);
      }
      assert.ok(prose.includes(`<!-- debrief-disable-next-line ${r.meta.id} -->`), `docs/rules/${r.meta.id}.md does not show the inline disable comment`);
    }
  });

  it('renders an option table from a zod options object', () => {
    const rule: Rule = { meta: {
      id: 'example-rule', description: 'An example.', defaultSeverity: 'info', tags: ['example'], messages: {},
      options: z.object({ maxTerms: z.number().int().default(3).describe('How many | terms'), extra: z.array(z.string()).optional() }),
    } };
    const block = renderRuleBlock(rule);
    assert.match(block, /\| Option \| Type \| Default \| Meaning \|/);
    assert.ok(block.includes('| `maxTerms` | integer | `3` | How many \\| terms |'), block);
    assert.ok(block.includes('| `extra` | string[] | — |  |'), block);
    assert.ok(renderRuleBlock({ meta: { ...rule.meta, options: undefined } }).includes('Options: none.'));
  });
});
