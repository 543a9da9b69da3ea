/**
 * Evaluate the linter and the rubric on the labelled corpus (../shared/corpus by default).
 *
 *   node dist/eval.js [--corpus DIR] [--verbose] [--no-fail]
 *
 * Findings are matched on the set of (1-based line, rule) pairs; axes on "evidenced" ⇔ score > 0.
 * Exits 1 below the thresholds (see THRESHOLDS), 0 otherwise or with --no-fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/core/engine';
import { RULE_IDS } from '../src/core/rules';

export const THRESHOLDS = { microPrecision: 0.9, microRecall: 0.85, rulePrecision: 0.75, ruleRecall: 0.75, axisAccuracy: 0.9 };

interface Label { profile: string; prompt?: string; findings: { line: number; rule: string; text?: string }[]; axes: Record<string, boolean> }
export interface Miss { file: string; line: number; rule: string; kind: 'FP' | 'FN'; text: string }
export interface AxisMiss { file: string; profile: string; axis: string; expected: boolean; score: number; evidence: string }
export interface Counts { tp: number; fp: number; fn: number }
export interface EvalResult {
  rules: Map<string, Counts>;
  micro: Counts;
  axes: { correct: number; total: number; byProfile: Map<string, { correct: number; total: number }> };
  misses: Miss[];
  axisMisses: AxisMiss[];
}

const key = (line: number, rule: string): string => `${line}\u0000${rule}`;

export function evaluate(dir: string): EvalResult {
  const files = readdirSync(dir).filter(f => f.endsWith('.md') && f !== 'LABELS.md' && !f.startsWith('README')).sort();
  const rules = new Map<string, Counts>(RULE_IDS.map(id => [id, { tp: 0, fp: 0, fn: 0 }]));
  const counts = (rule: string): Counts => { let c = rules.get(rule); if (!c) { c = { tp: 0, fp: 0, fn: 0 }; rules.set(rule, c); } return c; };
  const misses: Miss[] = [];
  const axisMisses: AxisMiss[] = [];
  const byProfile = new Map<string, { correct: number; total: number }>();
  let correct = 0, total = 0;
  for (const f of files) {
    const labelPath = join(dir, f.replace(/\.md$/, '.labels.json'));
    let label: Label;
    try { label = JSON.parse(readFileSync(labelPath, 'utf8')) as Label; } catch { continue; }
    const source = readFileSync(join(dir, f), 'utf8');
    const lines = source.split(/\r?\n/);
    const analysis = analyze(source, { profile: label.profile });
    const expected = new Map(label.findings.map(x => [key(x.line, x.rule), x]));
    const reported = new Map(analysis.findings.map(x => [key(x.range.start.line + 1, x.rule), x]));
    for (const [k, x] of expected) {
      if (reported.has(k)) counts(x.rule).tp++;
      else { counts(x.rule).fn++; misses.push({ file: f, line: x.line, rule: x.rule, kind: 'FN', text: x.text ?? lines[x.line - 1] ?? '' }); }
    }
    for (const [k, x] of reported) {
      if (expected.has(k)) continue;
      counts(x.rule).fp++;
      misses.push({ file: f, line: x.range.start.line + 1, rule: x.rule, kind: 'FP', text: lines[x.range.start.line]?.trim() ?? '' });
    }
    const p = byProfile.get(label.profile) ?? { correct: 0, total: 0 };
    byProfile.set(label.profile, p);
    for (const axis of analysis.rubric?.axes ?? []) {
      if (!(axis.id in label.axes)) continue;
      const ok = (axis.score > 0) === label.axes[axis.id];
      total++; p.total++;
      if (ok) { correct++; p.correct++; continue; }
      axisMisses.push({ file: f, profile: label.profile, axis: axis.id, expected: label.axes[axis.id], score: axis.score,
        evidence: axis.evidence.map(e => `${e.line + 1}: ${e.text}`).join(' / ') });
    }
  }
  const micro = [...rules.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { rules, micro, axes: { correct, total, byProfile }, misses, axisMisses };
}

/** Precision and recall; 1 when there is nothing to be wrong about. */
export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
const pct = (x: number): string => x.toFixed(2);

export function failures(r: EvalResult): string[] {
  const out: string[] = [];
  if (precision(r.micro) < THRESHOLDS.microPrecision) out.push(`micro precision ${pct(precision(r.micro))} < ${THRESHOLDS.microPrecision}`);
  if (recall(r.micro) < THRESHOLDS.microRecall) out.push(`micro recall ${pct(recall(r.micro))} < ${THRESHOLDS.microRecall}`);
  for (const [rule, c] of r.rules) {
    if (c.tp + c.fp + c.fn === 0) continue;
    if (precision(c) < THRESHOLDS.rulePrecision) out.push(`${rule}: precision ${pct(precision(c))} < ${THRESHOLDS.rulePrecision}`);
    if (recall(c) < THRESHOLDS.ruleRecall) out.push(`${rule}: recall ${pct(recall(c))} < ${THRESHOLDS.ruleRecall}`);
  }
  const acc = r.axes.total === 0 ? 0 : r.axes.correct / r.axes.total;
  if (acc < THRESHOLDS.axisAccuracy) out.push(`axis accuracy ${pct(acc)} < ${THRESHOLDS.axisAccuracy}`);
  return out;
}

export function report(r: EvalResult, verbose: boolean): string {
  const rows = [...r.rules.entries()].sort(([a], [b]) => a.localeCompare(b));
  const w = Math.max(4, ...rows.map(([id]) => id.length));
  const line = (name: string, c: Counts): string =>
    `${name.padEnd(w)}  ${String(c.tp).padStart(4)}  ${String(c.fp).padStart(4)}  ${String(c.fn).padStart(4)}  ${pct(precision(c)).padStart(9)}  ${pct(recall(c)).padStart(6)}`;
  const out = [`${'rule'.padEnd(w)}    TP    FP    FN  precision  recall`];
  for (const [id, c] of rows) out.push(line(id, c));
  out.push(line('micro', r.micro), '');
  const acc = r.axes.total === 0 ? 0 : r.axes.correct / r.axes.total;
  out.push(`axis accuracy ${pct(acc)} (${r.axes.correct}/${r.axes.total})`);
  for (const [profile, p] of [...r.axes.byProfile].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${profile.padEnd(14)} ${pct(p.total ? p.correct / p.total : 0)} (${p.correct}/${p.total})`);
  }
  if (verbose) {
    out.push('');
    for (const m of [...r.misses].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) out.push(`${m.kind} ${m.rule} ${m.file}:${m.line}  ${m.text}`);
    for (const a of r.axisMisses) {
      out.push(`AXIS ${a.profile}/${a.axis} ${a.file}: expected ${a.expected ? 'evidenced' : 'absent'}, score ${a.score}${a.evidence ? `  [${a.evidence}]` : ''}`);
    }
  }
  return out.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, verbose: { type: 'boolean', short: 'v', default: false }, 'no-fail': { type: 'boolean', default: false } },
  });
  // Built to dist/eval.js, run from the repo root or anywhere: the repo root is dist's parent.
  const root = resolve(__dirname, '..');
  const dir = values.corpus ? resolve(values.corpus) : resolve(root, '../shared/corpus');
  const r = evaluate(dir);
  console.log(report(r, values.verbose ?? false));
  const fails = failures(r);
  if (fails.length) console.log(`\nBelow threshold:\n  ${fails.join('\n  ')}`);
  process.exitCode = fails.length && !values['no-fail'] ? 1 : 0;
}

if (require.main === module) main();
