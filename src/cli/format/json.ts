/** JSON output, version 1: 1-based lines and columns (UTF-16 code units), stable field order. */
import type { Finding, Rubric } from '../../core';
import type { FileReport } from '../lint';
import { oneBased } from './positions';
import { summarize } from './summary';

function finding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    messageId: f.messageId,
    ...oneBased(f.range),
    message: f.message,
    ...(f.fix ? { fix: { title: f.fix.title, edits: f.fix.edits.map(e => ({ ...oneBased(e.range), newText: e.newText })) } } : {}),
  };
}

function rubric(r: Rubric) {
  return {
    profile: r.profile,
    axes: r.axes.map(a => ({
      id: a.id, label: a.label, score: a.score,
      evidence: a.evidence.map(e => ({ line: e.line + 1, text: e.text })),
      missing: a.missing,
    })),
    speakingMinutes: r.speakingMinutes,
    targetMinutes: r.targetMinutes,
    tooLong: r.tooLong,
  };
}

export function formatJson(files: readonly FileReport[]): string {
  const out = {
    version: 1,
    files: files.map(f => (f.analysis
      ? {
        path: f.path,
        profile: f.analysis.profile.id,
        findings: f.analysis.findings.map(finding),
        notices: f.analysis.notices.map(n => ({ line: n.line + 1, message: n.message })),
        ...(f.analysis.rubric ? { rubric: rubric(f.analysis.rubric) } : {}),
      }
      : { path: f.path, error: f.error ?? 'not linted' })),
    summary: summarize(files),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
