import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core';
import {
  closeAllEditors, codeActionsFor, coreRuleLines, debriefDiagnostics, diagnosticsOf, fixture, getApi, lineOfText,
  openUntitled, readText, ruleLines, ruleOf, waitFor,
} from './helpers';

/** The fixture answer opened as an untitled copy, so edits never touch the fixture. */
async function openEditsAnswer(): Promise<{ editor: vscode.TextEditor; original: string; diags: vscode.Diagnostic[] }> {
  const original = await readText(fixture('answers', 'edits.answer.md'));
  const editor = await openUntitled(original);
  const diags = await diagnosticsOf(editor.document.uri);
  assert.deepStrictEqual(ruleLines(diags), coreRuleLines(original));
  return { editor, original, diags };
}

const find = (diags: vscode.Diagnostic[], doc: vscode.TextDocument, rule: string, text: string): vscode.Diagnostic => {
  const d = diags.find(x => ruleOf(x) === rule && doc.getText(x.range) === text);
  assert.ok(d, `a ${rule} diagnostic on '${text}'`);
  return d;
};

async function undo(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  await vscode.commands.executeCommand('undo');
}

/** Expected "line:rule" pairs after inserting one line at 0-based `at`, minus `removed` (a "line:rule" before the insert). */
function shifted(before: string[], at: number, removed: string[]): string[] {
  return before.filter(x => !removed.includes(x)).map(x => {
    const [line, rule] = x.split(':');
    return `${Number(line) - 1 >= at ? Number(line) + 1 : Number(line)}:${rule}`;
  }).sort();
}

suite('code actions', () => {
  suiteSetup(getApi);
  teardown(closeAllEditors);

  test('the quick fix from the finding applies, its diagnostic goes away, and Undo restores the text', async () => {
    const { editor, original, diags } = await openEditsAnswer();
    const doc = editor.document;
    const kafka = find(diags, doc, 'stack-mismatch', 'Kafka');
    const actions = await codeActionsFor(doc.uri, kafka.range, vscode.CodeActionKind.QuickFix.value, a => a.some(x => x.isPreferred));
    const fix = actions.find(a => a.isPreferred)!;
    const expectedTitle = analyze(original).findings.find(f => f.rule === 'stack-mismatch')!.fix!.title;
    assert.strictEqual(fix.title, expectedTitle);
    assert.ok(fix.edit, 'the fix carries a WorkspaceEdit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(kafka.range.start.line).text, /RocketMQ/);
    await waitFor(() => (debriefDiagnostics(doc.uri).some(d => ruleOf(d) === 'stack-mismatch') ? undefined : true), 'stack-mismatch gone');
    await undo(editor);
    assert.strictEqual(doc.getText(), original, 'one Undo restores the text');
    await waitFor(() => (debriefDiagnostics(doc.uri).some(d => ruleOf(d) === 'stack-mismatch') ? true : undefined), 'stack-mismatch back');
  });

  test('"Disable for this line" silences exactly that line, with the same indentation', async () => {
    const api = await getApi();
    const { editor, original, diags } = await openEditsAnswer();
    const doc = editor.document;
    const robust = find(diags, doc, 'vague-term', 'robust');
    const line = robust.range.start.line;
    const title = 'Disable vague-term for this line';
    const actions = await codeActionsFor(doc.uri, robust.range, vscode.CodeActionKind.QuickFix.value, a => a.some(x => x.title === title));
    const before = ruleLines(diags);
    assert.ok(await vscode.workspace.applyEdit(actions.find(a => a.title === title)!.edit!));
    assert.strictEqual(doc.lineAt(line).text, '  <!-- debrief-disable-next-line vague-term -->');
    assert.strictEqual(doc.lineAt(line + 1).text, '  - The order store is robust.');
    const expected = shifted(before, line, [`${line + 1}:vague-term`]);
    assert.ok(expected.includes(`${lineOfText(doc, 'Lookups are fast') + 1}:vague-term`), 'the next line is still flagged');
    await waitFor(async () => {
      await api.whenIdle();
      return JSON.stringify(ruleLines(debriefDiagnostics(doc.uri))) === JSON.stringify(expected) ? true : undefined;
    }, 'only that line silenced');
    assert.deepStrictEqual(coreRuleLines(doc.getText()), expected);
    await undo(editor);
    assert.strictEqual(doc.getText(), original);
  });

  test('"Disable in this file" goes after the front matter; docs action links the rule', async () => {
    const api = await getApi();
    const { editor, diags } = await openEditsAnswer();
    const doc = editor.document;
    const fast = find(diags, doc, 'vague-term', 'fast');
    const title = 'Disable vague-term in this file';
    const actions = await codeActionsFor(doc.uri, fast.range, vscode.CodeActionKind.QuickFix.value, a => a.some(x => x.title === title));
    const docs = actions.find(a => a.title === 'Show documentation for vague-term');
    assert.ok(docs?.command, 'a documentation action');
    assert.strictEqual(docs.command.command, 'debrief.openDocs');
    assert.deepStrictEqual(docs.command.arguments, ['vague-term']);
    const before = ruleLines(diags);
    assert.ok(await vscode.workspace.applyEdit(actions.find(a => a.title === title)!.edit!));
    assert.strictEqual(doc.lineAt(4).text, '<!-- debrief-disable vague-term -->', 'right after the front matter');
    const expected = shifted(before, 4, before.filter(x => x.endsWith(':vague-term')));
    await waitFor(async () => {
      await api.whenIdle();
      return JSON.stringify(ruleLines(debriefDiagnostics(doc.uri))) === JSON.stringify(expected) ? true : undefined;
    }, 'no vague-term left, the rest unchanged');
  });

  test('source.fixAll.debrief applies every fix in one edit, and one Undo reverts it', async () => {
    const { editor, original } = await openEditsAnswer();
    const doc = editor.document;
    const fixes = analyze(original).findings.flatMap(f => (f.fix ? [f.fix] : []));
    assert.ok(fixes.length >= 3, 'the fixture has several fixable findings');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await codeActionsFor(doc.uri, whole, 'source.fixAll.debrief');
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind?.value, 'source.fixAll.debrief');
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    // The expected text: every fix's edits applied to the original, last offset first.
    const lines = original.split('\n');
    const offset = (p: { line: number; column: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.column;
    // Applied last offset first; insertions at one spot land in finding order (so the later one goes in first).
    const edits = fixes.flatMap(f => f.edits).map((e, i) => ({ i, start: offset(e.range.start), end: offset(e.range.end), text: e.newText }))
      .sort((a, b) => b.start - a.start || b.i - a.i);
    const expected = edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), original);
    assert.strictEqual(doc.getText(), expected);
    for (const rule of ['stack-mismatch', 'deferred-decision']) {
      assert.ok(!coreRuleLines(doc.getText()).some(x => x.endsWith(`:${rule}`)), `no ${rule} left`);
    }
    await undo(editor);
    assert.strictEqual(doc.getText(), original, 'one Undo reverts every fix');
  });
});
