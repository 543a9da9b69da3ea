/**
 * Turns zod issues into ConfigProblems a person can act on: the dotted key, what was expected,
 * what was found, and a "did you mean" where one is plausible.
 */
import type * as z from 'zod/mini';
import type { JsonPath } from './json-text';
import { MAX_PHRASE_LENGTH, SEVERITIES, TOP_LEVEL_KEYS, type Registry } from './schema';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

/** A problem before the file name is attached. */
export interface RawProblem {
  path: JsonPath;
  message: string;
}

const MAX_PROBLEMS = 20;
const quoteList = (xs: readonly string[]): string => xs.map(x => `'${x}'`).join(', ');

export function keyOf(path: JsonPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (seg === '' || /[.[\]"]/.test(seg)) out += `[${JSON.stringify(seg)}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string '${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  return `${typeof v} ${String(v)}`;
}

const isSeverityPath = (p: JsonPath): boolean =>
  p[0] === 'rules' && (p.length === 2 || (p.length === 3 && p[2] === 'severity'));
const isPhrasePath = (p: JsonPath): boolean => (p[0] === 'vagueTerms' || p[0] === 'ownerRoles') && p.length === 2;
const severityHint = `use ${quoteList(SEVERITIES.slice(0, 3))} or 'off'`;

function expectedOf(path: JsonPath, expected: string): string {
  if (path.length === 0) return 'a JSON object';
  if (path.length === 1 && path[0] === 'rules') return 'an object of rule settings keyed by rule id';
  if (path.length === 1 && (path[0] === 'vagueTerms' || path[0] === 'ownerRoles')) return 'a list of phrases';
  if (isPhrasePath(path)) return 'a phrase (a string)';
  if (isSeverityPath(path)) return `a severity string (${severityHint})`;
  if (path[0] === 'rules' && path.length === 3 && path[2] === 'options') return 'an object of options';
  return expected === 'object' ? 'an object' : expected === 'array' ? 'a list' : `a ${expected}`;
}

function unknownKey(path: JsonPath, key: string, { rules }: Registry): string {
  if (path.length === 0) return `unknown key '${key}'${didYouMean(key, TOP_LEVEL_KEYS)}; allowed keys: ${quoteList(TOP_LEVEL_KEYS)}`;
  if (path.length === 1 && path[0] === 'rules') {
    const ids = rules.map(r => r.meta.id);
    return `unknown rule id '${key}'${didYouMean(key, ids)}`;
  }
  const rule = rules.find(r => r.meta.id === path[1]);
  if (path.length === 2) return `unknown setting '${key}' for rule '${String(path[1])}'${didYouMean(key, ['severity', 'options'])}; use 'severity' and 'options'`;
  const opts = rule?.meta.options ? Object.keys(rule.meta.options._zod.def.shape) : [];
  if (path.length === 3 && path[2] === 'options') {
    return opts.length === 0 ? `rule '${String(path[1])}' takes no options (got '${key}')` : `unknown option '${key}' for rule '${String(path[1])}'${didYouMean(key, opts)}; options: ${quoteList(opts)}`;
  }
  return `unknown key '${key}'`;
}

function badValue(path: JsonPath, value: unknown, values: readonly unknown[], { profiles }: Registry): string {
  const ids = profiles.map(p => p.id);
  const strings = values.map(String);
  if (typeof value !== 'string') return `expected one of ${quoteList(strings)}, got ${describe(value)}`;
  if (path.length === 1 && path[0] === 'profile') return `unknown profile '${value}'${didYouMean(value, ids)}; known profiles: ${ids.join(', ')}`;
  if (isSeverityPath(path)) return `'${value}' is not a severity${didYouMean(value, SEVERITIES)}; ${severityHint}`;
  return `'${value}' is not allowed${didYouMean(value, strings)}; expected one of ${quoteList(strings)}`;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, path: JsonPath, value: unknown): string {
  const max = Number(issue.maximum);
  if (Array.isArray(value)) {
    const what = isPhrasePath([...path, 0]) ? 'phrases' : 'items';
    return `'${keyOf(path)}' has ${value.length} ${what}; at most ${max} are allowed`;
  }
  if (typeof value === 'string') {
    return isPhrasePath(path)
      ? `phrase is ${value.length} characters long; '${String(path[0])}' allows at most ${MAX_PHRASE_LENGTH} per phrase`
      : `is ${value.length} characters long; at most ${max} are allowed`;
  }
  return `${describe(value)} is too large; at most ${max} is allowed`;
}

function convert(issue: Issue, base: JsonPath, data: unknown, registry: Registry, out: RawProblem[]): void {
  const path = [...base, ...(issue.path as JsonPath)];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push({ path: [...path, key], message: unknownKey(path, key, registry) });
      return;
    case 'invalid_type':
      out.push({ path, message: `expected ${expectedOf(path, issue.expected)}, got ${describe(value)}` });
      return;
    case 'invalid_value':
      out.push({ path, message: badValue(path, value, issue.values, registry) });
      return;
    case 'too_big':
      out.push({ path, message: tooBig(issue, path, value) });
      return;
    case 'too_small':
      out.push({ path, message: `${describe(value)} is too small; at least ${String(issue.minimum)} is required` });
      return;
    case 'invalid_format':
      out.push({ path, message: isPhrasePath(path) ? 'must be a non-blank phrase on one line (no line breaks or control characters)' : issue.message });
      return;
    case 'invalid_union': {
      // A branch whose root issue is about the value's type is not what the user meant.
      const mismatched = (e: Issue): boolean => e.path.length === 0
        && (e.code === 'invalid_type' || (e.code === 'invalid_value' && !e.values.some(v => typeof v === typeof value && value !== null)));
      const branch = issue.errors.find(errs => !errs.some(mismatched));
      if (branch && branch.length > 0) {
        for (const e of branch) convert(e, path, data, registry, out);
      } else if (path[0] === 'rules' && path.length === 2) {
        out.push({ path, message: `expected a severity (${severityHint}) or an object { "severity": …, "options": … }, got ${describe(value)}` });
      } else {
        out.push({ path, message: issue.message });
      }
      return;
    }
    default:
      out.push({ path, message: issue.message });
  }
}

/** Problems for a failed safeParse: an over-long list hides its per-phrase problems; at most 20 in all. */
export function problemsOf(issues: readonly Issue[], data: unknown, registry: Registry): RawProblem[] {
  const all: RawProblem[] = [];
  for (const issue of issues) convert(issue, [], data, registry, all);
  const longLists = all.filter(p => Array.isArray(valueAt(data, p.path)) && p.message.includes('at most'));
  const kept = all.filter(p => !longLists.some(l => l !== p && p.path.length > l.path.length && l.path.every((s, i) => p.path[i] === s)));
  if (kept.length <= MAX_PROBLEMS) return kept;
  return [...kept.slice(0, MAX_PROBLEMS), { path: [], message: `…and ${kept.length - MAX_PROBLEMS} more problems` }];
}
