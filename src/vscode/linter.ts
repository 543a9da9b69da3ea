/**
 * Lint scheduling: one job per document, debounced, with a generation counter so a result
 * computed for an older text (or a closed document) is dropped instead of shown.
 * Every lint goes through the document's incremental analyzer from the core (analyzers.ts):
 * the same result as analyze(), re-doing only the chunks and blocks an edit touched.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { DocumentAnalyzers, type UpdateStats } from './analyzers';
import type { ConfigLoader, DocumentConfig } from './config-loader';
import { noticeToDiagnostic, toDiagnostic } from './diagnostics';
import type { AnswerDocuments } from './documents';
import { readSettings } from './settings';

export interface LintResult {
  uri: vscode.Uri;
  /** Document version the result was computed for. */
  version: number;
  /** Undefined when the document was skipped (too large). */
  analysis?: Analysis;
  /** Why the document was skipped, for the status bar and the panel. */
  skipped?: string;
  config: DocumentConfig;
  /** Milliseconds the analysis took. */
  ms: number;
  /** What the incremental analyzer re-did for this result (undefined when skipped). */
  incremental?: UpdateStats;
}

interface Job {
  gen: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class Linter implements vscode.Disposable {
  private readonly jobs = new Map<string, Job>();
  private readonly results = new Map<string, LintResult>();
  private readonly warnedTooLarge = new Set<string>();
  /** One incremental analyzer per answer document (by URI), dropped when the document closes. */
  private readonly analyzers = new DocumentAnalyzers();
  private readonly linted = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's result changed (new result, skipped, or cleared). */
  readonly onDidLint = this.linted.event;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  /** Duration of the last analysis, in milliseconds. */
  lastLintMs = 0;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly documents: AnswerDocuments,
    private readonly configs: ConfigLoader,
    private readonly log: vscode.OutputChannel,
  ) {}

  result(uri: vscode.Uri): LintResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Lint after `delayMs` of quiet; a newer call for the same document replaces this one. */
  schedule(doc: vscode.TextDocument, delayMs: number): void {
    const job = this.job(doc.uri);
    const gen = ++job.gen;
    if (job.timer) clearTimeout(job.timer); else this.pending++;
    job.timer = setTimeout(() => {
      job.timer = undefined;
      this.pending--;
      void this.run(doc, gen);
    }, delayMs);
  }

  /** Lint now; resolves with the result (undefined when the document is not an answer or the run went stale). */
  lint(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    const job = this.job(doc.uri);
    if (job.timer) { clearTimeout(job.timer); job.timer = undefined; this.pending--; }
    return this.run(doc, ++job.gen);
  }

  /** Forget a document: cancels pending work, removes its diagnostics. */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const job = this.jobs.get(key);
    if (job) {
      job.gen++;
      if (job.timer) { clearTimeout(job.timer); job.timer = undefined; this.pending--; }
      this.jobs.delete(key);
    }
    this.diagnostics.delete(uri);
    this.analyzers.drop(key);
    const had = this.results.delete(key);
    this.warnedTooLarge.delete(key);
    this.settle();
    if (had) this.linted.fire(uri);
  }

  /** Resolves when no lint is scheduled or running. */
  whenIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  private job(uri: vscode.Uri): Job {
    const key = uri.toString();
    let job = this.jobs.get(key);
    if (!job) {
      job = { gen: 0 };
      this.jobs.set(key, job);
    }
    return job;
  }

  private isCurrent(doc: vscode.TextDocument, gen: number): boolean {
    return !doc.isClosed && this.jobs.get(doc.uri.toString())?.gen === gen;
  }

  private async run(doc: vscode.TextDocument, gen: number): Promise<LintResult | undefined> {
    this.pending++;
    try {
      const answer = await this.documents.isAnswer(doc);
      if (!this.isCurrent(doc, gen)) return undefined;
      if (!answer) {
        this.diagnostics.delete(doc.uri);
        this.analyzers.drop(doc.uri.toString());
        if (this.results.delete(doc.uri.toString())) this.linted.fire(doc.uri);
        return undefined;
      }
      const config = await this.configs.forDocument(doc.uri);
      if (!this.isCurrent(doc, gen)) return undefined;
      const result = this.analyse(doc, config);
      this.results.set(doc.uri.toString(), result);
      this.linted.fire(doc.uri);
      return result;
    } catch (err) {
      this.log.appendLine(`Lint failed for ${doc.uri.toString()}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return undefined;
    } finally {
      this.pending--;
      this.settle();
    }
  }

  private analyse(doc: vscode.TextDocument, config: DocumentConfig): LintResult {
    const { maxFileSize } = readSettings(doc.uri);
    const lastLine = doc.lineAt(doc.lineCount - 1);
    const length = doc.offsetAt(lastLine.range.end);
    const base = { uri: doc.uri, version: doc.version, config };
    const key = doc.uri.toString();
    if (length > maxFileSize) {
      this.diagnostics.delete(doc.uri);
      this.analyzers.drop(key);
      const skipped = `Debrief skipped this file: ${length.toLocaleString('en-US')} characters is over the debrief.maxFileSize limit (${maxFileSize.toLocaleString('en-US')}).`;
      if (!this.warnedTooLarge.has(key)) {
        this.warnedTooLarge.add(key);
        // The notification names the file: with several large files open, "this file" is ambiguous.
        void vscode.window.showInformationMessage(skipped.replace('this file', vscode.workspace.asRelativePath(doc.uri, false)));
      }
      return { ...base, skipped, ms: 0 };
    }
    const t0 = performance.now();
    const analysis = this.analyzers.analyze(key, doc.getText(), { config: config.config });
    const ms = performance.now() - t0;
    this.lastLintMs = ms;
    this.diagnostics.set(doc.uri, [
      ...analysis.findings.map(toDiagnostic),
      ...analysis.notices.map(n => noticeToDiagnostic(n, doc)),
    ]);
    return { ...base, analysis, ms, incremental: this.analyzers.stats(key) };
  }

  private settle(): void {
    if (this.pending !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  dispose(): void {
    for (const job of this.jobs.values()) if (job.timer) clearTimeout(job.timer);
    this.jobs.clear();
    this.analyzers.clear();
    this.linted.dispose();
  }
}
