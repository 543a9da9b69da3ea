/**
 * Browser (web worker) extension host entry (package.json `browser`). Same wiring as the Node
 * entry: Debrief reads files only through vscode.workspace.fs, so no Node API is needed.
 */
import type * as vscode from 'vscode';
import { activateDebrief } from './activate';
import type { DebriefApi } from './api';

export function activate(context: vscode.ExtensionContext): DebriefApi {
  return activateDebrief(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
