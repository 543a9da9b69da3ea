/**
 * Compiled cue matchers over the lexicons: phrase lists become one regex each (compiled once,
 * when this module loads), plus the number patterns every detector shares.
 */
import { hasWordNumber } from '../lexicon/mechanisms';
import {
  NON_OWNERS, ROLE_ACRONYMS, ROLE_NOUNS_QUALIFIED, ROLE_NOUNS_STANDALONE, ROLE_PREFIX_STOP_ZH, ROLE_STOPWORDS, ROLE_SUFFIXES_ZH,
} from './lexicon';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive regex for a phrase list; Latin phrases only match at word edges. */
export function cue(list: readonly string[], flags = 'i'): RegExp {
  const parts = [...list].sort((a, b) => b.length - a.length).map(p => {
    const e = escape(p);
    const head = /^[A-Za-z0-9]/.test(p) ? '(?<![A-Za-z0-9])' : '';
    const tail = /[A-Za-z0-9]$/.test(p) ? '(?![A-Za-z0-9])' : '';
    return head + e + tail;
  });
  return new RegExp(parts.join('|'), flags);
}

/** Like `cue` but matching the start of words only (stems such as "tokenis"). */
export function stem(list: readonly string[]): RegExp {
  const parts = [...list].sort((a, b) => b.length - a.length).map(p => (/^[A-Za-z0-9]/.test(p) ? '(?<![A-Za-z0-9])' : '') + escape(p));
  return new RegExp(parts.join('|'), 'i');
}

export const has = (re: RegExp, text: string): boolean => re.test(text);

const UNIT = String.raw`(?:%|‰|pp\b|ms\b|s\b|sec\b|secs\b|seconds?\b|mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|` +
  String.raw`[KMB]\b|k\b|x\b|×|(?:thousand|million|billion|mn|bn)\b|req/s|rps\b|qps\b|tps\b|ops/s|events/s|writes/s|reads/s|mmol/L|mg\b|mmHg|points?\b|users?\b|orders?\b|` +
  String.raw`patients?\b|merchants?\b|cases?\b|reviews?\b|calls?\b|contacts?\b|uploads?\b|claims?\b|disputes?\b|per\b|` +
  String.raw`万|亿|千|百|条|次|个|人|单|笔|元|块|分钟|小时|天|日|周|月|年|秒|毫秒|倍|位|家|岁|份|张|例)`;
/** A number a reviewer could test: a number with a unit, a currency amount, or a number after a comparator. */
export const QUANTITY = new RegExp(
  // A number run is tried from its first digit only (the lookbehinds): retrying from every digit of a
  // long run would make the scan quadratic, and no unit starts with a digit, ',' or '.', so the
  // first digit matches whenever a later one does.
  String.raw`\d(?<!\d[\d,.]*?\d)[\d,.]*\s*${UNIT}|[¥$€£]\s?\d|HK\$\s?\d|RMB\s?\d|` +
  String.raw`(?:[<>≤≥]=?|\babove\b|\bbelow\b|\bover\b|\bunder\b|more than|less than|fewer than|at least|at most|\bwithin\b|exceeds?|exceeding|` +
  String.raw`超过|低于|高于|大于|小于|不超过|不低于|达到)\s*[¥$]?\d|\bk\s*[≥>=]+\s*\d|(?<!\d)\d+\s*/\s*\d+|\b0\.\d+|` +
  // A time of day ("none between 21:00 and 08:00", "T+1 18:00").
  String.raw`(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])`, 'i');

/** A number a reviewer could test, in digits or in words ("thirty-one percent"). */
export const hasQuantity = (text: string): boolean => QUANTITY.test(text) || hasWordNumber(text);
export const hasDigit = (text: string): boolean => /\d/.test(text);

/** Baseline → target: "from X to Y", "X → Y", "从 X 降到 Y". */
export const FROM_TO = new RegExp([
  String.raw`\bfrom\s+(?:about\s+|around\s+|roughly\s+)?[^\s,;]{0,6}\d[^;]{0,60}?\bto\s+(?:about\s+|around\s+|under\s+|below\s+|over\s+|above\s+)?[^\s,;]{0,6}\d`,
  String.raw`\d[^→;\n]{0,25}(?:→|->|=>|⟶)\s*[^\s,;]{0,6}\d`,
  String.raw`从\s*[^，。；;]{0,25}?\d[^，。；;]{0,25}?(?:降|提|升|增|减|涨|缩|压|拉)?[^，。；;]{0,4}?到\s*[^，。；;]{0,10}?\d`,
].join('|'), 'i');

