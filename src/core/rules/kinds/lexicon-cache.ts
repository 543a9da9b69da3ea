/**
 * Build what depends on a user-extended lexicon once per distinct phrase list (config changes
 * rarely; blocks are many): the compiled vague-term pattern, the owner test.
 */
import { compilePhrases } from '../../text/phrases';

const cache = new Map<string, unknown>();

/** `build(list)`, memoised by `key` and the list's contents. */
export function memoByList<T>(key: string, list: readonly string[], build: (list: readonly string[]) => T): T {
  const k = `${key}\u0000${list.join('\u0001')}`;
  if (!cache.has(k)) {
    if (cache.size > 32) cache.clear();
    cache.set(k, build(list));
  }
  return cache.get(k) as T;
}

export function compileCached(key: string, base: readonly string[], extra: readonly string[]): RegExp | undefined {
  return memoByList(key, extra, e => compilePhrases([...base, ...e]));
}
