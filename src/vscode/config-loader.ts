/**
 * Finds the `.debrief.json` files that apply to a document (walking up from its folder to the
 * workspace folder, through vscode.workspace.fs so it works in the browser too), parses them
 * with the Config API, shows their problems as diagnostics on the config file, and tells the
 * extension when one changes so open answers are linted again. Reading a config is reading
 * data: nothing from the workspace is ever executed.
 */
import * as vscode from 'vscode';
import { CONFIG_FILENAME, parseConfigText, resolveConfig, type ConfigLayer, type ConfigProblem, type ResolvedConfig } from '../core/config';

interface ConfigFile {
  uri: vscode.Uri;
  /** Undefined when the file is invalid: its problems are shown, the defaults keep working. */
  layer?: ConfigLayer;
  problems: ConfigProblem[];
}

export interface DocumentConfig {
  /** The `.debrief.json` files that apply, farthest first (invalid ones included). */
  files: vscode.Uri[];
  config: ResolvedConfig;
}

export const isConfigUri = (uri: vscode.Uri): boolean => uri.path.endsWith(`/${CONFIG_FILENAME}`);

export function parentOf(uri: vscode.Uri): vscode.Uri | undefined {
  const path = uri.path.replace(/\/+$/, '');
  const cut = path.lastIndexOf('/');
  return cut < 0 || path === '' ? undefined : uri.with({ path: cut === 0 ? '/' : path.slice(0, cut) });
}

/** Folders from the document's own folder up to its workspace folder (inclusive), nearest first. */
function foldersUp(uri: vscode.Uri): vscode.Uri[] {
  const root = vscode.workspace.getWorkspaceFolder(uri);
  if (!root) return [];
  const rootPath = root.uri.path.replace(/\/+$/, '');
  const out: vscode.Uri[] = [];
  for (let dir = parentOf(uri); dir; dir = parentOf(dir)) {
    const p = dir.path.replace(/\/+$/, '');
    if (p !== rootPath && !p.startsWith(`${rootPath}/`)) break;
    out.push(dir);
    if (p === rootPath) break;
  }
  return out;
}

export class ConfigLoader implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ConfigFile | undefined>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the config file's URI when it was created, edited, saved or deleted. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly diagnostics: vscode.DiagnosticCollection, private readonly defaultProfile: (uri: vscode.Uri) => string) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILENAME}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(u => this.invalidate(u)),
      watcher.onDidChange(u => this.invalidate(u)),
      watcher.onDidDelete(u => this.invalidate(u)),
      vscode.workspace.onDidChangeTextDocument(e => { if (isConfigUri(e.document.uri) && e.contentChanges.length > 0) this.invalidate(e.document.uri); }),
      vscode.workspace.onDidSaveTextDocument(d => { if (isConfigUri(d.uri)) this.invalidate(d.uri); }),
      vscode.workspace.onDidCloseTextDocument(d => { if (isConfigUri(d.uri)) this.invalidate(d.uri); }),
      vscode.workspace.onDidOpenTextDocument(d => { if (isConfigUri(d.uri)) void this.load(d.uri); }),
    );
    for (const d of vscode.workspace.textDocuments) if (isConfigUri(d.uri)) void this.load(d.uri);
  }

  /** The nearest `.debrief.json` above the document inside its workspace folder, if any. */
  async nearest(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    for (const dir of foldersUp(uri)) {
      const file = await this.load(vscode.Uri.joinPath(dir, CONFIG_FILENAME));
      if (file) return file.uri;
    }
    return undefined;
  }

  async forDocument(uri: vscode.Uri): Promise<DocumentConfig> {
    const found = (await Promise.all(foldersUp(uri).map(dir => this.load(vscode.Uri.joinPath(dir, CONFIG_FILENAME)))))
      .filter((f): f is ConfigFile => f !== undefined)
      .reverse();
    const fallback = this.defaultProfile(uri);
    const base: ConfigLayer[] = fallback ? [{ file: 'settings: debrief.profile', config: { profile: fallback } }] : [];
    const layers = found.map(f => f.layer).filter((l): l is ConfigLayer => l !== undefined);
    return { files: found.map(f => f.uri), config: resolveConfig([...base, ...layers]) };
  }

  invalidate(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.changed.fire(uri);
    // Re-validate right away so problems show on the config file even with no answer open.
    void this.load(uri);
  }

  private load(uri: vscode.Uri): Promise<ConfigFile | undefined> {
    const key = uri.toString();
    let p = this.cache.get(key);
    if (!p) {
      p = this.read(uri);
      this.cache.set(key, p);
    }
    return p;
  }

  private async read(uri: vscode.Uri): Promise<ConfigFile | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    let text: string;
    if (open) {
      text = open.getText();
    } else {
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        this.diagnostics.delete(uri);
        return undefined; // no config file in this folder
      }
    }
    const { layer, problems } = parseConfigText(text, vscode.workspace.asRelativePath(uri));
    this.diagnostics.set(uri, problems.map(p => toConfigDiagnostic(p, text)));
    return { uri, layer, problems };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
  }
}

function toConfigDiagnostic(p: ConfigProblem, text: string): vscode.Diagnostic {
  const lines = text.split('\n');
  const line = Math.min(Math.max(0, p.line), lines.length - 1);
  const content = lines[line].replace(/\r$/, '');
  const indent = content.length - content.trimStart().length;
  const range = new vscode.Range(line, indent, line, Math.max(indent, content.length));
  const d = new vscode.Diagnostic(range, p.key ? `${p.key}: ${p.message}` : p.message, vscode.DiagnosticSeverity.Error);
  d.source = 'debrief';
  return d;
}
