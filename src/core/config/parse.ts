/**
 * parseConfigText: one .debrief.json text → a validated, normalised layer, or problems.
 * Never throws. A file with any problem yields no layer, so the defaults keep working.
 */
import { parseJsonText } from './json-text';
import { keyOf, problemsOf } from './problems';
import { configSchema, defaultRegistry, type Registry } from './schema';
import type { ConfigLayer, ConfigProblem, PartialConfig, RuleSetting } from './types';

type RawSetting = string | { severity?: string; options?: Record<string, unknown> };

interface RawConfig {
  profile?: string;
  rules?: Record<string, RawSetting | undefined>;
  vagueTerms?: string[];
  ownerRoles?: string[];
}

function normalise(raw: RawConfig): PartialConfig {
  const out: PartialConfig = {};
  if (raw.profile !== undefined) out.profile = raw.profile;
  if (raw.rules) {
    out.rules = {};
    for (const [id, s] of Object.entries(raw.rules)) {
      if (s === undefined) continue;
      const setting: RuleSetting = typeof s === 'string' ? { severity: s as RuleSetting['severity'] } : {};
      if (typeof s === 'object') {
        if (s.severity !== undefined) setting.severity = s.severity as RuleSetting['severity'];
        // The raw options (validated, without defaults filled in) so that layers merge per key.
        if (s.options !== undefined) setting.options = { ...s.options };
      }
      out.rules[id] = setting;
    }
  }
  if (raw.vagueTerms) out.vagueTerms = raw.vagueTerms.map(t => t.trim());
  if (raw.ownerRoles) out.ownerRoles = raw.ownerRoles.map(t => t.trim());
  return out;
}

export function parseConfigText(text: string, file: string): { layer?: ConfigLayer; problems: ConfigProblem[] } {
  return parseConfigTextFor(defaultRegistry(), text, file);
}

/** parseConfigText against a given registry (tests use stand-in rules with options). */
export function parseConfigTextFor(registry: Registry, text: string, file: string): { layer?: ConfigLayer; problems: ConfigProblem[] } {
  const json = parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (json.error) {
    const { message, line, column } = json.error;
    return { problems: [{ file, key: '', line, message: `invalid JSON at line ${line + 1}, column ${column + 1}: ${message}` }] };
  }
  const problems: ConfigProblem[] = json.duplicates.map(d => ({
    file, key: keyOf(d.path), line: d.line, message: `duplicate key '${String(d.path[d.path.length - 1])}'; keep only one`,
  }));
  const result = configSchema(registry).safeParse(json.value);
  if (!result.success) {
    for (const p of problemsOf(result.error.issues, json.value, registry)) {
      problems.push({ file, key: keyOf(p.path), line: json.lineOf(p.path), message: p.message });
    }
  }
  if (problems.length > 0 || !result.success) return { problems };
  return { layer: { file, config: normalise(json.value as RawConfig) }, problems: [] };
}