/** A signed change: "+17%", "-20%", "下降 20%", "by a third". */
export const SIGNED_CHANGE = /[+\-−]\s?\d[\d.]*\s*%|(?:下降|降低|减少|提升|提高|增加|增长)\s*\d[\d.]*\s*%|by\s+(?:a\s+)?(?:third|half|quarter|\d[\d.]*\s*%)/i;

const NON_OWNER_SET = new Set(NON_OWNERS.map(s => s.toLowerCase()));

/** Whether an owner cell names somebody accountable ("Risk ops" yes; "", "-", "TBD", "we", "我们" no). */
export function namesOwnerCell(cell: string | undefined): boolean {
  if (cell === undefined) return false;
  const t = cell.trim().replace(/[.。!！?？]+$/, '').toLowerCase();
  if (NON_OWNER_SET.has(t)) return false;
  if (/^(?:tbd|tbc|todo|待定|<[^>]*>)/i.test(t)) return false;
  return /[\p{L}]/u.test(t);
}

// Linear scans: the qualifier is at most 64 characters, and whitespace before the role noun is
// taken from its start only ((?<!\s)), as a match from inside a whitespace run is found at its start.
const QUAL_NOUNS = [...ROLE_NOUNS_QUALIFIED].sort((a, b) => b.length - a.length).map(escape).join('|');
const QUAL = new RegExp(String.raw`([A-Za-z][\w&+./'-]{0,63})?(?<!\s)\s*\b(${QUAL_NOUNS})\b`, 'gi');
// The scans above try a qualifier at every position; most units name no role noun at all, which
// these plain alternations (QUAL's and ZH_ROLE's own nouns) rule out in one fast pass.
const ANY_QUAL_NOUN = new RegExp(String.raw`\b(?:${QUAL_NOUNS})\b`, 'i');
const STANDALONE = cue(ROLE_NOUNS_STANDALONE);
const ACRONYM = cue(ROLE_ACRONYMS, '');
const STOP = new Set(ROLE_STOPWORDS);
const ZH_SUFFIXES = [...ROLE_SUFFIXES_ZH].sort((a, b) => b.length - a.length).map(escape).join('|');
const ZH_ROLE = new RegExp(String.raw`([\p{Script=Han}A-Za-z0-9]{0,12}?)(?<!\s)\s*(${ZH_SUFFIXES})`, 'gu');
const ANY_ZH_SUFFIX = new RegExp(ZH_SUFFIXES);
const FIRST_PERSON = /(?<![A-Za-z])(?:I|Me)(?![A-Za-z])(?!\s*\/)|(?<![A-Za-z])me(?![A-Za-z])|(?<![们])我(?![们])/;

/** A named, accountable role somewhere in the text ("the on-call SRE", "payments tech lead", "客服", "I"). */
export function namedRole(text: string, opts: { firstPerson?: boolean } = {}): string | undefined {
  const s = STANDALONE.exec(text) ?? ACRONYM.exec(text);
  if (s) return s[0];
  if (ANY_QUAL_NOUN.test(text)) {
    QUAL.lastIndex = 0;
    for (let m = QUAL.exec(text); m; m = QUAL.exec(text)) {
      const q = (m[1] ?? '').toLowerCase();
      if (q && !STOP.has(q)) return m[0].trim();
    }
  }
  if (ANY_ZH_SUFFIX.test(text)) {
    ZH_ROLE.lastIndex = 0;
    for (let m = ZH_ROLE.exec(text); m; m = ZH_ROLE.exec(text)) {
      const prefix = m[1];
      const suffix = m[2];
      if (ROLE_PREFIX_STOP_ZH.some(s => prefix.endsWith(s))) continue;
      if ((suffix === '团队' || suffix === '小组' || suffix === '中心' || suffix === 'owner') && prefix.length === 0) continue;
      return m[0];
    }
  }
  if (opts.firstPerson !== false && FIRST_PERSON.test(text)) return 'I';
  return undefined;
}

export { clip as excerpt } from './excerpt';
