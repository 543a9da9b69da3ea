/**
 * Masking: replace Markdown syntax that is not prose with spaces, keeping every other
 * character (and every newline) where it was, so offsets into the masked text are offsets
 * into the source.
 */

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

const CODE_SPAN = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)|``/g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
const AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]*>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;
// Real HTML tags only: placeholders such as <metric> or <role> must survive masking.
/** HTML element names: a tag with one of these names is markup (or, escaped, literal text), never a placeholder. */
export const HTML_TAG_NAMES = 'a|abbr|article|aside|audio|b|base|body|br|button|canvas|caption|center|cite|code|col|colgroup|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|samp|script|section|select|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|u|ul|var|video|wbr';
// A backslash-escaped "\\<img>" is literal text in Markdown and stays.
const HTML_TAG = new RegExp(`(?<!\\\\)<\\/?(?:${HTML_TAG_NAMES})\\b[^<>]*>`, 'gi');
const EMPHASIS = /\*+|~~|(?<![\p{L}\p{N}])__|__(?![\p{L}\p{N}])/gu;
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const BRACKET = /[[\]]/g;

/** Mask inline Markdown syntax, code spans and HTML comments. */
export function maskInline(text: string): string {
  return text
    .replace(CODE_SPAN, blank)
    .replace(HTML_COMMENT, blank)
    .replace(IMAGE, blank)
    .replace(AUTOLINK, blank)
    .replace(LINK_TARGET, blank)
    .replace(BARE_URL, blank)
    .replace(HTML_TAG, blank)
    .replace(EMPHASIS, blank)
    .replace(ESCAPE, ' ')
    .replace(BRACKET, ' ');
}

/** Mask only code spans and escaped pipes: what table-cell splitting needs first. */
export function maskForCells(line: string): string {
  return line.replace(CODE_SPAN, blank).replace(/\\\|/g, '  ');
}

export { blank };
