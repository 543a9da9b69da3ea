/**
 * Edits Debrief makes to an answer, each as ONE WorkspaceEdit (so one Undo reverts it):
 * applying a finding's fix data, inline-control comments, the profile in front matter.
 * The comment syntax itself is the core's (src/core/inline-control.ts).
 */
import * as vscode from 'vscode';
import { parse, type AnswerModel, type Finding } from '../core';
import { toRange } from './diagnostics';

const eolOf = (doc: vscode.TextDocument): string => (doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
const indentOf = (text: string): string => /^[ \t]*/.exec(text)![0];

export function fixEdit(doc: vscode.TextDocument, fixes: readonly NonNullable<Finding['fix']>[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const taken: { range: vscode.Range; text: string }[] = [];
  for (const fix of fixes) {
    const ranges = fix.edits.map(e => toRange(e.range));
    // Pure insertions at the very spot of an earlier pure insertion join it, in finding order
    // (e.g. several missing sections appended at the end of the answer).
    const joins = ranges.map(r => (r.isEmpty ? taken.find(t => t.range.isEmpty && t.range.start.isEqual(r.start)) : undefined));
    // Any other overlap is left for the next round (fix all).
    if (ranges.some((r, i) => !joins[i] && taken.some(t => overlaps(r, t.range)))) continue;
    fix.edits.forEach((e, i) => { const j = joins[i]; if (j) j.text += e.newText; else taken.push({ range: ranges[i], text: e.newText }); });
  }
  for (const t of taken) edit.replace(doc.uri, t.range, t.text);
  return edit;
}

function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  if (a.start.isEqual(b.start)) return true; // two edits at one spot: their order would be a guess
  return a.start.isBefore(b.end) && b.start.isBefore(a.end);
}

/**
 * Silence `rule` on `line`. Above the line, same indentation: `<!-- debrief-disable-next-line RULE -->`.
 * A table row cannot have a line inserted above it without breaking the table, so there the
 * comment goes inside the row's last cell as `<!-- debrief-disable-line RULE -->`.
 */
export function disableLineEdit(doc: vscode.TextDocument, model: AnswerModel, line: number, rule: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const text = doc.lineAt(line).text;
  const inTable = model.blocks.some(b => b.kind === 'table-row' && b.line === line);
  if (inTable) {
    const trimmed = text.trimEnd();
    const at = trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? trimmed.length - 1 : text.length;
    const before = text.slice(0, at);
    const pad = /\s$/.test(before) ? '' : ' ';
    edit.insert(doc.uri, new vscode.Position(line, at), `${pad}<!-- debrief-disable-line ${rule} -->${at < text.length ? ' ' : ''}`);
  } else {
    edit.insert(doc.uri, new vscode.Position(line, 0), `${indentOf(text)}<!-- debrief-disable-next-line ${rule} -->${eolOf(doc)}`);
  }
  return edit;
}

/** Silence `rule` in the whole file: `<!-- debrief-disable RULE -->` after the front matter, or at the top. */
export function disableFileEdit(doc: vscode.TextDocument, model: AnswerModel, rule: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const comment = `<!-- debrief-disable ${rule} -->`;
  const fm = model.frontMatter;
  if (!fm) {
    edit.insert(doc.uri, new vscode.Position(0, 0), `${comment}${eolOf(doc)}`);
  } else if (fm.endLine + 1 < doc.lineCount) {
    edit.insert(doc.uri, new vscode.Position(fm.endLine + 1, 0), `${comment}${eolOf(doc)}`);
  } else {
    edit.insert(doc.uri, doc.lineAt(fm.endLine).range.end, `${eolOf(doc)}${comment}`);
  }
  return edit;
}

/** Set `profile:` in the front matter: replace the value, add the key, or add front matter. */
export function profileEdit(doc: vscode.TextDocument, profile: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const eol = eolOf(doc);
  const fm = parse(doc.getText()).frontMatter;
  if (fm?.profileValue) {
    const { start, end } = fm.profileValue;
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const glued = start === end && start > 0 && doc.getText().charAt(start - 1) === ':';
    edit.replace(doc.uri, range, glued ? ` ${profile}` : profile);
  } else if (fm) {
    edit.insert(doc.uri, new vscode.Position(fm.line + 1, 0), `profile: ${profile}${eol}`);
  } else {
    edit.insert(doc.uri, new vscode.Position(0, 0), `---${eol}profile: ${profile}${eol}---${eol}`);
  }
  return edit;
}
