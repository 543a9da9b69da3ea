/** Typed access to the `debrief.*` settings (declared in package.json contributes.configuration). */
import * as vscode from 'vscode';

export type RunMode = 'onType' | 'onSave' | 'off';

export interface Settings {
  run: RunMode;
  debounceMs: number;
  /** Glob patterns (relative to the workspace folder) of Markdown files that are answers. */
  files: string[];
  maxFileSize: number;
  previewHighlight: boolean;
  /** Default profile when neither front matter nor .debrief.json names one ('' = Debrief's default). */
  profile: string;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('debrief', scope);
  const run = c.get<string>('run', 'onType');
  return {
    run: run === 'onSave' || run === 'off' ? run : 'onType',
    debounceMs: clamp(c.get<number>('debounceMs', 300), 0, 10_000),
    files: (c.get<unknown[]>('files', []) ?? []).filter((g): g is string => typeof g === 'string' && g.trim() !== ''),
    maxFileSize: clamp(c.get<number>('maxFileSize', 1_000_000), 1, Number.MAX_SAFE_INTEGER),
    previewHighlight: c.get<boolean>('preview.highlight', true),
    profile: c.get<string>('profile', '') ?? '',
  };
}

function clamp(n: unknown, lo: number, hi: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : lo;
}
