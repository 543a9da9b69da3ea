import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  configJsonSchema, formatProblem, MAX_PHRASES, parseConfigText, resolveConfig, stableJson,
  type ConfigLayer, type ConfigProblem,
} from '../../src/core/config';
import * as z from 'zod/mini';
import { parseConfigTextFor } from '../../src/core/config/parse';
import { PROFILES } from '../../src/core/profiles';
import { RULE_IDS } from '../../src/core/rules';
import { defineRule, type Rule } from '../../src/core/rules/rule';

const FILE = 'proj/.debrief.json';
const problemsOf = (text: string): ConfigProblem[] => parseConfigText(text, FILE).problems;
const keys = (text: string): string[] => problemsOf(text).map(p => p.key);

describe('config: parseConfigText', () => {
  it('accepts a valid file and normalises it', () => {
    const text = JSON.stringify({
      $schema: './node_modules/debrief/schemas/debrief.schema.json',
      profile: 'ant-pm',
      vagueTerms: [' world-class ', '世界一流'],
      ownerRoles: ['growth squad'],
    });
    const r = parseConfigText(text, FILE);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.layer, {
      file: FILE,
      config: { profile: 'ant-pm', vagueTerms: ['world-class', '世界一流'], ownerRoles: ['growth squad'] },
    });
  });

  it('accepts an empty object and a byte-order mark', () => {
    assert.deepEqual(parseConfigText('\uFEFF{}\n', FILE), { layer: { file: FILE, config: {} }, problems: [] });
  });

  it('reports a JSON syntax error once, with its line', () => {
    const r = parseConfigText('{\n  "profile": "ant-pm",\n  "vagueTerms": ["a",]\n}\n', FILE);
    assert.equal(r.layer, undefined);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].key, '');
    assert.equal(r.problems[0].line, 2);
    assert.match(r.problems[0].message, /line 3, column 22/);
    assert.match(r.problems[0].message, /trailing comma/);
  });

  it('explains comments, single quotes, an empty file and trailing garbage', () => {
    assert.match(problemsOf('// hi\n{}')[0].message, /comments are not allowed/);
    assert.match(problemsOf("{'profile': 'ant-pm'}")[0].message, /double quotes/);
    assert.match(problemsOf('  \n')[0].message, /empty/);
    assert.match(problemsOf('{} {}')[0].message, /after the end/);
  });

  it('names the dotted key and its line for wrong types', () => {
    const text = '{\n  "profile": 3,\n  "rules": [],\n  "vagueTerms": ["ok", 7],\n  "ownerRoles": "sre"\n}';
    const ps = problemsOf(text);
    assert.deepEqual(ps.map(p => [p.key, p.line]), [['profile', 1], ['rules', 2], ['vagueTerms[1]', 3], ['ownerRoles', 4]]);
    assert.match(ps[0].message, /got number 3/);
    assert.match(ps[1].message, /rule settings/);
    assert.match(ps[3].message, /list of phrases/);
  });

  it('rejects a top-level value that is not an object', () => {
    const ps = problemsOf('["ant-pm"]');
    assert.equal(ps.length, 1);
    assert.match(ps[0].message, /expected a JSON object, got a list/);
  });

  it('rejects unknown keys with a suggestion', () => {
    const ps = problemsOf('{\n  "vagueterms": ["x"]\n}');
    assert.equal(ps.length, 1);
    assert.equal(ps[0].key, 'vagueterms');
    assert.equal(ps[0].line, 1);
    assert.match(ps[0].message, /unknown key 'vagueterms' \(did you mean 'vagueTerms'\?\)/);
  });

  it('rejects an unknown rule id', () => {
    const ps = problemsOf('{"rules": {"no-such-rule-at-all": "off"}}');
    assert.deepEqual(ps.map(p => p.key), ['rules.no-such-rule-at-all']);
    assert.match(ps[0].message, /unknown rule id 'no-such-rule-at-all'/);
  });

  it('suggests the closest rule id', function () {
    const p = problemsOf('{"rules": {"vague-terms": "off"}}')[0];
    assert.equal(formatProblem(p), `${FILE}: rules.vague-terms: unknown rule id 'vague-terms' (did you mean 'vague-term'?)`);
  });

  it('validates rule severities and settings', function () {
    const id = RULE_IDS[0];
    const ok = parseConfigText(JSON.stringify({ rules: { [id]: 'off' } }), FILE);
    assert.deepEqual(ok.layer?.config.rules, { [id]: { severity: 'off' } });
    const bad = problemsOf(JSON.stringify({ rules: { [id]: 'warn' } }));
    assert.equal(bad.length, 1);
    assert.equal(bad[0].key, `rules.${id}`);
    assert.match(bad[0].message, /'warn' is not a severity \(did you mean 'warning'\?\)/);
    assert.deepEqual(keys(JSON.stringify({ rules: { [id]: { severity: 'loud', level: 1 } } })), [`rules.${id}.severity`, `rules.${id}.level`]);
    assert.match(problemsOf(JSON.stringify({ rules: { [id]: 2 } }))[0].message, /expected a severity .* or an object/);
  });

  describe('with stand-in rules that take options', () => {
    const rule = (id: string, options?: Rule['meta']['options']): Rule => defineRule({
      meta: { id, description: `Stand-in ${id}.`, defaultSeverity: 'warning', tags: [], messages: {}, options },
    });
    const registry = {
      profiles: PROFILES,
      rules: [rule('max-words', z.object({ limit: z.optional(z.int().check(z.minimum(1))), unit: z.optional(z.enum(['words', 'chars'])) })), rule('plain')],
    };
    const parse = (v: unknown) => parseConfigTextFor(registry, JSON.stringify(v), FILE);

    it('accepts valid options and keeps them raw (no defaults filled in)', () => {
      assert.deepEqual(parse({ rules: { 'max-words': { severity: 'info', options: { limit: 3 } } } }).layer?.config.rules, {
        'max-words': { severity: 'info', options: { limit: 3 } },
      });
    });

    it("validates options with the rule's own schema, naming the option", () => {
      const ps = parse({ rules: { 'max-words': { options: { limit: 0, unit: 'lines', limt: 3 } } } }).problems;
      assert.deepEqual(ps.map(p => p.key).sort(), ['rules.max-words.options.limit', 'rules.max-words.options.limt', 'rules.max-words.options.unit']);
      assert.match(ps.find(p => p.key.endsWith('limt'))!.message, /unknown option 'limt' for rule 'max-words' \(did you mean 'limit'\?\)/);
      assert.match(ps.find(p => p.key.endsWith('unit'))!.message, /'lines' is not allowed; expected one of 'words', 'chars'/);
    });

    it('rejects options for a rule that takes none', () => {
      const ps = parse({ rules: { plain: { options: { x: 1 } } } }).problems;
      assert.deepEqual(ps.map(p => p.key), ['rules.plain.options.x']);
      assert.match(ps[0].message, /rule 'plain' takes no options/);
    });

    it('suggests rule ids from the registry', () => {
      assert.match(parse({ rules: { 'max-word': 'off' } }).problems[0].message, /did you mean 'max-words'/);
    });

    it('documents the options in the JSON schema', () => {
      const schema = configJsonSchema(registry) as { properties: { rules: { properties: Record<string, { anyOf: { properties?: { options: { properties: object } } }[] }> } } };
      const setting = schema.properties.rules.properties['max-words'];
      assert.deepEqual(Object.keys(setting.anyOf[1].properties!.options.properties), ['limit', 'unit']);
    });
  });

  it('rejects an unknown profile and lists the known ones', () => {
    const ps = problemsOf('{"profile": "ant"}');
    assert.equal(ps.length, 1);
    assert.equal(ps[0].key, 'profile');
    assert.match(ps[0].message, /unknown profile 'ant' \(did you mean 'ant-pm'\?\); known profiles: alibaba-pm, alibaba-tpm, ant-pm, alihealth-pm/);
  });

  it('caps term lists with one clear problem naming the key', () => {
    const huge = Array.from({ length: MAX_PHRASES + 1 }, (_, i) => `phrase ${i} ${'x'.repeat(150)}`);
    const ps = problemsOf(JSON.stringify({ vagueTerms: huge }));
    assert.equal(ps.length, 1, 'per-phrase problems are folded into the list problem');
    assert.equal(ps[0].key, 'vagueTerms');
    assert.match(ps[0].message, /'vagueTerms' has 2001 phrases; at most 2000/);
  });

  it('caps phrase length and refuses blank or multi-line phrases', () => {
    const ps = problemsOf(JSON.stringify({ ownerRoles: ['x'.repeat(101), '   ', 'a\nb', 'fine'] }));
    assert.deepEqual(ps.map(p => p.key), ['ownerRoles[0]', 'ownerRoles[1]', 'ownerRoles[2]']);
    assert.match(ps[0].message, /101 characters.*'ownerRoles' allows at most 100/);
  });

  it('refuses phrases that are regular expressions', () => {
    const ps = problemsOf(JSON.stringify({ vagueTerms: ['scal(e|able)', '\\bfast\\b', 'best.*practice', 'C++', 'a.k.a.', 'US$', '(beta)'] }));
    assert.deepEqual(ps.map(p => p.key), ['vagueTerms[0]', 'vagueTerms[1]', 'vagueTerms[2]']);
    assert.match(ps[0].message, /looks like a regular expression/);
  });

  it('reports duplicate keys', () => {
    const ps = problemsOf('{\n"profile": "ant-pm",\n"profile": "alibaba-pm"\n}');
    assert.deepEqual(ps.map(p => [p.key, p.line]), [['profile', 2]]);
  });

  it('yields no layer when there is any problem', () => {
    assert.equal(parseConfigText('{"profile": "ant-pm", "vagueTerms": [1]}', FILE).layer, undefined);
  });

  it('shows at most 20 problems', () => {
    const ps = problemsOf(JSON.stringify({ ownerRoles: Array.from({ length: 50 }, () => 1) }));
    assert.equal(ps.length, 21);
    assert.match(ps[20].message, /and 30 more problems/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), s => { parseConfigText(s, FILE); }), { numRuns: 300 });
    fc.assert(fc.property(fc.json(), s => { parseConfigText(s, FILE); }), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), v => {
      const r = parseConfigText(JSON.stringify({ profile: 'ant-pm', rules: { x: v }, vagueTerms: [v] }), FILE);
      assert.equal(r.layer, undefined);
    }), { numRuns: 200 });
    assert.doesNotThrow(() => parseConfigText('['.repeat(100000), FILE));
    assert.doesNotThrow(() => parseConfigText('{"__proto__": {"polluted": 1}}', FILE));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('formats a problem as file: key: message', () => {
    assert.equal(formatProblem({ file: 'a/.debrief.json', key: 'profile', message: 'bad', line: 0 }), 'a/.debrief.json: profile: bad');
    assert.equal(formatProblem({ file: 'a/.debrief.json', key: '', message: 'bad', line: 0 }), 'a/.debrief.json: bad');
  });
});

