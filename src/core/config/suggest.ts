/** "Did you mean …?" for a mistyped key, rule id, profile or severity. */

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The closest candidate, or undefined when nothing is plausibly what the user meant. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 100) return undefined;
  const want = squash(input);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const have = squash(c);
    let score = distance(want, have);
    if (want.length >= 3 && (have.startsWith(want) || want.startsWith(have))) score = Math.min(score, 1);
    if (score < bestScore) { best = c; bestScore = score; }
  }
  const limit = Math.max(2, Math.floor(want.length / 3));
  return bestScore <= limit ? best : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const c = closest(input, candidates);
  return c === undefined ? '' : ` (did you mean '${c}'?)`;
}
