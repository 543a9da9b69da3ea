/** Public API of the core: what adapters (CLI, VS Code, web) may import. */
export { analyze, lint, UnknownProfileError } from './engine';
export type { Analysis, AnalyzeOptions, Notice } from './engine';
export { createIncrementalAnalyzer } from './incremental';
export type { IncrementalAnalyzer, IncrementalStats } from './incremental';
export { parse } from './parse';
export type { AnswerModel, Block, Unit, Section } from './model';
export { PROFILES, PROFILE_IDS, DEFAULT_PROFILE, findProfile } from './profiles';
export type { Profile, ProfileId, AxisDef, TemplateSection, PartId } from './profiles/types';
export { RULES, RULE_IDS } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
export type { Rubric, AxisScore, Evidence } from './rubric/types';
export { speakingTime, TARGET_MINUTES, TOO_LONG_MINUTES } from './rubric/speaking-time';
export type { ResolvedConfig, RuleSetting } from './config/types';
export { DEFAULT_CONFIG } from './config/types';
export type { Finding, Fix, TextEdit, Range, Position, Severity } from './types';
export const DOCS_BASE = 'https://github.com/debrief-dev/debrief/blob/main/docs/rules/';
export function ruleDocsUrl(id: string): string { return `${DOCS_BASE}${id}.md`; }
