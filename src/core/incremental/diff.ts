/**
 * What changed between two versions of a document, as the incremental analyzer needs it: the
 * length of the common prefix and suffix, and the new line starts from the old ones (only the
 * lines around the change are scanned).
 */

/** Characters compared per step before narrowing down to the first difference. */
const STEP = 4096;

/** Length of the longest common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // Whole steps first: comparing two slices runs natively (a memory compare).
  while (i + STEP <= n && a.slice(i, i + STEP) === b.slice(i, i + STEP)) i += STEP;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix of `a` and `b`, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  const n = Math.min(a.length, b.length, max);
  let k = 0;
  while (k + STEP <= n && a.slice(a.length - k - STEP, a.length - k) === b.slice(b.length - k - STEP, b.length - k)) k += STEP;
  while (k < n && a.charCodeAt(a.length - k - 1) === b.charCodeAt(b.length - k - 1)) k++;
  return k;
}

/** Whether a line starts at offset `i` (> 0) of `s`: after LF, or after a CR not followed by LF. */
function startsLine(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  return c === 10 || (c === 13 && s.charCodeAt(i) !== 10);
}

/**
 * The line starts of `next`, from `prevStarts` (those of `prev`), when `next` and `prev` share
 * their first `prefix` and last `suffix` characters (prefix + suffix ≤ both lengths). Equal to
 * computeLineStarts(next): whether a line starts at i depends on the characters at i - 1 and i.
 */
export function updateLineStarts(prevStarts: readonly number[], prev: string, next: string, prefix: number, suffix: number): number[] {
  const delta = next.length - prev.length;
  const out: number[] = [];
  let j = 0;
  // Starts before the first change: unchanged (0 always starts a line).
  for (; j < prevStarts.length && prevStarts[j] < prefix; j++) out.push(prevStarts[j]);
  if (out.length === 0) out.push(0);
  // The changed stretch, from the prefix up to the first start that lies inside the suffix.
  const resume = next.length - suffix + 1;
  for (let i = Math.max(prefix, 1); i < resume && i <= next.length; i++) if (startsLine(next, i)) out.push(i);
  // Starts inside the common suffix: the old ones, moved.
  const oldResume = prev.length - suffix + 1;
  while (j < prevStarts.length && prevStarts[j] < oldResume) j++;
  for (; j < prevStarts.length; j++) out.push(prevStarts[j] + delta);
  return out;
}
