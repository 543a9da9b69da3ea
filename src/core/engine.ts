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

/**
 * The profile that applies: the explicit override (an unknown one throws), else the front
 * matter's (an unknown one adds a notice), else the config's, else the default.
 */
export function pickProfile(model: AnswerModel, opts: AnalyzeOptions, config: ResolvedConfig, notices: Notice[]): Profile {
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

/** Blocks rules may flag: not quoted, not code, not HTML. */
export const isProse = (b: Block): boolean => !b.quoted && b.kind !== 'code' && b.kind !== 'html';

/** `RuleContext.prose` over these blocks: filtered once, on first use. */
export function proseOf(blocks: readonly Block[]): () => Block[] {
  let prose: Block[] | undefined;
  return () => (prose ??= blocks.filter(isProse));
}

/** The rules that run, in RULES order, with their severity: not excluded by the profile, not off in the config. */
export function activeRules(profile: Profile, config: ResolvedConfig): { rule: Rule; severity: Severity }[] {
  const out: { rule: Rule; severity: Severity }[] = [];
  for (const rule of RULES) {
    if (profile.excludedRules.includes(rule.meta.id)) continue;
    const severity = config.rules[rule.meta.id]?.severity ?? rule.meta.defaultSeverity;
    if (severity !== 'off') out.push({ rule, severity });
  }
  return out;
}

/**
 * A rule's report as it becomes a finding: message formatted, start moved back to the start of
 * its unit when the unit begins on an earlier line, end never before start (document offsets).
 */
export interface Reported {
  messageId: string;
  message: string;
  start: number;
  end: number;
  fix?: { title: string; edits: { start: number; end: number; newText: string }[] };
}

function format(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? data[k] : m));
}

/** The context `rule` runs in over `model`; each report is resolved and handed to `report`. */
export function ruleContext(rule: Rule, model: AnswerModel, profile: Profile, config: ResolvedConfig, prose: () => Block[],
  report: (r: Reported) => void): RuleContext {
  const setting = config.rules[rule.meta.id];
  return {
    model, profile, prose,
    headingOf: (b: Block) => (b.section >= 0 ? model.sections[b.section].heading : ''),
    options: setting?.options ?? {},
    lexicon: { vagueTerms: config.vagueTerms, ownerRoles: config.ownerRoles },
    report(r: Report) {
      const start = r.unit && r.unit.start < r.start && model.positionAt(r.unit.start).line < model.positionAt(r.start).line ? r.unit.start : r.start;
      report({ messageId: r.messageId, message: format(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
        start, end: Math.max(start, r.end), fix: r.fix });
    },
  };
}

/** The finding for a resolved report; `base` is added to its offsets (for reports stored relative to a block). */
export function toFinding(rule: string, severity: Severity, r: Reported, model: AnswerModel, base = 0): Finding {
  return {
    rule, severity, messageId: r.messageId, message: r.message,
    range: model.rangeOf(r.start + base, r.end + base),
    fix: r.fix && { title: r.fix.title, edits: r.fix.edits.map(e => ({ range: model.rangeOf(e.start + base, e.end + base), newText: e.newText })) },
  };
}

/**
 * Rule ids by UTF-16 code unit. Ids are lowercase ASCII words joined by hyphens, so this is also
 * their dictionary (localeCompare) order — a unit test checks it — without loading ICU's collator,
 * which costs a cold CLI run about 5 ms.
 */
export const compareRuleIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of findings: by start line, then column, then rule id (Array.prototype.sort is stable). */
export const compareFindings = (a: Finding, b: Finding): number =>
  a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || compareRuleIds(a.rule, b.rule);

/** All rules' findings (per rule in RULES order) → what analyze() returns: de-duplicated, inline control applied, sorted. */
export function finishFindings(findings: Finding[], model: AnswerModel): Finding[] {
  return applyInlineControl(dedupe(findings), model.comments).sort(compareFindings);
}

/** The identity of a finding for de-duplication: the same rule, range and message is the same finding. */
export const findingKey = (f: Finding): string =>
  `${f.rule}|${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}|${f.message}`;

/** The findings without repeats (the first of each kept). */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(f => {
    const k = findingKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * `finishFindings` for findings that come in two parts: `blockSorted`, already de-duplicated and
 * sorted (an incremental analyzer's per-chunk lists, concatenated), and the document rules'
 * findings in RULES order. The result equals `finishFindings` over every rule's block findings
 * followed by its document findings: a document finding repeating a block finding is dropped,
 * and on a tie the block finding comes first.
 */
export function mergeDocumentFindings(blockSorted: Finding[], docFound: Finding[], model: AnswerModel): Finding[] {
  let doc = dedupe(docFound);
  if (doc.length > 0) {
    const lines = new Set(doc.map(f => f.range.start.line));
    const keys = new Set<string>();
    for (const f of blockSorted) if (lines.has(f.range.start.line)) keys.add(findingKey(f));
    doc = doc.filter(f => !keys.has(findingKey(f))).sort(compareFindings);
  }
  const out: Finding[] = [];
  let i = 0, j = 0;
  while (i < blockSorted.length || j < doc.length) {
    if (j >= doc.length || (i < blockSorted.length && compareFindings(blockSorted[i], doc[j]) <= 0)) out.push(blockSorted[i++]);
    else out.push(doc[j++]);
  }
  return applyInlineControl(out, model.comments);
}

export function analyze(source: string, opts: AnalyzeOptions = {}): Analysis {
  const config = opts.config ?? DEFAULT_CONFIG;
  const model = parse(source);
  const notices: Notice[] = [];
  const profile = pickProfile(model, opts, config, notices);
  const prose = proseOf(model.blocks);
  const found: Finding[] = [];
  for (const { rule, severity } of activeRules(profile, config)) {
    const ctx = ruleContext(rule, model, profile, config, prose, r => found.push(toFinding(rule.meta.id, severity, r, model)));
    if (rule.checkBlock) for (const b of prose()) rule.checkBlock(ctx, b);
    rule.checkDocument?.(ctx);
  }
  const findings = finishFindings(found, model);
  const rubric = opts.rubric === false ? undefined : scoreRubric(model, profile, findings);
  return { model, profile, findings, rubric, notices };
}

/** Findings only. */
export function lint(source: string, opts: AnalyzeOptions = {}): Finding[] {
  return analyze(source, { ...opts, rubric: false }).findings;
}
