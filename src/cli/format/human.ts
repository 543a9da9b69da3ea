/**
 * Human output: one `path:line:col  severity  message  (rule)` line per finding (1-based),
 * a summary line, then each file's rubric table and speaking time.
 */
import type { AxisScore, Rubric } from '../../core';
import type { FileReport } from '../lint';
import { summarize } from './summary';

type Paint = (code: string, s: string) => string;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const SEVERITY_COLOUR: Record<string, string> = { error: '31', warning: '33', info: '36', notice: '35' };
const TOO_LONG_MINUTES = 20;

function bar(score: number, paint: Paint): string {
  const s = Math.max(0, Math.min(5, Math.round(score)));
  const colour = s >= 4 ? '32' : s >= 2 ? '33' : '31';
  return `${paint(colour, '█'.repeat(s))}${paint('2', '░'.repeat(5 - s))} ${s}/5`;
}

function axisLine(a: AxisScore, width: number, paint: Paint): string {
  const lines = a.evidence.slice(0, 3).map(e => e.line + 1);
  const evidence = lines.length === 0 ? 'no evidence' : `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
  const missing = a.missing.length > 0 ? `  ${paint('2', '→')} ${a.missing[0]}` : '';
  return `  ${a.label.padEnd(width)}  ${bar(a.score, paint)}  ${evidence.padEnd(16)}${missing}`.trimEnd();
}

function speaking(r: Rubric, paint: Paint): string {
  const base = `  Speaking time ≈ ${r.speakingMinutes} min (target ${r.targetMinutes} min)`;
  if (r.speakingMinutes > TOO_LONG_MINUTES) return `${base}  ${paint('31', `over ${TOO_LONG_MINUTES} min: cut it down toward ${r.targetMinutes}`)}`;
  return base;
}

function rubricTable(f: FileReport, paint: Paint): string[] {
  const r = f.analysis?.rubric;
  if (!r) return [];
  const width = Math.max(...r.axes.map(a => a.label.length), 4);
  return ['', paint('1', `${f.path} — ${f.analysis!.profile.label} (${r.profile})`), ...r.axes.map(a => axisLine(a, width, paint)), speaking(r, paint)];
}

export function formatHuman(files: readonly FileReport[], color: boolean): string {
  const paint: Paint = color ? (code, s) => (s ? `\u001b[${code}m${s}\u001b[0m` : s) : (_code, s) => s;
  const out: string[] = [];
  for (const f of files) {
    if (!f.analysis) continue;
    for (const n of f.analysis.notices) out.push(`${f.path}:${n.line + 1}:1  ${paint(SEVERITY_COLOUR.notice, 'notice '.padEnd(7))}  ${n.message}`);
    for (const x of f.analysis.findings) {
      const { line, column } = x.range.start;
      out.push(`${f.path}:${line + 1}:${column + 1}  ${paint(SEVERITY_COLOUR[x.severity], x.severity.padEnd(7))}  ${x.message}  ${paint('2', `(${x.rule})`)}`);
    }
  }
  const s = summarize(files);
  const unread = s.unreadable > 0 ? ` (${plural(s.unreadable, 'file')} could not be read)` : '';
  if (out.length > 0) out.push('');
  out.push(`${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${plural(s.files, 'file')}${unread}`);
  for (const f of files) out.push(...rubricTable(f, paint));
  return `${out.join('\n')}\n`;
}
