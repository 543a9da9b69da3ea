/**
 * Turning evidence into a 0–5 score: no evidence → 0; evidence → 1 plus the weights of the
 * depth criteria it meets (capped at 5). Each unmet criterion becomes an interviewer question.
 * Findings of a related rule can then cap the score (never below 1 when there is evidence).
 */
import type { Finding } from '../types';
import type { RubricDoc } from './doc';
import type { Evidence } from './types';

export interface Criterion {
  met: boolean;
  /** The interviewer's question when the criterion is not met. */
  question: string;
  weight?: number;
}

export interface AxisResult {
  score: number;
  evidence: Evidence[];
  missing: string[];
}

export interface AxisDetector {
  id: string;
  /** What counts as the axis being evidenced at all, asked when it is not. */
  question: string;
  detect(doc: RubricDoc): { evidence: Evidence[]; depth: Criterion[] };
  /** A rule whose findings show the axis is only partly there. */
  penalty?: { rule: string; question: (n: number) => string };
}

export function grade(evidence: Evidence[], question: string, depth: Criterion[]): AxisResult {
  if (evidence.length === 0) {
    return { score: 0, evidence: [], missing: [question, ...depth.filter(c => !c.met).slice(0, 2).map(c => c.question)] };
  }
  const bonus = depth.filter(c => c.met).reduce((s, c) => s + (c.weight ?? 1), 0);
  return { score: Math.min(5, 1 + bonus), evidence, missing: depth.filter(c => !c.met).map(c => c.question) };
}

/** Two related findings cap the score at 3, four or more at 2 (but evidence keeps it ≥ 1). */
export function applyPenalty(result: AxisResult, findings: readonly Finding[], penalty: AxisDetector['penalty']): AxisResult {
  if (!penalty || result.score === 0) return result;
  const lines = new Set(findings.filter(f => f.rule === penalty.rule).map(f => f.range.start.line));
  const n = lines.size;
  if (n === 0) return result;
  const cap = n >= 4 ? 2 : n >= 2 ? 3 : 4;
  return { ...result, score: Math.max(1, Math.min(result.score, cap)), missing: [...result.missing, penalty.question(n)] };
}

export function runDetector(d: AxisDetector, doc: RubricDoc): AxisResult {
  const { evidence, depth } = d.detect(doc);
  return applyPenalty(grade(evidence, d.question, depth), doc.findings, d.penalty);
}
