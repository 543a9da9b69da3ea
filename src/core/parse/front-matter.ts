import type { FrontMatter } from '../model';

const OPEN = /^\uFEFF?---[ \t]*\r?$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;
const FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/;

function unquote(v: string): string {
  const m = /^(["'])(.*)\1$/.exec(v);
  return m ? m[2] : v;
}

/**
 * Reads a YAML front-matter block at the very top of the document: only flat `key: value`
 * lines are understood (that is all an answer needs: profile and prompt).
 */
export function readFrontMatter(lines: string[], lineStarts: number[]): FrontMatter | undefined {
  if (lines.length < 2 || !OPEN.test(lines[0])) return undefined;
  let end = -1;
  for (let i = 1; i < lines.length && i < 200; i++) {
    if (CLOSE.test(lines[i])) { end = i; break; }
  }
  if (end < 0) return undefined;
  const fm: FrontMatter = { line: 0, endLine: end, fields: {} };
  for (let i = 1; i < end; i++) {
    const m = FIELD.exec(lines[i]);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = unquote(m[2]);
    fm.fields[key] = value;
    if (key === 'profile') {
      const col = lines[i].indexOf(m[2], m[1].length + 1);
      fm.profile = value;
      const quoted = value !== m[2] ? 1 : 0;
      fm.profileValue = { start: lineStarts[i] + col + quoted, end: lineStarts[i] + col + quoted + value.length };
    } else if (key === 'prompt') {
      fm.prompt = value;
    }
  }
  return fm;
}
