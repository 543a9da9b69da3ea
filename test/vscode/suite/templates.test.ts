import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze, findProfile, PROFILES } from '../../../src/core';
import { profileTemplate, SECTION_TEMPLATES } from '../../../src/vscode/templates';
import { closeAllEditors, debriefDiagnostics, diagnosticsOf, getApi, openUntitled, ruleOf, waitFor } from './helpers';

/** What VS Code inserts for a snippet body: placeholders become their default text, mirrors copy it. */
function expand(body: string): string {
  const defaults = new Map<string, string>();
  for (const m of body.matchAll(/\$\{(\d+):([^}]*)\}/g)) if (!defaults.has(m[1])) defaults.set(m[1], m[2]);
  return body
    .replace(/\$\{(\d+):([^}]*)\}/g, (_m, _n: string, d: string) => d)
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a?: string, b?: string) => defaults.get(a ?? b ?? '') ?? '')
    .replace(/\\([\\$}])/g, '$1');
}

/** Findings a template may cause: its placeholders, and the parts it does not cover. */
const ALLOWED = new Set(['unfilled-placeholder', 'missing-section']);
/** Words that would read as monitoring, rollback or deferral claims outside a placeholder. */
const LOADED = /\b(?:monitor\w*|alert\w*|escalat\w*|roll ?back\w*|fallback\w*|freez\w*|later|TBD|scalable|robust|seamless|fast|secure|reliable)\b|监控|告警|回滚|降级|冻结|以后|待定|高可用|稳定|实时|快速|安全/i;

suite('templates', () => {
  suiteSetup(getApi);
  teardown(closeAllEditors);

  test('every section template comes in English and Chinese, with a tab stop on every placeholder', () => {
    const en = SECTION_TEMPLATES.filter(t => t.language === 'en').map(t => t.id.replace(/^debrief-/, ''));
    const zh = SECTION_TEMPLATES.filter(t => t.language === 'zh').map(t => t.id.replace(/^debrief-zh-/, ''));
    assert.deepStrictEqual(zh, en);
    for (const kind of ['icd', 'impact', 'constraints', 'design', 'tradeoffs', 'risks', 'parties', 'liability', 'states']) {
      assert.ok(en.includes(kind), `a ${kind} template`);
    }
    for (const t of SECTION_TEMPLATES) {
      const outside = t.body.replace(/\$\{\d+:[^}]*\}/g, '');
      assert.doesNotMatch(outside, /<[^<>\n]+>/, `${t.id}: every <placeholder> is a tab stop`);
      // Table header rows name the columns (Escalation, 升级对象) and are never flagged; prose is checked.
      const prose = outside.split('\n').filter((l, i, all) => !(l.startsWith('|') && /^\|[-| ]+\|$/.test(all[i + 1] ?? ''))).join('\n');
      assert.doesNotMatch(prose, LOADED, `${t.id}: no loaded word outside placeholders`);
    }
  });

  test('template prose trips no rule except its own placeholders', () => {
    const bodies = [
      ...SECTION_TEMPLATES.map(t => ({ id: t.id, body: t.body })),
      ...PROFILES.filter(p => p.template.length > 0).map(p => ({ id: `profile ${p.id}`, body: profileTemplate(p) })),
    ];
    for (const { id, body } of bodies) {
      const text = `---\nprofile: ant-pm\n---\n\n${expand(body)}`;
      const findings = analyze(text).findings;
      assert.ok(findings.some(f => f.rule === 'unfilled-placeholder'), `${id}: its placeholders are flagged`);
      const other = findings.filter(f => !ALLOWED.has(f.rule)).map(f => `${f.rule} on line ${f.range.start.line + 1}: ${text.split('\n')[f.range.start.line]}`);
      assert.deepStrictEqual(other, [], `${id}: no other findings`);
    }
  });

  test('New Answer opens an untitled answer with front matter and the profile template', async () => {
    const profile = findProfile('ant-pm')!;
    assert.ok(profile.template.length > 0, 'the ant-pm profile has template sections');
    const prompt = 'Design chargeback handling for Alipay merchants';
    const uri = await vscode.commands.executeCommand<vscode.Uri>('debrief.newAnswer', { profile: 'ant-pm', prompt });
    assert.ok(uri instanceof vscode.Uri, 'returns the document URI');
    assert.strictEqual(uri.scheme, 'untitled', 'never a file on disk');
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), uri.toString());
    const text = editor.document.getText();
    const frontMatter = `---\nprofile: ant-pm\nprompt: "${prompt}"\n---\n\n`;
    assert.strictEqual(text, frontMatter + expand(profileTemplate(profile)));
    for (const s of profile.template) assert.ok(text.includes(expand(s.body).trim().split('\n')[0]), `section '${s.title}' is there`);
    const first = /\$\{1:([^}]*)\}/.exec(profileTemplate(profile));
    if (first) assert.strictEqual(editor.document.getText(editor.selection), first[1], 'the cursor is on the first placeholder');
    const diags = await diagnosticsOf(uri);
    assert.ok(diags.some(d => ruleOf(d) === 'unfilled-placeholder'), 'placeholders are flagged');
  });

  test('Insert Section puts the template at the cursor', async () => {
    const editor = await openUntitled('---\nprofile: alibaba-pm\n---\n\n## Design\n\nOrders are sharded by buyer_id.\n\n');
    const doc = editor.document;
    await diagnosticsOf(doc.uri);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const id = await vscode.commands.executeCommand<string>('debrief.insertSection', { id: 'debrief-risks' });
    assert.strictEqual(id, 'debrief-risks');
    const template = SECTION_TEMPLATES.find(t => t.id === 'debrief-risks')!;
    assert.strictEqual(doc.getText(), `---\nprofile: alibaba-pm\n---\n\n## Design\n\nOrders are sharded by buyer_id.\n\n${expand(template.body)}`);
    const header = doc.getText().split('\n').findIndex(l => l.startsWith('| Risk |'));
    await waitFor(() => (debriefDiagnostics(doc.uri).some(d => ruleOf(d) === 'unfilled-placeholder' && d.range.start.line > header) ? true : undefined), 'placeholders in the new rows flagged');
  });
});
