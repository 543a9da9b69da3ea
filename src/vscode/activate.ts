/**
 * Wiring shared by both entry points: which events lint which documents, and the providers.
 * No rule logic here: findings come from analyze() in the core.
 */
import * as vscode from 'vscode';
import { analyze } from '../core';
import type { DebriefApi } from './api';
import { DebriefCodeActions } from './code-actions';
import { createActions, registerCommands } from './commands';
import { ConfigLoader, isConfigUri } from './config-loader';
import { SOURCE } from './diagnostics';
import { AnswerDocuments } from './documents';
import { Linter } from './linter';
import { PANEL_VIEW_ID, RubricPanel } from './panel';
import { debriefPreviewPlugin } from './preview';
import { readSettings } from './settings';
import { StatusBar } from './status-bar';

const PREVIEW_REFRESH_MS = 300;

export function activateDebrief(context: vscode.ExtensionContext): DebriefApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Debrief');
  const diagnostics = vscode.languages.createDiagnosticCollection(SOURCE);
  const configDiagnostics = vscode.languages.createDiagnosticCollection(`${SOURCE}-config`);
  const configs = new ConfigLoader(configDiagnostics, uri => readSettings(uri).profile);
  const documents = new AnswerDocuments(configs);
  const linter = new Linter(diagnostics, documents, configs, log);
  const actions = createActions({ linter, documents, diagnostics, panelAnswer: () => panel.answer });
  const panel = new RubricPanel(context.extensionUri, linter, actions, log);
  const status = new StatusBar(linter);

  const isMarkdown = (doc: vscode.TextDocument): boolean => doc.languageId === 'markdown';
  const lintSoon = (doc: vscode.TextDocument, delay: number): void => {
    if (isMarkdown(doc) && readSettings(doc.uri).run !== 'off') linter.schedule(doc, delay);
  };
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Re-render open Markdown previews so their marks follow the latest findings. */
  const refreshPreview = (): void => {
    if (!readSettings().previewHighlight) return;
    if (previewTimer) clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      previewTimer = undefined;
      void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
    }, PREVIEW_REFRESH_MS);
  };
  context.subscriptions.push({ dispose: () => { if (previewTimer) clearTimeout(previewTimer); } });
  const lintAllOpen = (): void => {
    for (const doc of vscode.workspace.textDocuments) {
      if (!isMarkdown(doc)) continue;
      const { run, debounceMs } = readSettings(doc.uri);
      if (run === 'off') linter.clear(doc.uri); else linter.schedule(doc, debounceMs);
    }
  };

  context.subscriptions.push(
    log, diagnostics, configDiagnostics, configs, linter, panel, status,
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, panel),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new DebriefCodeActions(diagnostics, linter), DebriefCodeActions.metadata),
    ...registerCommands(actions),
    vscode.workspace.onDidOpenTextDocument(doc => lintSoon(doc, 0)),
    vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length === 0 || !isMarkdown(e.document)) return;
      const { run, debounceMs } = readSettings(e.document.uri);
      if (run === 'onType') linter.schedule(e.document, debounceMs);
    }),
    vscode.workspace.onDidSaveTextDocument(doc => lintSoon(doc, 0)),
    vscode.workspace.onDidCloseTextDocument(doc => {
      if (isConfigUri(doc.uri)) return;
      linter.clear(doc.uri);
      // Untitled URIs are reused (Untitled-1 again): a closed one must not stay an answer.
      if (doc.uri.scheme === 'untitled') documents.forget(doc.uri);
    }),
    linter.onDidLint(() => refreshPreview()),
    configs.onDidChange(() => lintAllOpen()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => lintAllOpen()),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration('debrief')) return;
      lintAllOpen();
      if (e.affectsConfiguration('debrief.preview.highlight')) void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
    }),
  );

  for (const doc of vscode.workspace.textDocuments) lintSoon(doc, 0);
  const activationMs = performance.now() - started;
  log.appendLine(`Debrief activated in ${activationMs.toFixed(1)} ms.`);

  return {
    activationMs,
    get lastLintMs() { return linter.lastLintMs; },
    async analyzeDocument(uri) {
      const doc = await vscode.workspace.openTextDocument(uri);
      const result = await linter.lint(doc);
      if (!result) return undefined;
      const a = result.analysis;
      return { profile: a?.profile.id ?? '', findings: a?.findings ?? [], notices: a?.notices ?? [], rubric: a?.rubric, skipped: result.skipped };
    },
    async isAnswer(uri) {
      return documents.isAnswer(await vscode.workspace.openTextDocument(uri));
    },
    whenIdle: () => linter.whenIdle(),
    panelResolved: () => panel.resolved,
    panelState: () => panel.lastPosted,
    statusText: () => status.text,
    extendMarkdownIt(md) {
      return debriefPreviewPlugin(md, {
        enabled: () => readSettings().previewHighlight,
        findings(documentUri) {
          const uri = vscode.Uri.parse(documentUri);
          const result = linter.result(uri);
          if (!result?.analysis) return undefined;
          const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
          if (!doc || doc.version === result.version) return { source: result.analysis.model.source, findings: result.analysis.findings };
          // The preview renders the current text; the last lint may be a keystroke behind.
          const source = doc.getText();
          return { source, findings: analyze(source, { config: result.config.config, rubric: false }).findings };
        },
      });
    },
  };
}