describe('config: resolveConfig', () => {
  const layer = (file: string, config: ConfigLayer['config']): ConfigLayer => ({ file, config });

  it('returns the defaults for no layers', () => {
    assert.deepEqual(resolveConfig([]), { rules: {}, vagueTerms: [], ownerRoles: [] });
  });

  it('lets the nearest layer win, per rule and per option, and adds up term lists', () => {
    const far = layer('/.debrief.json', {
      profile: 'alibaba-pm',
      rules: { a: { severity: 'error', options: { x: 1, y: 2 } }, b: { severity: 'off' } },
      vagueTerms: ['world-class', 'best-in-class'],
      ownerRoles: ['growth squad'],
    });
    const near = layer('/proj/.debrief.json', {
      profile: 'ant-pm',
      rules: { a: { options: { y: 3 } }, c: { severity: 'info' } },
      vagueTerms: ['World-Class', '世界一流'],
    });
    assert.deepEqual(resolveConfig([far, near]), {
      profile: 'ant-pm',
      rules: { a: { severity: 'error', options: { x: 1, y: 3 } }, b: { severity: 'off' }, c: { severity: 'info' } },
      vagueTerms: ['world-class', 'best-in-class', '世界一流'],
      ownerRoles: ['growth squad'],
    });
  });

  it('keeps a farther profile when the nearer layer names none', () => {
    assert.equal(resolveConfig([layer('a', { profile: 'alihealth-pm' }), layer('b', { vagueTerms: ['x'] })]).profile, 'alihealth-pm');
  });

  it('merges what parseConfigText produced', () => {
    const a = parseConfigText('{"profile": "ant-pm", "ownerRoles": ["DBA team"]}', 'a').layer!;
    const b = parseConfigText('{"ownerRoles": ["dba team", "risk ops"]}', 'b').layer!;
    assert.deepEqual(resolveConfig([a, b]), { profile: 'ant-pm', rules: {}, vagueTerms: [], ownerRoles: ['DBA team', 'risk ops'] });
  });
});

describe('config: JSON schema', () => {
  it('matches the committed schemas/debrief.schema.json (run `npm run schema` to update)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schemas', 'debrief.schema.json'), 'utf8');
    assert.equal(committed, stableJson(configJsonSchema()));
  });

  it('gives every property a title and a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${at}[${i}]`)); return; }
      const o = node as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') {
        for (const [k, p] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
          if (typeof p.title !== 'string' || typeof p.description !== 'string') missing.push(`${at}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${at}.${k}`);
    };
    const schema = configJsonSchema();
    walk(schema, '$');
    assert.deepEqual(missing, []);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(Object.keys((schema.properties as Record<string, unknown>)).sort(), ['$schema', 'ownerRoles', 'profile', 'rules', 'vagueTerms']);
  });

  it('lists every registered rule', () => {
    const rules = (configJsonSchema().properties as Record<string, { properties: Record<string, unknown> }>).rules;
    assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_IDS].sort());
  });
});
