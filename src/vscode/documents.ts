/**
 * Which documents are answers. Markdown only, and one of:
 *  - front matter with a `profile:` key;
 *  - a file name ending in `.answer.md`;
 *  - inside a folder that has a `.debrief.json` (nearest ancestor within the workspace folder);
 *  - matching one of the `debrief.files` glob patterns;
 *  - any Markdown document the user ran "Debrief: Lint This File" on.
 * A README elsewhere gets no diagnostics.
 */
import * as vscode from 'vscode';
import type { ConfigLoader } from './config-loader';
import { readSettings } from './settings';

/** Front matter is looked for in the first lines only: enough for any real answer. */
/** Read-only views of other versions (diffs, SCM input, output): never linted. */
const SKIPPED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'merge-conflict.conflict-diff']);
const FRONT_MATTER_SCAN_LINES = 200;

export function hasProfileFrontMatter(doc: vscode.TextDocument): boolean {
  if (doc.lineCount < 2 || !/^\uFEFF?---[ \t]*$/.test(doc.lineAt(0).text)) return false;
  const last = Math.min(doc.lineCount, FRONT_MATTER_SCAN_LINES);
  let profile = false;
  for (let i = 1; i < last; i++) {
    const text = doc.lineAt(i).text;
    if (/^(?:---|\.\.\.)[ \t]*$/.test(text)) return profile;
    if (/^profile[ \t]*:/i.test(text)) profile = true;
  }
  return false;
}

export class AnswerDocuments {
  /** Documents the user asked to lint explicitly (URI strings). */
  private readonly manual = new Set<string>();

  constructor(private readonly configs: ConfigLoader) {}

  markManual(uri: vscode.Uri): void {
    this.manual.add(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.manual.delete(uri.toString());
  }

  async isAnswer(doc: vscode.TextDocument): Promise<boolean> {
    if (doc.languageId !== 'markdown' || SKIPPED_SCHEMES.has(doc.uri.scheme)) return false;
    if (this.manual.has(doc.uri.toString())) return true;
    if (/\.answer\.md$/i.test(doc.uri.path)) return true;
    if (hasProfileFrontMatter(doc)) return true;
    if (this.matchesFilesSetting(doc)) return true;
    return (await this.configs.nearest(doc.uri)) !== undefined;
  }

  private matchesFilesSetting(doc: vscode.TextDocument): boolean {
    const globs = readSettings(doc.uri).files;
    if (globs.length === 0) return false;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    return globs.some(glob => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, doc) > 0);
  }
}
