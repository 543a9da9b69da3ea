/** A lint result → the state the rubric panel renders (plain data, validated again on the webview side). */
import * as vscode from 'vscode';
import { DEFAULT_PROFILE, PROFILES, RULE_IDS, TARGET_MINUTES } from '../core';
import type { AnswerState, PanelRuleCount } from '../webview/messages';
import type { LintResult } from './linter';

export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

export function answerState(result: LintResult): AnswerState {
  const a = result.analysis;
  const counts = new Map<string, number>();
  for (const f of a?.findings ?? []) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const order = (rule: string): number => (RULE_IDS.includes(rule) ? RULE_IDS.indexOf(rule) : RULE_IDS.length);
  const findings: PanelRuleCount[] = [...counts].map(([rule, count]) => ({ rule, count }))
    .sort((x, y) => order(x.rule) - order(y.rule) || x.rule.localeCompare(y.rule));
  const rubric = a?.rubric;
  return {
    kind: 'answer',
    uri: result.uri.toString(),
    fileName: fileNameOf(result.uri),
    profile: a?.profile.id ?? result.config.config.profile ?? DEFAULT_PROFILE,
    profiles: PROFILES.map(p => ({ id: p.id, label: p.label })),
    axes: (rubric?.axes ?? []).map(x => ({
      id: x.id, label: x.label, lookFor: x.lookFor, score: x.score,
      evidence: x.evidence.map(e => ({ line: e.line, text: e.text })),
      missing: [...x.missing],
    })),
    findings,
    total: a?.findings.length ?? 0,
    speaking: {
      minutes: rubric?.speakingMinutes ?? 0,
      targetMinutes: rubric?.targetMinutes ?? TARGET_MINUTES,
      tooLong: rubric?.tooLong ?? false,
    },
    skipped: result.skipped,
  };
}
