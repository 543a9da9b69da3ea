/** resolveConfig: merge validated layers over the defaults, farthest first, nearest last. */
import type { ConfigLayer, ResolvedConfig, RuleSetting } from './types';

/** Phrases compare trimmed, case-insensitively and Unicode-normalised (全角 = half-width). */
const phraseKey = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

function mergePhrases(into: string[], seen: Set<string>, more: readonly string[] | undefined): void {
  for (const phrase of more ?? []) {
    const k = phraseKey(phrase);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    into.push(phrase.trim());
  }
}

function mergeSetting(base: RuleSetting | undefined, over: RuleSetting): RuleSetting {
  const out: RuleSetting = { ...base };
  if (over.severity !== undefined) out.severity = over.severity;
  if (over.options !== undefined) out.options = { ...base?.options, ...over.options };
  return out;
}

/** The nearest layer wins per key: profile, each rule's severity and each rule option; term lists add up. */
export function resolveConfig(layers: readonly ConfigLayer[]): ResolvedConfig {
  const out: ResolvedConfig = { rules: {}, vagueTerms: [], ownerRoles: [] };
  const seenVague = new Set<string>();
  const seenOwner = new Set<string>();
  for (const { config } of layers) {
    if (config.profile !== undefined) out.profile = config.profile;
    for (const [id, setting] of Object.entries(config.rules ?? {})) out.rules[id] = mergeSetting(out.rules[id], setting);
    mergePhrases(out.vagueTerms, seenVague, config.vagueTerms);
    mergePhrases(out.ownerRoles, seenOwner, config.ownerRoles);
  }
  return out;
}
