import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, debriefDiagnostics, fixture, getApi, openFixture, readText, waitFor } from './helpers';

// Above this many characters Debrief skips a file. Both fixtures in large/ are longer, every other
// fixture (and every untitled answer the other suites open) is shorter, so each "skipped" message
// seen here comes from one of the two large answers.
const LIMIT = 3000;
const FIRST = ['large', 'settlement.answer.md'];
const SECOND = ['large', 'refunds.answer.md'];

type ShowMessage = (message: string, ...rest: unknown[]) => Thenable<unknown>;

suite('size guard (debrief.maxFileSize)', () => {
  /** Every information message the extension asked VS Code to show while this suite runs. */
  const shown: string[] = [];
  const skippedMessages = (): string[] => shown.filter(m => /debrief\.maxFileSize/.test(m));
  // The test bundle lives inside the extension's folder, so both get the same `vscode` API object:
  // wrapping window.showInformationMessage here sees the extension's calls (and still shows them).
  const win = vscode.window as unknown as { showInformationMessage: ShowMessage };
  let original: ShowMessage | undefined;
  const settings = () => vscode.workspace.getConfiguration('debrief');

  suiteSetup(async () => {
    await getApi();
    await closeAllEditors();
    original = win.showInformationMessage;
    win.showInformationMessage = function (this: unknown, message: string, ...rest: unknown[]) {
      shown.push(String(message));
      return original!.call(this, message, ...rest);
    };
    assert.notStrictEqual(win.showInformationMessage, original, 'the message spy is installed');
    await settings().update('maxFileSize', LIMIT, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    if (original) win.showInformationMessage = original;
    await settings().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
  });

  teardown(closeAllEditors);

  /** Waits for the pending lints, then lints the document once more and returns why it was skipped. */
  async function relinted(uri: vscode.Uri): Promise<string> {
    const api = await getApi();
    await api.whenIdle();
    const result = await api.analyzeDocument(uri);
    assert.ok(result?.skipped, `${uri.path} is still skipped`);
    return result.skipped;
  }

  const chars = (n: number): string => `${n.toLocaleString('en-US')} characters`;

  test('a file over the limit gets one information message, however often it is re-linted', async () => {
    const api = await getApi();
    const uri = fixture(...FIRST);
    const length = (await readText(uri)).length;
    assert.ok(length > LIMIT, `${FIRST.join('/')} is over the limit (${length} characters)`);
    assert.deepStrictEqual(skippedMessages(), [], 'no skipped message before the file is opened');

    const editor = await openFixture(...FIRST);
    const doc = editor.document;
    await waitFor(() => (skippedMessages().length > 0 ? true : undefined), 'the skipped message');
    assert.strictEqual(skippedMessages().length, 1);
    assert.match(skippedMessages()[0], new RegExp(chars(length)), 'the message gives the file\'s length');
    assert.ok(skippedMessages()[0].includes(FIRST[FIRST.length - 1]), `the message names the file: ${skippedMessages()[0]}`);
    assert.match(api.statusText(), /skipped/);
    assert.deepStrictEqual(debriefDiagnostics(uri), []);

    // 1. typing (debounced lint on change): each re-lint sees the new length
    const end = () => doc.lineAt(doc.lineCount - 1).range.end;
    for (const more of ['Step 23.', ' Done.']) {
      await editor.edit(b => b.insert(end(), more));
      assert.match(await relinted(uri), new RegExp(chars(doc.getText().length)), 'the re-lint saw the edit');
    }
    // 2. save (lint on save): back to the fixture's own text, so the file on disk is unchanged
    await editor.edit(b => b.delete(new vscode.Range(doc.positionAt(length), end())));
    assert.strictEqual(doc.getText().length, length);
    assert.ok(doc.isDirty, 'dirty before saving');
    assert.strictEqual(await doc.save(), true, 'saved');
    assert.match(await relinted(uri), new RegExp(chars(length)));
    // 3. focus another editor and come back; show the same document again
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Scratch\n' }), { preview: false });
    await vscode.window.showTextDocument(doc, { preview: false });
    await openFixture(...FIRST);
    await relinted(uri);
    // 4. a debrief.* settings change re-lints every open answer; "Lint This File" lints it on demand
    await settings().update('debounceMs', 250, vscode.ConfigurationTarget.Global);
    await relinted(uri);
    assert.strictEqual(await vscode.commands.executeCommand('debrief.lintFile', uri), 0, 'Lint This File: 0 findings for a skipped file');
    await relinted(uri);

    assert.deepStrictEqual(skippedMessages().length, 1, `one message for ${FIRST.join('/')}, got:\n${skippedMessages().join('\n')}`);
  });

  test('a second file over the limit gets its own message, once', async () => {
    const first = fixture(...FIRST);
    const second = fixture(...SECOND);
    // The first file is open (and linted) first: from here on, only the second may add a message.
    await openFixture(...FIRST);
    await relinted(first);
    const before = skippedMessages().length;
    const length = (await readText(second)).length;
    assert.ok(length > LIMIT, `${SECOND.join('/')} is over the limit`);

    const editor = await openFixture(...SECOND);
    await waitFor(() => (skippedMessages().length > before ? true : undefined), 'the second file\'s skipped message');
    await editor.edit(b => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'More text. '));
    await relinted(second);
    await settings().update('debounceMs', 260, vscode.ConfigurationTarget.Global);
    await relinted(first);
    await relinted(second);

    const messages = skippedMessages().slice(before);
    assert.strictEqual(messages.length, 1, `one new message for ${SECOND.join('/')}, got:\n${messages.join('\n')}`);
    assert.match(messages[0], new RegExp(chars(length)), 'the new message gives the second file\'s length');
  });
});
