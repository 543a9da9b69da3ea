/**
 * `debrief lint`: read every file, find and validate its config layers, analyze, and collect
 * one report per file. Unreadable files are reported and the others still linted.
 */
import { dirname, isAbsolute, normalize, relative, resolve } from 'node:path';
import { analyze, findProfile, PROFILE_IDS, type Analysis } from '../core';
import { formatProblem, parseConfigText, resolveConfig, type ConfigLayer } from '../core/config';
import type { LintCommand } from './args';
import { findConfigFiles } from './find-config';
import { MAX_CONFIG_BYTES, readTextFile } from './read-file';

export interface FileReport {
  /** As the user wrote it (normalised). */
  path: string;
  analysis?: Analysis;
  /** Why the file could not be linted. */
  error?: string;
}

export interface LintOutcome {
  files: FileReport[];
  /** Usage or config errors: nothing was linted. */
  fatal?: string[];
  /** Problems in configuration files: reported, those files ignored (defaults kept), exit 2. */
  configErrors?: string[];
}

class ConfigCache {
  private parsed = new Map<string, { layer?: ConfigLayer; errors: string[] }>();
  constructor(private cwd: string) {}

  private display(abs: string): string {
    const rel = relative(this.cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  }

  load(abs: string): { layer?: ConfigLayer; errors: string[] } {
    let hit = this.parsed.get(abs);
    if (!hit) {
      const name = this.display(abs);
      const read = readTextFile(abs, MAX_CONFIG_BYTES);
      if (!read.ok) {
        hit = { errors: [`${name}: cannot read config: ${read.error}`] };
      } else {
        const r = parseConfigText(read.text, name);
        hit = { layer: r.layer, errors: r.problems.map(formatProblem) };
      }
      this.parsed.set(abs, hit);
    }
    return hit;
  }
}

export function lintFiles(cmd: LintCommand, cwd: string): LintOutcome {
  if (cmd.profile !== undefined && !findProfile(cmd.profile)) {
    return { files: [], fatal: [`unknown profile '${cmd.profile}'; known profiles: ${PROFILE_IDS.join(', ')}`] };
  }
  const configs = new ConfigCache(cwd);
  const folders = new Map<string, string[]>();
  const seen = new Set<string>();
  const files: FileReport[] = [];
  const texts = new Map<FileReport, { text: string; configFiles: string[] }>();
  for (const arg of cmd.files) {
    const abs = resolve(cwd, arg);
    if (seen.has(abs)) continue;
    seen.add(abs);
    const report: FileReport = { path: normalize(arg) };
    files.push(report);
    const read = readTextFile(abs);
    if (!read.ok) { report.error = read.error; continue; }
    const configFiles = cmd.config !== undefined ? [resolve(cwd, cmd.config)] : findConfigFiles(dirname(abs), folders);
    texts.set(report, { text: read.text, configFiles });
  }

  // An invalid config file is reported (and the run exits 2), and ignored: the answers are still
  // linted, with the valid layers and the defaults, so nothing is lost while the file is fixed.
  const errors = new Set<string>();
  if (cmd.config !== undefined) for (const e of configs.load(resolve(cwd, cmd.config)).errors) errors.add(e);
  for (const { configFiles } of texts.values()) for (const f of configFiles) for (const e of configs.load(f).errors) errors.add(e);

  for (const [report, { text, configFiles }] of texts) {
    const layers = configFiles.map(f => configs.load(f).layer).filter((l): l is ConfigLayer => l !== undefined);
    try {
      report.analysis = analyze(text, { profile: cmd.profile, config: resolveConfig(layers), rubric: cmd.rubric });
    } catch (e) {
      report.error = `internal error while linting: ${(e as Error).message}`;
    }
  }
  return errors.size > 0 ? { files, configErrors: [...errors].map(e => `invalid config: ${e} (linted without this file)`) } : { files };
}
