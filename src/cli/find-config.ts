/**
 * Config discovery: every .debrief.json from the filesystem root down to a folder, farthest first
 * (the order resolveConfig merges in, so the nearest wins). Results are cached per folder.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILENAME } from '../core/config';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findConfigFiles(folder: string, cache = new Map<string, string[]>()): string[] {
  const dir = resolve(folder);
  const hit = cache.get(dir);
  if (hit) return hit;
  const parent = dirname(dir);
  const above = parent === dir ? [] : findConfigFiles(parent, cache);
  const here = join(dir, CONFIG_FILENAME);
  const files = isFile(here) ? [...above, here] : above;
  cache.set(dir, files);
  return files;
}
