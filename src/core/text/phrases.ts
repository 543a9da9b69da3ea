/**
 * Phrase matching. Lexicons and user config hold plain phrases; this turns a list of phrases
 * into one compiled, case-insensitive regular expression. Latin edges get word boundaries
 * (letters, digits and hyphens), CJK edges get none (Chinese has no spaces between words).
 */

const LATIN_EDGE = /[A-Za-z0-9]/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Word boundaries for Latin edges count only Latin letters and digits: a Han character right
// before or after ("用Kafka做", "要fast") is a boundary, as in mixed Chinese-English writing.
// (Explicit ranges also compile far faster than \p{L} lookarounds.)
const PRE = '(?<![A-Za-z0-9_\\u00C0-\\u024F-])';
const POST = '(?![A-Za-z0-9_\\u00C0-\\u024F]|-[A-Za-z0-9\\u00C0-\\u024F])';

/** Regex source for one phrase's body: spaces and hyphens inside it match a space, a hyphen or nothing. */
function body(p: string): string {
  return p.split(/[\s-]+/).map(escape).join('[\\s-]?');
}

/** Regex source for one phrase, with word boundaries on its Latin edges. */
export function phraseSource(phrase: string): string {
  const p = phrase.trim();
  if (!p) return '';
  return (LATIN_EDGE.test(p[0]) ? PRE : '') + body(p) + (LATIN_EDGE.test(p[p.length - 1]) ? POST : '');
}

/**
 * One global regex matching any of the phrases (longest first, so "highly available" beats
 * "available"). Phrases are grouped by their edges so each boundary guard appears once per group:
 * hundreds of per-phrase Unicode lookarounds make the pattern slow to compile.
 */
export function compilePhrases(phrases: readonly string[]): RegExp | undefined {
  const unique = [...new Set(phrases.map(p => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return undefined;
  const groups = new Map<string, string[]>();
  for (const p of unique) {
    const key = `${LATIN_EDGE.test(p[0]) ? 1 : 0}${LATIN_EDGE.test(p[p.length - 1]) ? 1 : 0}`;
    const g = groups.get(key) ?? [];
    g.push(body(p));
    groups.set(key, g);
  }
  const alts = [...groups].map(([key, bodies]) => (key[0] === '1' ? PRE : '') + `(?:${bodies.join('|')})` + (key[1] === '1' ? POST : ''));
  return pattern(alts.join('|'), 'giu');
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global regex in text. */
export function hits(re: RegExp | undefined, text: string): Hit[] {
  if (!re) return [];
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Blank out (with spaces) every match of the regexes: used to remove names and non-owners before testing. */
export function blankOut(text: string, ...res: (RegExp | undefined)[]): string {
  let t = text;
  for (const re of res) if (re) t = t.replace(re, m => ' '.repeat(m.length));
  return t;
}

/**
 * A regular expression, with the 'u' flag only when its source needs it (`\p{…}`, `\u{…}`).
 * V8 compiles a case-insensitive pattern under 'u' with full Unicode case folding, nearly twice as
 * slowly as without; a CLI run compiles each of about 200 patterns once, so this is most of its
 * cold start. The lexicons' Latin and CJK literals and ranges match the same text either way.
 */
export function pattern(source: string, flags: string): RegExp {
  return new RegExp(source, /\\[pPu]\{/.test(source) ? flags : flags.replace('u', ''));
}

/** Something to call `.test()` on. */
export interface Tester { test(text: string): boolean }

/**
 * A `.test()` view of a (global) pattern, safe to call repeatedly. It tests a twin with the same
 * source and flags, which V8 compiles once for both (its regexp cache is keyed by source and flags;
 * a copy without 'g' would be compiled again).
 */
export function tester(re: RegExp): Tester {
  const twin = new RegExp(re.source, re.flags);
  return { test: text => { twin.lastIndex = 0; return twin.test(text); } };
}
