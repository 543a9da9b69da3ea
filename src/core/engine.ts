/**
 * The engine: parse once, run every rule that applies to the profile, apply inline control,
 * score the rubric. Pure: no I/O, no editor, no Node-only modules.
 */
import type { ResolvedConfig } from './config/types';
import { DEFAULT_CONFIG } from './config/types';
import { applyInlineControl } from './inline-control';
import type { AnswerModel, Block } from './model';
import { parse } from './parse';
import { DEFAULT_PROFILE, findProfile, PROFILE_IDS, type Profile } from './profiles';
import { scoreRubric } from './rubric';
import type { Rubric } from './rubric/types';
import { RULES } from './rules';
import type { Report, Rule, RuleContext } from './rules/rule';
import type { Finding, Severity } from './types';

export interface AnalyzeOptions {
  /** Profile override (CLI --profile, the panel's switcher before the edit lands). */
  profile?: string;
  config?: ResolvedConfig;
  /** Skip the rubric (linting only). */
  rubric?: boolean;
}

/** Something about the input itself, not the answer: an unknown profile in front matter, say. */
export interface Notice {
  line: number;
  message: string;
}

export interface Analysis {
  model: AnswerModel;
  profile: Profile;
  findings: Finding[];
  rubric?: Rubric;
  notices: Notice[];
}

export class UnknownProfileError extends Error {
  constructor(readonly profileId: string) {
    super(`Unknown profile '${profileId}'. Known profiles: ${PROFILE_IDS.join(', ')}.`);
  }
}

function pickProfile(model: AnswerModel, opts: AnalyzeOptions, config: ResolvedConfig, notices: Notice[]): Profile {
  if (opts.profile !== undefined) {
    const p = findProfile(opts.profile);
    if (!p) throw new UnknownProfileError(opts.profile);
    return p;
  }
  const fm = model.frontMatter?.profile;
  if (fm) {
    const p = findProfile(fm);
    if (p) return p;
    notices.push({ line: model.frontMatter!.profileValue ? model.positionAt(model.frontMatter!.profileValue.start).line : 0,
      message: `Unknown profile '${fm}' in front matter; using '${config.profile && findProfile(config.profile) ? config.profile : DEFAULT_PROFILE}'. Known profiles: ${PROFILE_IDS.join(', ')}.` });
  }
  return findProfile(config.profile) ?? findProfile(DEFAULT_PROFILE)!;
}

function format(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? data[k] : m));
}

function runRule(rule: Rule, model: AnswerModel, profile: Profile, config: ResolvedConfig, severity: Severity, prose: () => Block[]): Finding[] {
  const out: Finding[] = [];
  const setting = config.rules[rule.meta.id];
  const ctx: RuleContext = {
    model, profile, prose,
    headingOf: (b: Block) => (b.section >= 0 ? model.sections[b.section].heading : ''),
    options: setting?.options ?? {},
    lexicon: { vagueTerms: config.vagueTerms, ownerRoles: config.ownerRoles },
    report(r: Report) {
      const start = r.unit && r.unit.start < r.start && model.positionAt(r.unit.start).line < model.positionAt(r.start).line ? r.unit.start : r.start;
      out.push({
        rule: rule.meta.id, severity, messageId: r.messageId,
        message: format(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
        range: model.rangeOf(start, Math.max(start, r.end)),
        fix: r.fix && { title: r.fix.title, edits: r.fix.edits.map(e => ({ range: model.rangeOf(e.start, e.end), newText: e.newText })) },
      });
    },
  };
  if (rule.checkBlock) for (const b of prose()) rule.checkBlock(ctx, b);
  rule.checkDocument?.(ctx);
  return out;
}

export function analyze(source: string, opts: AnalyzeOptions = {}): Analysis {
  const config = opts.config ?? DEFAULT_CONFIG;
  const model = parse(source);
  const notices: Notice[] = [];
  const profile = pickProfile(model, opts, config, notices);
  let proseCache: Block[] | undefined;
  const prose = (): Block[] => (proseCache ??= model.blocks.filter(b => !b.quoted && b.kind !== 'code' && b.kind !== 'html'));

  let findings: Finding[] = [];
  for (const rule of RULES) {
    if (profile.excludedRules.includes(rule.meta.id)) continue;
    const sev = config.rules[rule.meta.id]?.severity ?? rule.meta.defaultSeverity;
    if (sev === 'off') continue;
    findings.push(...runRule(rule, model, profile, config, sev, prose));
  }
  findings = applyInlineControl(dedupe(findings), model.comments);
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.rule.localeCompare(b.rule));
  const rubric = opts.rubric === false ? undefined : scoreRubric(model, profile, findings);
  return { model, profile, findings, rubric, notices };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(f => {
    const k = `${f.rule}|${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Findings only. */
export function lint(source: string, opts: AnalyzeOptions = {}): Finding[] {
  return analyze(source, { ...opts, rubric: false }).findings;
}
