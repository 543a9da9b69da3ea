/** Compile user-extended lexicons once per distinct list (config changes rarely; blocks are many). */
import { compilePhrases } from '../../text/phrases';

const cache = new Map<string, RegExp | undefined>();

export function compileCached(key: string, base: readonly string[], extra: readonly string[]): RegExp | undefined {
  const k = `${key}\u0000${extra.join('\u0001')}`;
  if (!cache.has(k)) {
    if (cache.size > 32) cache.clear();
    cache.set(k, compilePhrases([...base, ...extra]));
  }
  return cache.get(k);
}
