import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticsOf, fixture, getApi, openFixture, readBytes } from './helpers';

suite('saving', () => {
  suiteSetup(getApi);
  teardown(closeAllEditors);

  for (const name of ['coupons.answer.md', 'crlf.answer.md']) {
    test(`opening, linting and saving ${name} leaves its bytes unchanged`, async () => {
      const api = await getApi();
      const uri = fixture('answers', name);
      const before = await readBytes(uri);
      const editor = await openFixture('answers', name);
      const doc = editor.document;
      await diagnosticsOf(uri);
      // Make the document dirty with identical text so that Save really writes it.
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit(b => b.insert(end, 'x'));
      await editor.edit(b => b.delete(new vscode.Range(end, end.translate(0, 1))));
      assert.ok(doc.isDirty, 'dirty before saving');
      assert.strictEqual(await doc.save(), true, 'saved');
      await api.whenIdle();
      await diagnosticsOf(uri);
      const after = await readBytes(uri);
      assert.strictEqual(after.length, before.length, 'same length');
      assert.ok(after.every((b, i) => b === before[i]), 'same bytes');
    });
  }
});
