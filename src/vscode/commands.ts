/**
 * Debrief's commands. Each returns something useful (tests call them through
 * vscode.commands.executeCommand): New Answer returns the new document's URI, and so on.
 * Arguments let tests and the panel skip the pickers; without them the user is asked.
 */
import * as vscode from 'vscode';
import { findProfile, PROFILES, ruleDocsUrl, type Profile } from '../core';
import { profileEdit } from './answer-edits';
import { ruleOf } from './diagnostics';
import type { AnswerDocuments } from './documents';
import type { Linter } from './linter';
import { PANEL_VIEW_ID, type PanelActions } from './panel';
import { frontMatterSnippet, profileTemplate, SECTION_TEMPLATES } from './templates';

export interface NewAnswerArgs { profile?: string; prompt?: string }
export interface InsertSectionArgs { id?: string }
export interface SwitchProfileArgs { profile?: string; uri?: string | vscode.Uri }

interface Deps {
  linter: Linter;
  documents: AnswerDocuments;
  diagnostics: vscode.DiagnosticCollection;
  /** The answer the rubric panel follows, if any (fallback target for Switch Profile). */
  panelAnswer(): vscode.Uri | undefined;
}

const toUri = (u: string | vscode.Uri | undefined): vscode.Uri | undefined => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

async function pickProfile(placeHolder: string, current?: string): Promise<Profile | undefined> {
  const items = PROFILES.map(p => ({ label: p.label, description: p.id + (p.id === current ? ' (current)' : ''), detail: p.description || undefined, profile: p }));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.profile;
}

async function pickPrompt(profile: Profile): Promise<string | undefined> {
  const own = '$(edit) Type my own prompt…';
  if (profile.prompts.length > 0) {
    const picked = await vscode.window.showQuickPick([...profile.prompts.map(p => ({ label: p })), { label: own }], { placeHolder: `A ${profile.label} practice prompt` });
    if (!picked) return undefined;
    if (picked.label !== own) return picked.label;
  }
  const typed = await vscode.window.showInputBox({ prompt: 'The interview prompt you are answering', placeHolder: 'Design …', validateInput: v => (v.trim() ? undefined : 'Type the prompt, or press Escape to cancel.') });
  return typed?.trim() || undefined;
}

