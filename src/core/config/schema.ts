/**
 * The zod schema of .debrief.json. Rule ids, their option schemas and the profile ids come from
 * the registries, so the schema is built when first needed (and rebuilt if the registry changes).
 */
import { z } from 'zod';
import { PROFILES } from '../profiles';
import type { Profile } from '../profiles/types';
import { RULES } from '../rules';
import type { Rule } from '../rules/rule';

/** What the schema is built from: the live registries, or stand-ins in tests. */
export interface Registry {
  rules: readonly Rule[];
  profiles: readonly Profile[];
}

export const defaultRegistry = (): Registry => ({ rules: RULES, profiles: PROFILES });

export const CONFIG_FILENAME = '.debrief.json';
export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
/** Per list, per file. Generous for any real lexicon, small enough to keep matching fast. */
export const MAX_PHRASES = 2000;
export const MAX_PHRASE_LENGTH = 100;
/** One line, no control characters, at least one visible character. */
export const PHRASE_PATTERN = /^[^\u0000-\u001f]*[^\s\u0000-\u001f][^\u0000-\u001f]*$/;
/** Unmistakable regular-expression syntax: \b \d \s \w, .* .+, (?…), [^…], (a|b). */
const REGEX_LIKE = /\\[bdswBDSW]|\.[*+]|\(\?|\[\^|\([^()]*\|[^()]*\)/;
export const TOP_LEVEL_KEYS = ['$schema', 'profile', 'rules', 'vagueTerms', 'ownerRoles'] as const;

function severity() {
  return z.enum(SEVERITIES).meta({
    title: 'Severity',
    description: "How findings of the rule are reported: 'error' (fails the CLI), 'warning', 'info', or 'off' to disable the rule.",
  });
}

function ruleOptions(rule: Rule) {
  const title = `${rule.meta.id} options`;
  if (!rule.meta.options) {
    return z.strictObject({}).meta({ title, description: `Rule '${rule.meta.id}' takes no options; leave this object empty.` });
  }
  return rule.meta.options.strict().meta({ title, description: `Options of rule '${rule.meta.id}'.` });
}

function ruleSetting(rule: Rule) {
  return z.union([
    severity(),
    z.strictObject({ severity: severity().optional(), options: ruleOptions(rule).optional() })
      .meta({ title: `${rule.meta.id} setting`, description: 'A severity and/or options for the rule.' }),
  ]).optional().meta({
    title: rule.meta.id,
    description: `${rule.meta.description} (default severity: ${rule.meta.defaultSeverity})`,
  });
}

function phrases(title: string, description: string) {
  const phrase = z.string()
    .max(MAX_PHRASE_LENGTH)
    .regex(PHRASE_PATTERN)
    .refine(s => !REGEX_LIKE.test(s), { message: 'looks like a regular expression; phrases are matched literally, so list each phrase on its own' })
    .meta({ title: 'Phrase', description: `A plain phrase, matched literally and case-insensitively (not a regular expression); at most ${MAX_PHRASE_LENGTH} characters, on one line.` });
  return z.array(phrase).max(MAX_PHRASES).optional().meta({ title, description: `${description} At most ${MAX_PHRASES} phrases.` });
}

function build({ rules: ruleList, profiles }: Registry) {
  const profileIds = profiles.map(p => p.id) as [string, ...string[]];
  const rules = Object.fromEntries(ruleList.map(r => [r.meta.id, ruleSetting(r)]));
  return z.strictObject({
    $schema: z.string().optional().meta({ title: 'JSON schema', description: 'Path or URL of this JSON schema, for editor completion. Ignored by Debrief.' }),
    profile: z.enum(profileIds).optional().meta({
      title: 'Profile',
      description: `Profile used when an answer's front matter names none: ${profiles.map(p => `${p.id} (${p.label})`).join(', ')}.`,
    }),
    rules: z.strictObject(rules).optional().meta({
      title: 'Rules',
      description: "Per-rule settings keyed by rule id: a severity ('error', 'warning', 'info', 'off') or { severity, options }.",
    }),
    vagueTerms: phrases('Vague terms', 'Extra vague phrases the vague-term rule flags, added to the built-in lexicon.'),
    ownerRoles: phrases('Owner roles', 'Extra phrases that count as an accountable owner (a role or team) for missing-owner.'),
  }).meta({
    title: 'Debrief configuration',
    description: 'Settings for Debrief, the linter for written system-design interview answers (.debrief.json). The nearest file to an answer wins; files farther up are merged beneath it.',
  });
}

export type ConfigSchema = ReturnType<typeof build>;

const cache = new WeakMap<readonly Rule[], { signature: string; schema: ConfigSchema }>();

/** The schema for a registry, the live one by default (memoised per registry contents). */
export function configSchema(registry: Registry = defaultRegistry()): ConfigSchema {
  const signature = `${registry.rules.map(r => r.meta.id).join(',')}|${registry.profiles.map(p => p.id).join(',')}`;
  const hit = cache.get(registry.rules);
  if (hit?.signature === signature) return hit.schema;
  const schema = build(registry);
  cache.set(registry.rules, { signature, schema });
  return schema;
}
