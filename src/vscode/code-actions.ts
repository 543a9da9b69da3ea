/**
 * Quick fixes for Debrief's diagnostics, read from Debrief's own DiagnosticCollection
 * (context.diagnostics can lag behind) and matched to findings by code and range:
 * the finding's fix (preferred), disable for this line, disable in this file, show docs;
 * plus `source.fixAll.debrief`, every fix in one WorkspaceEdit.
 */
import * as vscode from 'vscode';
import { RULES, type Finding } from '../core';
import { disableFileEdit, disableLineEdit, fixEdit } from './answer-edits';
import { findingFor, ruleOf } from './diagnostics';
import type { LintResult, Linter } from './linter';
import { readSettings } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('debrief');

/** Document-level rules (no per-block check) obey file-wide disables only. */
const isDocumentLevel = (rule: string): boolean => {
  const r = RULES.find(x => x.meta.id === rule);
  return !!r && !r.checkBlock;
};

export class DebriefCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: vscode.DiagnosticCollection, private readonly linter: Linter) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const result = await this.freshResult(doc);
    if (!result?.analysis) return [];
    const actions: vscode.CodeAction[] = [];
    const only = context.only;
    if (!only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only)) {
      actions.push(...this.quickFixes(doc, range, result));
    }
    if (only && only.contains(FIX_ALL_KIND)) {
      const all = this.fixAll(doc, result.analysis.findings);
      if (all) actions.push(all);
    }
    return actions;
  }

  /** The result for the document's current text: lint now if the last one is out of date. */
  private async freshResult(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    const result = this.linter.result(doc.uri);
    if (result && result.version === doc.version) return result;
    if (readSettings(doc.uri).run === 'off') return undefined;
    const fresh = await this.linter.lint(doc);
    return fresh && fresh.version === doc.version ? fresh : undefined;
  }

  private quickFixes(doc: vscode.TextDocument, range: vscode.Range, result: LintResult): vscode.CodeAction[] {
    const analysis = result.analysis!;
    const fixes: vscode.CodeAction[] = [];
    const others: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const d of this.diagnostics.get(doc.uri) ?? []) {
      if (!d.range.intersection(range)) continue;
      const rule = ruleOf(d);
      const finding = findingFor(d, analysis.findings);
      if (!rule || !finding) continue;
      if (finding.fix) {
        const a = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = fixEdit(doc, [finding.fix]);
        a.diagnostics = [d];
        a.isPreferred = true;
        fixes.push(a);
      }
      const line = d.range.start.line;
      if (!isDocumentLevel(rule) && !seen.has(`line:${rule}:${line}`)) {
        seen.add(`line:${rule}:${line}`);
        const a = new vscode.CodeAction(`Disable ${rule} for this line`, vscode.CodeActionKind.QuickFix);
        a.edit = disableLineEdit(doc, analysis.model, line, rule);
        a.diagnostics = [d];
        others.push(a);
      }
      if (!seen.has(`file:${rule}`)) {
        seen.add(`file:${rule}`);
        const a = new vscode.CodeAction(`Disable ${rule} in this file`, vscode.CodeActionKind.QuickFix);
        a.edit = disableFileEdit(doc, analysis.model, rule);
        a.diagnostics = [d];
        others.push(a);
        const docs = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
        docs.command = { title: docs.title, command: 'debrief.openDocs', arguments: [rule] };
        others.push(docs);
      }
    }
    return [...fixes, ...others];
  }

  private fixAll(doc: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction | undefined {
    const fixes = findings.flatMap(f => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) return undefined;
    const a = new vscode.CodeAction('Debrief: apply every available fix', FIX_ALL_KIND);
    a.edit = fixEdit(doc, fixes);
    return a;
  }
}
