/**
 * Stand-in for the `entities` package inside Debrief's bundles (scripts/build.mjs aliases it here).
 * markdown-it imports only `decodeHTML`, and Debrief runs only markdown-it's block pass, where an
 * entity is decoded solely in link reference definitions and fence info strings, values Debrief
 * never reads. The full HTML entity tables (~75 KB minified) would be dead weight, so this decodes
 * numeric references (&#NN; &#xHH;, with the HTML replacements for 0, surrogates, out-of-range
 * and Windows-1252 code points) and the five XML entities, and leaves other named ones as written.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", AMP: '&', LT: '<', GT: '>', QUOT: '"' };

/** HTML's replacements for C1 control code points 0x80–0x9F (Windows-1252); 0 where none. */
const C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function codePointText(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f && C1[code - 0x80] !== 0) return String.fromCharCode(C1[code - 0x80]);
  return String.fromCodePoint(code);
}

const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z]+));/g;

export function decodeHTML(str: string): string {
  if (!str.includes('&')) return str;
  return str.replace(ENTITY, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePointText(dec.length > 8 ? 0x110000 : parseInt(dec, 10));
    if (hex !== undefined) return codePointText(hex.length > 7 ? 0x110000 : parseInt(hex, 16));
    return name !== undefined && Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : whole;
  });
}
