/**
 * The zod schema of .debrief.json. Rule ids, their option schemas and the profile ids come from
 * the registries, so the schema is built when first needed (and rebuilt if the registry changes).
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
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

type Meta = { title: string; description: string };

/** Attaches JSON-schema metadata (what full zod's `.meta()` does, without the clone). */
function meta<T extends z.core.$ZodType>(schema: T, m: Meta): T {
  z.globalRegistry.add(schema, m);
  return schema;
}

function severity() {
  return meta(z.enum(SEVERITIES), {
    title: 'Severity',
    description: "How findings of the rule are reported: 'error' (fails the CLI), 'warning', 'info', or 'off' to disable the rule.",
  });
}

function ruleOptions(rule: Rule) {
  const title = `${rule.meta.id} options`;
  const options = rule.meta.options;
  if (!options) {
    return meta(z.strictObject({}), { title, description: `Rule '${rule.meta.id}' takes no options; leave this object empty.` });
  }
  // The rule's own object made strict (as `.strict()` does: same definition, unknown keys refused).
  const strict = z.clone(options, { ...options._zod.def, catchall: z.never() });
  return meta(strict, { title, description: `Options of rule '${rule.meta.id}'.` });
}

function ruleSetting(rule: Rule) {
  const setting = meta(z.strictObject({ severity: z.optional(severity()), options: z.optional(ruleOptions(rule)) }), {
    title: `${rule.meta.id} setting`, description: 'A severity and/or options for the rule.',
  });
  return meta(z.optional(z.union([severity(), setting])), {
    title: rule.meta.id,
    description: `${rule.meta.description} (default severity: ${rule.meta.defaultSeverity})`,
  });
}

function phrases(title: string, description: string) {
  const phrase = meta(z.string().check(
    z.maxLength(MAX_PHRASE_LENGTH),
    z.regex(PHRASE_PATTERN),
    z.refine(s => !REGEX_LIKE.test(s), { message: 'looks like a regular expression; phrases are matched literally, so list each phrase on its own' }),
  ), { title: 'Phrase', description: `A plain phrase, matched literally and case-insensitively (not a regular expression); at most ${MAX_PHRASE_LENGTH} characters, on one line.` });
  return meta(z.optional(z.array(phrase).check(z.maxLength(MAX_PHRASES))), { title, description: `${description} At most ${MAX_PHRASES} phrases.` });
}

function build({ rules: ruleList, profiles }: Registry) {
  const profileIds = profiles.map(p => p.id) as [string, ...string[]];
  const rules = Object.fromEntries(ruleList.map(r => [r.meta.id, ruleSetting(r)]));
  return meta(z.strictObject({
    $schema: meta(z.optional(z.string()), { title: 'JSON schema', description: 'Path or URL of this JSON schema, for editor completion. Ignored by Debrief.' }),
    profile: meta(z.optional(z.enum(profileIds)), {
      title: 'Profile',
      description: `Profile used when an answer's front matter names none: ${profiles.map(p => `${p.id} (${p.label})`).join(', ')}.`,
    }),
    rules: meta(z.optional(z.strictObject(rules)), {
      title: 'Rules',
      description: "Per-rule settings keyed by rule id: a severity ('error', 'warning', 'info', 'off') or { severity, options }.",
    }),
    vagueTerms: phrases('Vague terms', 'Extra vague phrases the vague-term rule flags, added to the built-in lexicon.'),
    ownerRoles: phrases('Owner roles', 'Extra phrases that count as an accountable owner (a role or team) for missing-owner.'),
  }), {
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
  // zod/mini ships without messages ('Invalid input'); full zod installs English on import. The few
  // problems that show zod's own message (a rule option's format check, say) keep reading the same.
  z.config(en());
  const schema = build(registry);
  cache.set(registry.rules, { signature, schema });
  return schema;
}
