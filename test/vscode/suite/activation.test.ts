import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi } from './helpers';

const hostKind = (): string =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string' ? 'Node' : 'web worker';

suite('activation', () => {
  test('the extension activates and exposes its API', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'Debrief is installed in the extension host');
    const api = await getApi();
    assert.strictEqual(ext.isActive, true);
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs >= 0, `activationMs is a duration: ${api.activationMs}`);
    // Reported by the harness (not asserted: no timed assertions in tests).
    console.log(`Debrief activation: ${api.activationMs.toFixed(1)} ms (${hostKind()} extension host)`);
    for (const fn of ['analyzeDocument', 'isAnswer', 'whenIdle', 'panelResolved', 'panelState', 'statusText', 'extendMarkdownIt'] as const) {
      assert.strictEqual(typeof api[fn], 'function', `api.${fn}`);
    }
  });

  test('the first lint answers (cold engine: lexicons compile on first use)', async function () {
    this.timeout(120000);
    const api = await getApi();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nprofile: alibaba-pm\n---\n\nThe service is scalable.\n' });
    const t0 = Date.now();
    const result = await api.analyzeDocument(doc.uri);
    console.log(`Debrief first lint: ${Date.now() - t0} ms wall, analyze() ${api.lastLintMs.toFixed(1)} ms`);
    assert.ok(result, 'an answer');
    assert.deepStrictEqual(result.findings.map(f => `${f.range.start.line + 1}:${f.rule}`).filter(x => x.endsWith('vague-term')), ['5:vague-term']);
  });

  test('every contributed command is registered', async () => {
    await getApi();
    const all = new Set(await vscode.commands.getCommands(true));
    const contributed = ['debrief.newAnswer', 'debrief.insertSection', 'debrief.lintFile', 'debrief.showPanel', 'debrief.switchProfile', 'debrief.openDocs', 'debrief.nextFinding'];
    for (const c of contributed) assert.ok(all.has(c), `${c} is registered`);
  });
});
