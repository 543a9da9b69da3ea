import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core';
import { closeAllEditors, diagnosticsOf, fixture, getApi, openFixture, openUntitled, readText } from './helpers';

const MARK = /<mark class="debrief-flag" title="([^"]*)">([^<]*)<\/mark>/g;

suite('markdown preview', () => {
  suiteSetup(getApi);
  teardown(closeAllEditors);

  test('the markdown-it plugin marks the phrases Debrief flagged, on answers only', async () => {
    const api = await getApi();
    const uri = fixture('answers', 'coupons.answer.md');
    const text = await readText(uri);
    await openFixture('answers', 'coupons.answer.md');
    await diagnosticsOf(uri);
    const md = api.extendMarkdownIt(new MarkdownIt({ html: true }));
    const marks = [...md.render(text, { currentDocument: uri }).matchAll(MARK)].map(m => m[2]);
    assert.deepStrictEqual(marks, ['improve conversion', 'highly available', 'Kafka', 'optimize the cache later', '高并发']);
    assert.strictEqual(marks.length, analyze(text).findings.filter(f => f.range.start.line === f.range.end.line && f.range.end.column > f.range.start.column).length,
      'every finding with a phrase (the empty owner cell has none)');

    const other = await openUntitled('# Notes\n\nThe platform is scalable.\n');
    const plain = md.render(other.document.getText(), { currentDocument: other.document.uri });
    assert.doesNotMatch(plain, /debrief-flag/, 'not an answer: no marks');
  });

  test('debrief.preview.highlight switches the marks off', async () => {
    const api = await getApi();
    const uri = fixture('answers', 'coupons.answer.md');
    await openFixture('answers', 'coupons.answer.md');
    await diagnosticsOf(uri);
    const settings = vscode.workspace.getConfiguration('debrief');
    const md = api.extendMarkdownIt(new MarkdownIt({ html: true }));
    try {
      await settings.update('preview.highlight', false, vscode.ConfigurationTarget.Global);
      assert.doesNotMatch(md.render(await readText(uri), { currentDocument: uri }), /debrief-flag/);
    } finally {
      await settings.update('preview.highlight', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.match(md.render(await readText(uri), { currentDocument: uri }), /debrief-flag/);
  });

  test('VS Code\'s own Markdown renderer picks the plugin up', async () => {
    const editor = await openFixture('answers', 'coupons.answer.md');
    await diagnosticsOf(editor.document.uri);
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', editor.document);
    assert.match(html, /<mark class="debrief-flag" title="vague-term: [^"]*">highly available<\/mark>/);
  });
});
