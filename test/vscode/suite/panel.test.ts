import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze, findProfile } from '../../../src/core';
import type { AnswerState } from '../../../src/webview/messages';
import { isFromWebview, isPanelState } from '../../../src/webview/messages';
import { closeAllEditors, diagnosticsOf, fixture, getApi, openFixture, openUntitled, readText, waitFor } from './helpers';

async function answerStateFor(uri: vscode.Uri, check: (s: AnswerState) => boolean = () => true): Promise<AnswerState> {
  const api = await getApi();
  return waitFor(() => {
    const s = api.panelState();
    return s?.kind === 'answer' && s.uri === uri.toString() && check(s) ? s : undefined;
  }, `panel state for ${uri.toString()}`);
}

suite('rubric panel', () => {
  suiteSetup(async () => {
    const api = await getApi();
    assert.strictEqual(await vscode.commands.executeCommand('debrief.showPanel'), true);
    await waitFor(() => (api.panelResolved() ? true : undefined), 'the rubric view resolves');
  });
  teardown(closeAllEditors);

  test('follows the active answer and lists its profile axes, findings and speaking time', async () => {
    const uri = fixture('answers', 'coupons.answer.md');
    await openFixture('answers', 'coupons.answer.md');
    await diagnosticsOf(uri);
    const state = await answerStateFor(uri);
    assert.ok(isPanelState(state), 'the posted state passes the webview-side validation');
    const analysis = analyze(await readText(uri));
    const profile = findProfile('alibaba-pm')!;
    assert.strictEqual(state.profile, 'alibaba-pm');
    assert.deepStrictEqual(state.axes.map(a => a.id), profile.axes.map(a => a.id));
    assert.deepStrictEqual(state.axes.map(a => a.score), analysis.rubric!.axes.map(a => a.score));
    const counts: Record<string, number> = {};
    for (const f of analysis.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    assert.deepStrictEqual(Object.fromEntries(state.findings.map(f => [f.rule, f.count])), counts);
    assert.strictEqual(state.total, analysis.findings.length);
    assert.strictEqual(state.speaking.minutes, analysis.rubric!.speakingMinutes);
    assert.strictEqual(state.speaking.targetMinutes, 12);
    assert.deepStrictEqual(state.profiles.map(p => p.id).sort(), ['alibaba-pm', 'alibaba-tpm', 'alihealth-pm', 'ant-pm']);
    const api = await getApi();
    await waitFor(() => (api.statusText().includes(`${analysis.findings.length} findings · ${analysis.rubric!.speakingMinutes} min`) ? true : undefined), 'status bar: findings and speaking time');
  });

  test('shows the empty state when the active editor is not an answer', async () => {
    const api = await getApi();
    await openUntitled('# Shopping list\n\nEggs, rice, tea.\n');
    await waitFor(() => (api.panelState()?.kind === 'empty' ? true : undefined), 'empty state');
  });

  test('the profile switcher edits the front matter in one undoable edit', async () => {
    const original = await readText(fixture('answers', 'coupons.answer.md'));
    const editor = await openUntitled(original);
    const uri = editor.document.uri;
    await answerStateFor(uri, s => s.profile === 'alibaba-pm');
    assert.strictEqual(await vscode.commands.executeCommand('debrief.switchProfile', { profile: 'ant-pm', uri: uri.toString() }), true);
    assert.strictEqual(editor.document.lineAt(1).text, 'profile: ant-pm');
    assert.strictEqual(editor.document.getText(), original.replace('profile: alibaba-pm', 'profile: ant-pm'));
    const state = await answerStateFor(uri, s => s.profile === 'ant-pm');
    assert.deepStrictEqual(state.axes.map(a => a.id), findProfile('ant-pm')!.axes.map(a => a.id));
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  test('switching the profile of an answer without front matter adds front matter', async () => {
    const editor = await openUntitled('# Notes\n\nThe checkout is seamless.\n');
    const uri = editor.document.uri;
    assert.ok((await vscode.commands.executeCommand<number>('debrief.lintFile', uri)) > 0, 'Lint This File makes it an answer');
    assert.strictEqual(await vscode.commands.executeCommand('debrief.switchProfile', { profile: 'alihealth-pm', uri }), true);
    assert.strictEqual(editor.document.getText(), '---\nprofile: alihealth-pm\n---\n# Notes\n\nThe checkout is seamless.\n');
    await answerStateFor(uri, s => s.profile === 'alihealth-pm');
  });

  test('"next finding of a rule" walks the findings in order and wraps', async () => {
    const uri = fixture('answers', 'coupons.answer.md');
    const editor = await openFixture('answers', 'coupons.answer.md');
    await diagnosticsOf(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const lines: number[] = [];
    for (let i = 0; i < 3; i++) lines.push(await vscode.commands.executeCommand<number>('debrief.nextFinding', 'vague-term', uri));
    assert.deepStrictEqual(lines, [18, 22, 18]);
    assert.strictEqual(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), 'highly available');
  });

  test('webview messages are validated on receipt', () => {
    assert.ok(isFromWebview({ type: 'reveal', line: 3 }));
    assert.ok(isFromWebview({ type: 'switchProfile', profile: 'ant-pm' }));
    for (const bad of [null, 'reveal', { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'nextFinding', rule: '<img src=x>' },
      { type: 'switchProfile' }, { type: 'eval', code: '1' }]) {
      assert.ok(!isFromWebview(bad), `rejects ${JSON.stringify(bad)}`);
    }
    assert.ok(!isPanelState({ kind: 'answer', uri: 'x' }), 'rejects a partial state');
  });
});
