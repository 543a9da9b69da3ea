/**
 * Shared helpers for the integration tests. They run in both extension hosts (Node and web
 * worker), so no Node API: files are read through vscode.workspace.fs. Poll, never sleep.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze, type ResolvedConfig } from '../../../src/core';
import type { DebriefApi } from '../../../src/vscode/api';

export const EXTENSION_ID = 'debrief.debrief';

export async function getApi(): Promise<DebriefApi> {
  const ext = vscode.extensions.getExtension<DebriefApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Polls `fn` until it returns something other than undefined (or throws after `ms`). */
export async function waitFor<T>(fn: () => T | undefined | Promise<T | undefined>, what: string, ms = 25000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return folder.uri;
}

export const fixture = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...segments);

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(uri));
}

export const debriefDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter(d => d.source === 'debrief');

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : undefined;
}

/** "line:rule" pairs, 1-based lines as LABELS.md counts them, sorted. */
export const ruleLines = (diags: readonly vscode.Diagnostic[]): string[] =>
  diags.filter(d => ruleOf(d)).map(d => `${d.range.start.line + 1}:${ruleOf(d)}`).sort();

/** The same pairs computed by the core engine (what the CLI reports) for a text. */
export function coreRuleLines(text: string, config?: ResolvedConfig): string[] {
  return analyze(text, { config, rubric: false }).findings.map(f => `${f.range.start.line + 1}:${f.rule}`).sort();
}

/** Waits until Debrief has linted and the diagnostics are non-empty. */
export async function diagnosticsOf(uri: vscode.Uri, what = `diagnostics for ${uri.path}`): Promise<vscode.Diagnostic[]> {
  const api = await getApi();
  return waitFor(async () => {
    await api.whenIdle();
    const d = debriefDiagnostics(uri);
    return d.length > 0 ? d : undefined;
  }, what);
}

export async function openFixture(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(...segments));
  return vscode.window.showTextDocument(doc);
}

/** An untitled Markdown document with `content`, shown in an editor (mutations never touch fixtures). */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc);
}

/** Closes every editor without saving (untitled documents are discarded). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const tab = vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.input instanceof vscode.TabInputText);
    if (!tab) break;
    const doc = await vscode.workspace.openTextDocument((tab.input as vscode.TabInputText).uri);
    await vscode.window.showTextDocument(doc, { viewColumn: tab.group.viewColumn, preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Quick fixes the extension offers for a diagnostic (polled: the first request can race the provider). */
export async function codeActionsFor(uri: vscode.Uri, range: vscode.Range, kind = vscode.CodeActionKind.QuickFix.value, has: (a: vscode.CodeAction[]) => boolean = a => a.length > 0): Promise<vscode.CodeAction[]> {
  return waitFor(async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
    return actions && has(actions) ? actions : undefined;
  }, `code actions at ${range.start.line}:${range.start.character}`);
}

export function lineOfText(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`'${needle}' not found in ${doc.uri.toString()}`);
}
