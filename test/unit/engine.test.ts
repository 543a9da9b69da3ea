/** The engine's ordering of findings. */
import { strict as assert } from 'node:assert';
import { analyze, compareRuleIds } from '../../src/core/engine';
import { RULE_IDS } from '../../src/core/rules';

describe('engine', () => {
  it('orders rule ids as localeCompare does (without loading the collator)', () => {
    const byCodeUnit = [...RULE_IDS].sort(compareRuleIds);
    assert.deepEqual(byCodeUnit, [...RULE_IDS].sort((a, b) => a.localeCompare(b)));
    for (const id of RULE_IDS) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/, 'an id of lowercase words and hyphens');
  });

  it('sorts findings by line, then column, then rule id', () => {
    const { findings } = analyze('# Design\n\nThe TBD service is scalable and secure, we will decide later.\n\n| Risk | Owner |\n|---|---|\n| outage | |\n');
    assert.ok(findings.length >= 4, 'several findings');
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1], b = findings[i];
      const order = a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || compareRuleIds(a.rule, b.rule);
      assert.ok(order <= 0, `${a.rule}@${a.range.start.line}:${a.range.start.column} before ${b.rule}@${b.range.start.line}:${b.range.start.column}`);
    }
  });
});
