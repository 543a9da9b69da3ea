/** Node extension host entry (package.json `main`). Everything is shared with the browser entry. */
import type * as vscode from 'vscode';
import { activateDebrief } from './activate';
import type { DebriefApi } from './api';

export function activate(context: vscode.ExtensionContext): DebriefApi {
  return activateDebrief(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
