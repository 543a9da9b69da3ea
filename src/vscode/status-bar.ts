/** The status bar item shown on answers: findings count and speaking time; click opens the rubric panel. */
import * as vscode from 'vscode';
import { speakingTime, TARGET_MINUTES, TOO_LONG_MINUTES } from '../core';
import type { Linter } from './linter';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('debrief.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly linter: Linter) {
    this.item.name = 'Debrief';
    this.item.command = 'debrief.showPanel';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint(() => this.update()),
    );
    this.update();
  }

  /** The text shown right now ('' when hidden): a test hook. */
  get text(): string {
    return this.shown ? this.item.text : '';
  }

  private shown = false;

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const result = doc && this.linter.result(doc.uri);
    if (!result) {
      this.item.hide();
      this.shown = false;
      return;
    }
    if (result.skipped) {
      this.item.text = '$(circle-slash) Debrief: skipped (file too large)';
      this.item.tooltip = result.skipped;
      this.item.backgroundColor = undefined;
    } else {
      const a = result.analysis!;
      const n = a.findings.length;
      // From the model, not the rubric: the rubric is scored only when its panel shows it.
      const { minutes } = speakingTime(a.model);
      const target = TARGET_MINUTES;
      const tooLong = minutes > TOO_LONG_MINUTES;
      this.item.text = `$(checklist) ${n} ${n === 1 ? 'finding' : 'findings'} · ${minutes} min`;
      this.item.tooltip = new vscode.MarkdownString(
        `**Debrief** (${a.profile.label}): ${n} ${n === 1 ? 'finding' : 'findings'}.\n\n` +
        `Speaking time about ${minutes} min; target ${target} min${tooLong ? ': **over 20 minutes, cut it down**' : ''}.\n\n` +
        'Click to open the rubric panel.');
      this.item.backgroundColor = tooLong ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    }
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
