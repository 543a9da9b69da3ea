/** What activate() returns: the Markdown preview plugin hook plus a small API for tests and tooling. */
import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';
import type { Finding, Notice, Rubric } from '../core';
import type { PanelState } from '../webview/messages';

export interface DocumentAnalysis {
  profile: string;
  findings: Finding[];
  notices: Notice[];
  rubric?: Rubric;
  skipped?: string;
}

export interface DebriefApi {
  /** Milliseconds from the start of activate() until Debrief was ready (providers registered, open documents queued). */
  readonly activationMs: number;
  /** Milliseconds the last analyze() call took. */
  readonly lastLintMs: number;
  /** Lints the document now; undefined when it is not an answer. */
  analyzeDocument(uri: vscode.Uri): Promise<DocumentAnalysis | undefined>;
  isAnswer(uri: vscode.Uri): Promise<boolean>;
  /** Resolves when no lint is scheduled or running. */
  whenIdle(): Promise<void>;
  panelResolved(): boolean;
  /** The last state posted to the rubric panel's webview. */
  panelState(): PanelState | undefined;
  /** The status bar text ('' when hidden). */
  statusText(): string;
  /** Called by VS Code's Markdown preview (contributes.markdown.markdownItPlugins). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}
