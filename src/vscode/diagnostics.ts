/** Core findings and notices → vscode.Diagnostic (and back, by code and range). */
import * as vscode from 'vscode';
import { ruleDocsUrl, type Finding, type Notice, type Range, type Severity } from '../core';

export const SOURCE = 'debrief';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.column, r.end.line, r.end.column);
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'info': return vscode.DiagnosticSeverity.Information;
  }
}

export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
  d.source = SOURCE;
  d.code = { value: f.rule, target: vscode.Uri.parse(ruleDocsUrl(f.rule)) };
  return d;
}

/** A notice is about the input (an unknown profile in front matter, say): Information on its line. */
export function noticeToDiagnostic(n: Notice, doc: vscode.TextDocument): vscode.Diagnostic {
  const line = Math.min(Math.max(0, n.line), Math.max(0, doc.lineCount - 1));
  const d = new vscode.Diagnostic(doc.lineAt(line).range, n.message, vscode.DiagnosticSeverity.Information);
  d.source = SOURCE;
  return d;
}

/** The rule id of one of Debrief's diagnostics, or undefined for anything else. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const code = d.code;
  if (typeof code === 'object' && code !== null && typeof code.value === 'string') return code.value;
  return undefined;
}

/** The finding a diagnostic was made from: same rule, same range. */
export function findingFor(d: vscode.Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const rule = ruleOf(d);
  if (!rule) return undefined;
  return findings.find(f => f.rule === rule && toRange(f.range).isEqual(d.range));
}
