/**
 * The rubric side panel (a WebviewView in Debrief's activity-bar container). It follows the
 * active answer and re-renders when its lint result changes; what the webview sends back is
 * validated before anything acts on it.
 */
import * as vscode from 'vscode';
import { isFromWebview, type FromWebview, type PanelState, type ToWebview } from '../webview/messages';
import type { Linter } from './linter';
import { localResourceRoots, makeNonce, panelHtml } from './panel-html';
import { answerState } from './panel-state';

export const PANEL_VIEW_ID = 'debrief.rubric';
const REFRESH_DELAY_MS = 50;

/** What the panel's buttons and links do; implemented in commands.ts. */
export interface PanelActions {
  reveal(uri: vscode.Uri, line: number): Promise<unknown>;
  nextFinding(uri: vscode.Uri, rule: string): Promise<unknown>;
  switchProfile(uri: vscode.Uri, profile: string): Promise<unknown>;
  openDocs(rule: string): Promise<unknown>;
  newAnswer(): Promise<unknown>;
}

export class RubricPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  /** The answer the panel describes. */
  private target?: vscode.Uri;
  private posted?: PanelState;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly linter: Linter, private readonly actions: PanelActions, private readonly log: vscode.OutputChannel) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument(() => this.refresh()),
      linter.onDidLint(() => this.refresh()),
    );
    this.target = this.pickTarget();
  }

  get resolved(): boolean {
    return this.view !== undefined;
  }

  /** The last state posted to the webview (a test hook). */
  get lastPosted(): PanelState | undefined {
    return this.posted;
  }

  /** The answer the panel currently follows. */
  get answer(): vscode.Uri | undefined {
    return this.target;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: localResourceRoots(this.extensionUri) };
    view.webview.html = panelHtml(view.webview, this.extensionUri, makeNonce());
    view.webview.onDidReceiveMessage(m => this.receive(m), undefined, this.disposables);
    view.onDidChangeVisibility(() => { if (view.visible) this.post(); }, undefined, this.disposables);
    view.onDidDispose(() => { if (this.view === view) this.view = undefined; }, undefined, this.disposables);
    this.post();
  }

  /** Re-render soon (several lint results in a row become one update). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.post(); }, REFRESH_DELAY_MS);
  }

  /** The active editor's document when it is an answer; otherwise keep following the last answer while no editor is active. */
  private pickTarget(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.uri.scheme !== 'output') {
      return this.linter.result(editor.document.uri) ? editor.document.uri : undefined;
    }
    const t = this.target;
    return t && this.linter.result(t) && vscode.workspace.textDocuments.some(d => d.uri.toString() === t.toString()) ? t : undefined;
  }

  state(): PanelState {
    this.target = this.pickTarget();
    const result = this.target && this.linter.result(this.target);
    return result ? answerState(result) : { kind: 'empty' };
  }

  private post(): void {
    const state = this.state();
    if (!this.view) return;
    const message: ToWebview = { type: 'state', state };
    this.posted = state;
    void this.view.webview.postMessage(message);
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) {
      this.log.appendLine(`Rubric panel: ignored an unexpected message: ${JSON.stringify(message)?.slice(0, 200)}`);
      return;
    }
    void this.handle(message).catch(err => this.log.appendLine(`Rubric panel: ${err instanceof Error ? err.message : String(err)}`));
  }

  private async handle(m: FromWebview): Promise<void> {
    if (m.type === 'ready') { this.post(); return; }
    if (m.type === 'newAnswer') { await this.actions.newAnswer(); return; }
    if (m.type === 'openDocs') { await this.actions.openDocs(m.rule); return; }
    const uri = this.target;
    if (!uri) return;
    switch (m.type) {
      case 'reveal': await this.actions.reveal(uri, m.line); break;
      case 'nextFinding': await this.actions.nextFinding(uri, m.rule); break;
      case 'switchProfile': await this.actions.switchProfile(uri, m.profile); break;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