/** Shows the document and selects a range, reusing an editor that already shows it. */
async function showRange(uri: vscode.Uri, range: vscode.Range): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(visible?.document ?? await vscode.workspace.openTextDocument(uri), { viewColumn: visible?.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function createActions(deps: Deps): PanelActions & {
  newAnswer(args?: NewAnswerArgs): Promise<vscode.Uri | undefined>;
  insertSection(args?: InsertSectionArgs): Promise<string | undefined>;
  lintFile(uri?: string | vscode.Uri): Promise<number | undefined>;
  switchProfileCommand(args?: SwitchProfileArgs): Promise<boolean>;
} {
  const actions = {
    async newAnswer(args: NewAnswerArgs = {}): Promise<vscode.Uri | undefined> {
      const profile = args.profile !== undefined ? findProfile(args.profile) : await pickProfile('Profile for the new answer');
      if (!profile) {
        if (args.profile !== undefined) void vscode.window.showErrorMessage(`Debrief: unknown profile '${args.profile}'.`);
        return undefined;
      }
      const prompt = args.prompt ?? await pickPrompt(profile);
      if (prompt === undefined) return undefined;
      // Always a new untitled document: New Answer never overwrites a file.
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      const snippet = new vscode.SnippetString(frontMatterSnippet(profile.id, prompt) + profileTemplate(profile));
      await editor.insertSnippet(snippet, new vscode.Position(0, 0));
      return doc.uri;
    },

    async insertSection(args: InsertSectionArgs = {}): Promise<string | undefined> {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Debrief: open a Markdown answer to insert a section.');
        return undefined;
      }
      const template = args.id !== undefined
        ? SECTION_TEMPLATES.find(t => t.id === args.id)
        : (await vscode.window.showQuickPick(SECTION_TEMPLATES.map(t => ({ label: t.name, description: t.id, detail: t.description, template: t })), { placeHolder: 'Section to insert at the cursor', matchOnDescription: true, matchOnDetail: true }))?.template;
      if (!template) return undefined;
      await editor.insertSnippet(new vscode.SnippetString(template.body), editor.selections);
      return template.id;
    },

    async lintFile(uriArg?: string | vscode.Uri): Promise<number | undefined> {
      const uri = toUri(uriArg) ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      const doc = await vscode.workspace.openTextDocument(uri);
      if (doc.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Debrief lints Markdown answers only.');
        return undefined;
      }
      deps.documents.markManual(doc.uri);
      const result = await deps.linter.lint(doc);
      return result?.analysis?.findings.length ?? (result?.skipped ? 0 : undefined);
    },

    async switchProfileCommand(args: SwitchProfileArgs = {}): Promise<boolean> {
      const uri = toUri(args.uri) ?? deps.panelAnswer() ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) return false;
      const current = deps.linter.result(uri)?.analysis?.profile.id;
      const profile = args.profile ?? (await pickProfile('Profile for this answer', current))?.id;
      if (!profile) return false;
      return actions.switchProfile(uri, profile);
    },

    async switchProfile(uri: vscode.Uri, profile: string): Promise<boolean> {
      if (!findProfile(profile)) return false;
      const doc = await vscode.workspace.openTextDocument(uri);
      if (doc.languageId !== 'markdown') return false;
      return vscode.workspace.applyEdit(profileEdit(doc, profile));
    },

    async reveal(uri: vscode.Uri, line: number): Promise<boolean> {
      const doc = await vscode.workspace.openTextDocument(uri);
      if (line >= doc.lineCount) return false;
      await showRange(uri, doc.lineAt(line).range);
      return true;
    },

    /** Selects the next finding of `rule` after the cursor (wrapping); returns its 0-based line. */
    async nextFinding(uri: vscode.Uri, rule: string): Promise<number | undefined> {
      const diags = (deps.diagnostics.get(uri) ?? []).filter(d => ruleOf(d) === rule)
        .sort((a, b) => a.range.start.compareTo(b.range.start));
      if (diags.length === 0) return undefined;
      const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
      const from = editor?.selection.start;
      const next = (from && diags.find(d => d.range.start.isAfter(from))) ?? diags[0];
      await showRange(uri, next.range);
      return next.range.start.line;
    },

    async openDocs(rule: string): Promise<boolean> {
      return vscode.env.openExternal(vscode.Uri.parse(ruleDocsUrl(rule)));
    },
  };
  return actions;
}

export function registerCommands(actions: ReturnType<typeof createActions>): vscode.Disposable[] {
  const r = vscode.commands.registerCommand;
  return [
    r('debrief.newAnswer', (args?: NewAnswerArgs) => actions.newAnswer(args)),
    r('debrief.insertSection', (args?: InsertSectionArgs) => actions.insertSection(args)),
    r('debrief.lintFile', (uri?: string | vscode.Uri) => actions.lintFile(uri)),
    r('debrief.showPanel', async () => { await vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`); return true; }),
    r('debrief.switchProfile', (args?: SwitchProfileArgs) => actions.switchProfileCommand(args)),
    r('debrief.openDocs', (rule: unknown) => (typeof rule === 'string' && /^[a-z][a-z-]*$/.test(rule) ? actions.openDocs(rule) : false)),
    r('debrief.nextFinding', (rule: unknown, uri?: string | vscode.Uri) => {
      const target = toUri(uri) ?? vscode.window.activeTextEditor?.document.uri;
      return typeof rule === 'string' && target ? actions.nextFinding(target, rule) : undefined;
    }),
  ];
}
