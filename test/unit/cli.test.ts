/**
 * The CLI, end to end: the BUILT dist/cli.js is spawned on fixture answers (test/fixtures/cli)
 * and temp folders. Expectations that need a particular rule skip until that rule is registered.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILES, ruleDocsUrl, RULE_IDS, RULES, type Analysis, type Rubric } from '../../src/core';
import { formatHuman } from '../../src/cli/format/human';
import { run } from '../../src/cli/run';
import { readTextFile } from '../../src/cli/read-file';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIX = 'test/fixtures/cli';
const PKG_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

interface Out { code: number | null; stdout: string; stderr: string }
function debrief(args: string[], cwd = ROOT): Out {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (o: Out) => JSON.parse(o.stdout);
const lines = (path: string): string[] => readFileSync(join(ROOT, path), 'utf8').split('\n');
/** The source text a 1-based, same-line JSON range points at. */
function textAt(path: string, f: { line: number; column: number; endLine: number; endColumn: number }): string {
  assert.equal(f.endLine, f.line, 'single-line range');
  return lines(path)[f.line - 1].slice(f.column - 1, f.endColumn - 1);
}
const noStackTrace = (s: string): void => assert.doesNotMatch(s, /\n\s+at .+:\d+:\d+/);

let tmp: string;

describe('cli (the built dist/cli.js)', function () {
  // Spawning node on a loaded 2-core machine can take seconds; no test asserts on time.
  this.timeout(120000);

  before(function () {
    execFileSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: ROOT, stdio: 'pipe' });
    tmp = mkdtempSync(join(tmpdir(), 'debrief-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  describe('cli: commands and usage', () => {
    it('prints help and the version', () => {
      const help = debrief(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /Usage: debrief lint \[--profile ID\] \[--config FILE\] \[--format human\|json\|sarif\] \[--no-rubric\] FILE/);
      const v = debrief(['--version']);
      assert.equal(v.code, 0);
      assert.equal(v.stdout.trim(), PKG_VERSION);
    });

    it('lists rules with their default severity', () => {
      const out = debrief(['rules']);
      assert.equal(out.code, 0);
      for (const r of RULES) assert.match(out.stdout, new RegExp(`^${r.meta.id}\\s+${r.meta.defaultSeverity}\\s`, 'm'));
    });

    it('lists profiles with their axes', () => {
      const out = debrief(['profiles']);
      assert.equal(out.code, 0);
      for (const p of PROFILES) {
        assert.match(out.stdout, new RegExp(`^${p.id}\\s`, 'm'));
        for (const a of p.axes) assert.ok(out.stdout.includes(a.id), `${p.id} axis ${a.id}`);
      }
    });

    it('exits 2 on usage errors, with the usage line', () => {
      for (const args of [[], ['lint'], ['frobnicate'], ['lint', '--format', 'xml', 'a.md'], ['lint', '--bogus', 'a.md'], ['rules', 'extra']]) {
        const out = debrief(args);
        assert.equal(out.code, 2, args.join(' '));
        assert.match(out.stderr, /^debrief: .+\nUsage: debrief lint/, args.join(' '));
        assert.equal(out.stdout, '');
      }
    });

    it('exits 2 on an unknown --profile and lists the profiles', () => {
      const out = debrief(['lint', '--profile', 'ant', `${FIX}/intro-only.md`]);
      assert.equal(out.code, 2);
      assert.match(out.stderr, /unknown profile 'ant'; known profiles: alibaba-pm, alibaba-tpm, ant-pm, alihealth-pm/);
    });
  });

  describe('cli: json output', () => {
    it('has the documented shape', () => {
      const out = debrief(['lint', '--format', 'json', `${FIX}/intro-only.md`]);
      assert.notEqual(out.code, 2, out.stderr);
      const doc = json(out);
      assert.equal(doc.version, 1);
      assert.equal(doc.files.length, 1);
      const file = doc.files[0];
      assert.equal(file.path, `${FIX}/intro-only.md`);
      assert.equal(file.profile, 'ant-pm');
      assert.ok(Array.isArray(file.findings));
      assert.ok(Array.isArray(file.notices));
      assert.equal(file.rubric.profile, 'ant-pm');
      assert.deepEqual(file.rubric.axes.map((a: { id: string }) => a.id), ['constraint-negotiation', 'party-mapping', 'state-design', 'fallback-ownership', 'auditability']);
      for (const a of file.rubric.axes) {
        for (const k of ['id', 'label', 'score', 'evidence', 'missing']) assert.ok(k in a, `axis has ${k}`);
        for (const e of a.evidence) assert.ok(e.line >= 1 && typeof e.text === 'string');
      }
      assert.equal(typeof file.rubric.speakingMinutes, 'number');
      for (const f of file.findings) {
        for (const k of ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']) assert.ok(k in f, `finding has ${k}`);
        assert.ok(f.line >= 1 && f.column >= 1, 'positions are 1-based');
      }
    });

    it('points a vague term at its 1-based line and column', function () {
      const file = json(debrief(['lint', '--format', 'json', `${FIX}/intro-only.md`])).files[0];
      const f = file.findings.find((x: { rule: string }) => x.rule === 'vague-term');
      assert.ok(f, 'vague-term reported');
      assert.equal(f.line, 4);
      assert.match(textAt(`${FIX}/intro-only.md`, f), /^scalable/i);
    });

    it('reports missing sections on line 1 for an intro-only answer', function () {
      const file = json(debrief(['lint', '--format', 'json', `${FIX}/intro-only.md`])).files[0];
      const missing = file.findings.filter((x: { rule: string }) => x.rule === 'missing-section');
      assert.ok(missing.length > 0);
      for (const m of missing) assert.equal(m.line, 1);
    });

    it('counts columns in UTF-16 code units after an emoji', function () {
      const file = json(debrief(['lint', '--format', 'json', `${FIX}/placeholder.md`])).files[0];
      const f = file.findings.find((x: { rule: string }) => x.rule === 'unfilled-placeholder');
      assert.ok(f, 'unfilled-placeholder reported');
      assert.equal(f.severity, 'error');
      assert.equal(f.line, 7);
      assert.match(textAt(`${FIX}/placeholder.md`, f), /^<metric/);
    });

    it('lints an empty file normally', () => {
      const out = debrief(['lint', '--format', 'json', `${FIX}/empty.md`]);
      assert.notEqual(out.code, 2, out.stderr);
      const file = json(out).files[0];
      assert.equal(file.error, undefined);
      assert.ok(Array.isArray(file.findings));
      assert.ok(file.findings.some((x: { rule: string }) => x.rule === 'missing-section'));
    });

    it('leaves the rubric out with --no-rubric', () => {
      const file = json(debrief(['lint', '--no-rubric', '--format', 'json', `${FIX}/intro-only.md`])).files[0];
      assert.equal(file.rubric, undefined);
    });

    it('applies --profile over front matter', () => {
      const file = json(debrief(['lint', '--profile', 'alihealth-pm', '--format', 'json', `${FIX}/intro-only.md`])).files[0];
      assert.equal(file.profile, 'alihealth-pm');
      assert.equal(file.rubric.profile, 'alihealth-pm');
    });
  });

  describe('cli: exit codes', () => {
    it('exits 1 when a finding has severity error', function () {
      assert.equal(debrief(['lint', `${FIX}/placeholder.md`]).code, 1);
    });

    it('exits 0 when no finding is an error', () => {
      const cfg = join(tmp, 'all-warnings.json');
      writeFileSync(cfg, JSON.stringify({ rules: Object.fromEntries(RULE_IDS.map(id => [id, 'warning'])) }));
      const out = debrief(['lint', '--config', cfg, `${FIX}/placeholder.md`, `${FIX}/intro-only.md`]);
      assert.equal(out.code, 0, out.stderr);
      assert.equal(out.stderr, '');
    });

    it('lets config turn a rule off', function () {
      const cfg = join(tmp, 'placeholder-off.json');
      writeFileSync(cfg, JSON.stringify({ rules: { 'unfilled-placeholder': 'off' } }));
      const file = json(debrief(['lint', '--config', cfg, '--format', 'json', `${FIX}/placeholder.md`])).files[0];
      assert.ok(!file.findings.some((x: { rule: string }) => x.rule === 'unfilled-placeholder'));
    });
  });

  describe('cli: human output', () => {
    it('prints path:line:col, a summary and the rubric table, without colour when piped', () => {
      const out = debrief(['lint', `${FIX}/intro-only.md`]);
      assert.notEqual(out.code, 2, out.stderr);
      assert.doesNotMatch(out.stdout, /\u001b\[/);
      assert.match(out.stdout, /^\d+ errors?, \d+ warnings?, \d+ infos? in 1 file$/m);
      assert.match(out.stdout, /^test\/fixtures\/cli\/intro-only\.md — .+ \(ant-pm\)$/m);
      const label = PROFILES.find(p => p.id === 'ant-pm')!.axes.find(a => a.id === 'party-mapping')!.label;
      assert.ok(new RegExp(`^ {2}${label}\\s+[█░]{5} \\d/5`, 'm').test(out.stdout), out.stdout);
      assert.match(out.stdout, /Speaking time ≈ [\d.]+ min \(target \d+ min\)/);
      assert.match(out.stdout, /^test\/fixtures\/cli\/intro-only\.md:4:\d+\s+\w+\s+.+\(vague-term\)$/m);
    });

    it('prints the 1-based position of an error', function () {
      const out = debrief(['lint', `${FIX}/placeholder.md`]);
      const col = lines(`${FIX}/placeholder.md`)[6].indexOf('<metric>') + 1;
      assert.match(out.stdout, new RegExp(`^test/fixtures/cli/placeholder\\.md:7:${col}\\s+error\\s+.+\\(unfilled-placeholder\\)$`, 'm'));
    });

    it('colours only on a terminal and never with NO_COLOR', () => {
      const argv = ['lint', `${FIX}/intro-only.md`];
      assert.match(run(argv, { cwd: ROOT, env: {}, isTTY: true }).stdout, /\u001b\[/);
      assert.doesNotMatch(run(argv, { cwd: ROOT, env: { NO_COLOR: '1' }, isTTY: true }).stdout, /\u001b\[/);
      assert.doesNotMatch(run(argv, { cwd: ROOT, env: {}, isTTY: false }).stdout, /\u001b\[/);
    });

    it('calls out speaking time over 20 minutes', () => {
      const rubric: Rubric = {
        profile: 'ant-pm', speakingMinutes: 23.4, targetMinutes: 12, tooLong: true, englishWords: 3000, chineseChars: 0,
        axes: [{ id: 'party-mapping', label: 'Party mapping', lookFor: '', score: 3, evidence: [{ line: 15, text: 'x' }, { line: 19, text: 'y' }], missing: ['Who bears the loss?'] }],
      };
      const analysis = { profile: PROFILES.find(p => p.id === 'ant-pm')!, findings: [], notices: [], rubric } as unknown as Analysis;
      const out = formatHuman([{ path: 'a.md', analysis }], false);
      assert.match(out, /Party mapping {2}███░░ 3\/5 {2}lines 16, 20 +→ Who bears the loss\?/);
      assert.match(out, /Speaking time ≈ 23.4 min \(target 12 min\) {2}over 20 min/);
    });
  });

  describe('cli: sarif output', () => {
    it('is SARIF 2.1.0 with the rule catalogue and docs links', () => {
      const out = debrief(['lint', '--format', 'sarif', `${FIX}/placeholder.md`]);
      assert.notEqual(out.code, 2, out.stderr);
      const sarif = json(out);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      const run0 = sarif.runs[0];
      assert.equal(run0.tool.driver.name, 'debrief');
      assert.equal(run0.tool.driver.version, PKG_VERSION);
      assert.deepEqual(run0.tool.driver.rules.map((r: { id: string }) => r.id), [...RULE_IDS]);
      for (const r of run0.tool.driver.rules) {
        assert.equal(r.helpUri, ruleDocsUrl(r.id));
        assert.ok(r.shortDescription.text);
        assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
      }
      assert.equal(run0.invocations[0].executionSuccessful, true);
      for (const res of run0.results) {
        assert.ok(['error', 'warning', 'note'].includes(res.level));
        assert.equal(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, 'test/fixtures/cli/placeholder.md');
        assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
      }
      const res = run0.results.find((r: { ruleId: string }) => r.ruleId === 'unfilled-placeholder');
      assert.equal(res.level, 'error');
      assert.equal(res.locations[0].physicalLocation.region.startLine, 7);
    });

    it('marks the run unsuccessful when a file cannot be read', () => {
      const out = debrief(['lint', '--format', 'sarif', `${FIX}/intro-only.md`, `${FIX}/nope.md`]);
      assert.equal(out.code, 2);
      const inv = json(out).runs[0].invocations[0];
      assert.equal(inv.executionSuccessful, false);
      assert.match(inv.toolExecutionNotifications[0].message.text, /nope\.md: no such file/);
    });
  });

  describe('cli: unreadable files', () => {
    it('reports missing, binary, non-UTF-8, UTF-16 and directory inputs, and still lints the rest', () => {
      const dir = join(tmp, 'io');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x41, 0x00, 0x42, 0x0a]));
      writeFileSync(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9 design\n', 'latin1'));
      writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hi\n', 'utf16le')]));
      mkdirSync(join(dir, 'folder.md'), { recursive: true });
      writeFileSync(join(dir, 'good.md'), '---\nprofile: alibaba-tpm\n---\nAn answer.\n');
      const out = debrief(['lint', '--format', 'json', 'missing.md', 'binary.md', 'latin1.md', 'utf16.md', 'folder.md', 'good.md'], dir);
      assert.equal(out.code, 2);
      assert.match(out.stderr, /^debrief: missing\.md: no such file$/m);
      assert.match(out.stderr, /^debrief: binary\.md: looks binary/m);
      assert.match(out.stderr, /^debrief: latin1\.md: is not valid UTF-8/m);
      assert.match(out.stderr, /^debrief: utf16\.md: is UTF-16/m);
      assert.match(out.stderr, /^debrief: folder\.md: is a directory/m);
      noStackTrace(out.stderr);
      const files = json(out).files;
      assert.deepEqual(files.map((f: { path: string }) => f.path), ['missing.md', 'binary.md', 'latin1.md', 'utf16.md', 'folder.md', 'good.md']);
      assert.deepEqual(files.slice(0, 5).map((f: { error?: string }) => typeof f.error), Array(5).fill('string'));
      assert.equal(files[5].profile, 'alibaba-tpm');
      assert.ok(Array.isArray(files[5].findings));
    });

    it('still prints the human report for the readable files', () => {
      const out = debrief(['lint', `${FIX}/nope.md`, `${FIX}/intro-only.md`]);
      assert.equal(out.code, 2);
      assert.match(out.stderr, /nope\.md: no such file/);
      assert.match(out.stdout, / in 1 file \(1 file could not be read\)$/m);
    });

    it('refuses files over the size limit without reading them', () => {
      const big = join(tmp, 'huge.md');
      writeFileSync(big, '');
      truncateSync(big, 11 * 1024 * 1024);
      const r = readTextFile(big);
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.error : '', /is 11\.0 MB; files over 10\.0 MB are not read/);
    });
  });

  describe('cli: config', () => {
    it('discovers .debrief.json walking up; nearest wins and every layer counts', () => {
      const top = join(tmp, 'walk');
      const deep = join(top, 'team', 'answers');
      mkdirSync(deep, { recursive: true });
      const answer = join(deep, 'a.md');
      writeFileSync(answer, readFileSync(join(ROOT, FIX, 'no-front-matter.md')));
      writeFileSync(join(top, '.debrief.json'), JSON.stringify({ profile: 'alihealth-pm' }));
      const profileOf = (cwd: string, file: string) => json(debrief(['lint', '--format', 'json', file], cwd)).files[0].profile;
      assert.equal(profileOf(deep, 'a.md'), 'alihealth-pm', 'found two levels up');
      assert.equal(profileOf(ROOT, answer), 'alihealth-pm', 'relative to the file, not the cwd');
      writeFileSync(join(top, 'team', '.debrief.json'), JSON.stringify({ profile: 'alibaba-tpm' }));
      assert.equal(profileOf(deep, 'a.md'), 'alibaba-tpm', 'the nearer file wins');
      writeFileSync(join(deep, '.debrief.json'), JSON.stringify({ vagueTerms: ['world-class'] }));
      assert.equal(profileOf(deep, 'a.md'), 'alibaba-tpm', 'a layer without a profile keeps the farther one');
      const explicit = join(tmp, 'explicit.json');
      writeFileSync(explicit, JSON.stringify({ profile: 'ant-pm' }));
      assert.equal(json(debrief(['lint', '--config', explicit, '--format', 'json', 'a.md'], deep)).files[0].profile, 'ant-pm', '--config replaces discovery');
    });

    it('exits 2 naming the file and key of a bad --config, without a stack trace', () => {
      const bad = join(tmp, 'bad.json');
      writeFileSync(bad, '{\n  "profile": "ant-pm",\n  "rulez": {}\n}\n');
      const out = debrief(['lint', '--config', bad, `${FIX}/intro-only.md`]);
      assert.equal(out.code, 2);
      assert.ok(out.stderr.includes(`invalid config: ${bad}: rulez: unknown key 'rulez' (did you mean 'rules'?)`), out.stderr);
      assert.match(out.stdout, /intro-only\.md:1:1\s+warning\s+No impact section/, 'the answer is still linted, with the defaults');
      noStackTrace(out.stderr);
    });

    it('names the key of a 100,000-phrase term list and still lints the answer', () => {
      const big = join(tmp, 'big.json');
      writeFileSync(big, JSON.stringify({ vagueTerms: Array.from({ length: 100_000 }, (_, i) => `term ${i}`) }));
      const out = debrief(['lint', '--format', 'json', '--config', big, `${FIX}/intro-only.md`]);
      assert.equal(out.code, 2);
      assert.ok(out.stderr.includes(`${big}: vagueTerms:`), out.stderr);
      assert.ok(JSON.parse(out.stdout).files[0].findings.length > 0, 'linted with the defaults');
      noStackTrace(out.stderr);
    });

    it('exits 2 on a discovered config with a syntax error or an unknown rule id', () => {
      const dir = join(tmp, 'broken');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a.md'), 'An answer.\n');
      writeFileSync(join(dir, '.debrief.json'), '{ "profile": "ant-pm", }');
      let out = debrief(['lint', 'a.md'], dir);
      assert.equal(out.code, 2);
      assert.match(out.stderr, /invalid config: \.debrief\.json: invalid JSON at line 1, column 24: trailing comma/);
      writeFileSync(join(dir, '.debrief.json'), '{ "rules": { "no-such-rule": "off" } }');
      out = debrief(['lint', 'a.md'], dir);
      assert.equal(out.code, 2);
      assert.match(out.stderr, /\.debrief\.json: rules\.no-such-rule: unknown rule id 'no-such-rule'/);
      noStackTrace(out.stderr);
    });

    it('exits 2 when --config cannot be read', () => {
      const out = debrief(['lint', '--config', 'no/such/config.json', `${FIX}/intro-only.md`]);
      assert.equal(out.code, 2);
      assert.match(out.stderr, /no\/such\/config\.json: cannot read config: no such file/);
    });
  });
});
