import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze, ruleDocsUrl, RULES } from '../../../src/core';
import { parseConfigText, resolveConfig } from '../../../src/core/config';
import {
  closeAllEditors, coreRuleLines, debriefDiagnostics, diagnosticsOf, fixture, getApi, openFixture, openUntitled,
  lineOfText, readText, ruleLines, ruleOf, waitFor,
} from './helpers';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
const defaultSeverity = (rule: string): vscode.DiagnosticSeverity => SEVERITY[RULES.find(r => r.meta.id === rule)!.meta.defaultSeverity];

suite('diagnostics', () => {
  suiteSetup(getApi);
  teardown(closeAllEditors);

  test('a fixture answer gets exactly the findings the CLI reports, with exact ranges', async () => {
    const uri = fixture('answers', 'coupons.answer.md');
    const text = await readText(uri);
    // Written by hand from LABELS.md, so the comparison below cannot pass on an empty engine.
    const byHand = ['10:unquantified-impact', '19:vague-term', '20:stack-mismatch', '21:deferred-decision', '23:vague-term', '31:missing-owner'];
    assert.deepStrictEqual(coreRuleLines(text), byHand, 'the core engine (what the CLI runs) agrees with the hand-written list');

    const editor = await openFixture('answers', 'coupons.answer.md');
    const diags = await waitFor(() => { const d = debriefDiagnostics(uri); return d.length >= byHand.length ? d : undefined; }, 'coupons diagnostics');
    assert.deepStrictEqual(ruleLines(diags), byHand);

    const findings = analyze(text).findings;
    for (const d of diags) {
      const f = findings.find(x => x.rule === ruleOf(d) && x.range.start.line === d.range.start.line)!;
      assert.deepStrictEqual(
        [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
        [f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column], `${f.rule} range`);
      assert.strictEqual(d.source, 'debrief');
      assert.strictEqual(d.message, f.message);
      assert.strictEqual(d.severity, SEVERITY[f.severity], `${f.rule} severity`);
      const code = d.code as { value: string; target: vscode.Uri };
      assert.strictEqual(code.value, f.rule);
      assert.strictEqual(code.target.toString(), vscode.Uri.parse(ruleDocsUrl(f.rule)).toString());
    }
    const textOf = (rule: string): string[] => diags.filter(d => ruleOf(d) === rule).map(d => editor.document.getText(d.range));
    assert.deepStrictEqual(textOf('stack-mismatch'), ['Kafka']);
    assert.deepStrictEqual(textOf('vague-term'), ['highly available', '高并发']);
  });

  test('a README that is not an answer gets nothing (until "Lint This File")', async () => {
    const api = await getApi();
    const uri = fixture('README.md');
    await openFixture('README.md');
    assert.strictEqual(await api.isAnswer(uri), false);
    await api.whenIdle();
    assert.deepStrictEqual(debriefDiagnostics(uri), []);
    assert.strictEqual(await api.analyzeDocument(uri), undefined);
    // The README does contain flaggable text: the silence above is about which files are answers.
    const count = await vscode.commands.executeCommand<number>('debrief.lintFile', uri);
    assert.ok(count > 0, `Lint This File finds something (${count})`);
    assert.deepStrictEqual(ruleLines(debriefDiagnostics(uri)), coreRuleLines(await readText(uri)));
  });

  test('a folder with .debrief.json makes its Markdown answers and applies the config', async () => {
    const api = await getApi();
    const uri = fixture('team', 'notes.md');
    const layer = parseConfigText(await readText(fixture('team', '.debrief.json')), 'team/.debrief.json').layer;
    assert.ok(layer, 'the team config is valid');
    const config = resolveConfig([layer]);
    await openFixture('team', 'notes.md');
    const diags = await diagnosticsOf(uri);
    // ant-pm: impact, constraints, risk matrix, parties, liability and states are all missing (one finding each).
    assert.deepStrictEqual(ruleLines(diags), [...Array(6).fill('1:missing-section'), '6:vague-term'], 'stack-mismatch is off, vague-term on');
    assert.deepStrictEqual(ruleLines(diags), coreRuleLines(await readText(uri), config));
    assert.strictEqual(diags.find(d => ruleOf(d) === 'vague-term')!.severity, vscode.DiagnosticSeverity.Error, 'severity from config');
    assert.strictEqual((await api.analyzeDocument(uri))?.profile, 'ant-pm', 'profile from config');
  });

  test('a broken .debrief.json gets a diagnostic while the answer beside it is still linted', async () => {
    const configUri = fixture('broken', '.debrief.json');
    const uri = fixture('broken', 'draft.md');
    await openFixture('broken', 'draft.md');
    const diags = await diagnosticsOf(uri);
    // alibaba-pm (the default): impact, constraints and risk matrix are missing.
    assert.deepStrictEqual(ruleLines(diags), [...Array(3).fill('1:missing-section'), '5:vague-term']);
    assert.deepStrictEqual(ruleLines(diags), coreRuleLines(await readText(uri)), 'linted with the defaults');
    assert.strictEqual(diags.find(d => ruleOf(d) === 'vague-term')!.severity, defaultSeverity('vague-term'));
    const problems = await waitFor(() => { const d = debriefDiagnostics(configUri); return d.length ? d : undefined; }, 'config diagnostics');
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /vague-terms/);
    assert.strictEqual(problems[0].range.start.line, 2, 'on the offending key');
    assert.strictEqual(problems[0].severity, vscode.DiagnosticSeverity.Error);
  });

  test('the debrief.files setting adds answers by glob', async () => {
    const api = await getApi();
    const uri = fixture('globbed', 'plan.md');
    const settings = vscode.workspace.getConfiguration('debrief');
    assert.strictEqual(await api.isAnswer(uri), false);
    try {
      await settings.update('files', ['globbed/**/*.md'], vscode.ConfigurationTarget.Global);
      assert.strictEqual(await api.isAnswer(uri), true);
      await openFixture('globbed', 'plan.md');
      assert.deepStrictEqual(ruleLines(await diagnosticsOf(uri)), coreRuleLines(await readText(uri)));
    } finally {
      await settings.update('files', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('an unknown profile in front matter becomes an Information diagnostic', async () => {
    const editor = await openUntitled('---\nprofile: nope-pm\n---\n\n# Answer\n\nThe checkout is seamless.\n');
    const diags = await diagnosticsOf(editor.document.uri);
    const notice = diags.find(d => d.code === undefined);
    assert.ok(notice, 'a notice diagnostic');
    assert.strictEqual(notice.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(notice.range.start.line, 1);
    assert.match(notice.message, /nope-pm/);
  });

  test('typing: stale results are dropped and the last text wins', async () => {
    const api = await getApi();
    const editor = await openUntitled('---\nprofile: alibaba-pm\n---\n\n## Design\n\n');
    const doc = editor.document;
    const lines = ['The ledger is robust.', 'Orders go through Kafka.', 'We will pick the shard key later.', 'Search is seamless.'];
    for (const line of lines) {
      await editor.edit(b => b.insert(doc.lineAt(doc.lineCount - 1).range.end, `${line}\n\n`));
    }
    await editor.edit(b => b.delete(doc.lineAt(lineOfText(doc, 'Kafka')).rangeIncludingLineBreak));
    const expected = coreRuleLines(doc.getText());
    assert.ok(expected.includes(`${lineOfText(doc, 'seamless') + 1}:vague-term`));
    await waitFor(async () => {
      await api.whenIdle();
      return JSON.stringify(ruleLines(debriefDiagnostics(doc.uri))) === JSON.stringify(expected) ? true : undefined;
    }, 'diagnostics for the final text');
    await api.whenIdle();
    assert.deepStrictEqual(ruleLines(debriefDiagnostics(doc.uri)), expected);
  });

  test('closing a document clears its diagnostics', async () => {
    const editor = await openUntitled('---\nprofile: alibaba-pm\n---\n\nThe platform is scalable.\n');
    const uri = editor.document.uri;
    await diagnosticsOf(uri);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => (debriefDiagnostics(uri).length === 0 ? true : undefined), 'diagnostics cleared');
  });

  test('a document over debrief.maxFileSize is skipped with a clear note', async () => {
    const api = await getApi();
    const settings = vscode.workspace.getConfiguration('debrief');
    try {
      await settings.update('maxFileSize', 200, vscode.ConfigurationTarget.Global);
      const body = Array.from({ length: 20 }, (_, i) => `Step ${i} is scalable.`).join('\n');
      const editor = await openUntitled(`---\nprofile: alibaba-pm\n---\n\n${body}\n`);
      const result = await api.analyzeDocument(editor.document.uri);
      assert.ok(result?.skipped, 'skipped');
      assert.match(result.skipped, /maxFileSize/);
      assert.deepStrictEqual(debriefDiagnostics(editor.document.uri), []);
      await waitFor(() => (/skipped/.test(api.statusText()) ? true : undefined), 'status bar note');
    } finally {
      await settings.update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('debrief.run: onSave ignores typing, off clears, and "Lint This File" still works', async () => {
    const api = await getApi();
    const settings = vscode.workspace.getConfiguration('debrief');
    const editor = await openUntitled('---\nprofile: alibaba-pm\n---\n\nThe ledger is robust.\n');
    const doc = editor.document;
    const first = ruleLines(await diagnosticsOf(doc.uri));
    try {
      // The settings change re-lints open answers itself: let that finish before typing.
      // (Debrief's listener was registered at activation, so it has run when this one runs.)
      const changed = new Promise<void>(resolve => {
        const sub = vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('debrief.run')) { sub.dispose(); resolve(); } });
      });
      await settings.update('run', 'onSave', vscode.ConfigurationTarget.Global);
      await changed;
      await api.whenIdle();
      await editor.edit(b => b.insert(doc.lineAt(doc.lineCount - 1).range.end, 'Search is seamless.\n'));
      await api.whenIdle();
      assert.deepStrictEqual(ruleLines(debriefDiagnostics(doc.uri)), first, 'typing does not lint with onSave');
      assert.notDeepStrictEqual(coreRuleLines(doc.getText()), first, 'the new line would be flagged');
      await settings.update('run', 'off', vscode.ConfigurationTarget.Global);
      await waitFor(() => (debriefDiagnostics(doc.uri).length === 0 ? true : undefined), 'off clears diagnostics');
      const count = await vscode.commands.executeCommand<number>('debrief.lintFile', doc.uri);
      assert.strictEqual(count, coreRuleLines(doc.getText()).length);
      assert.deepStrictEqual(ruleLines(debriefDiagnostics(doc.uri)), coreRuleLines(doc.getText()));
    } finally {
      await settings.update('run', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
