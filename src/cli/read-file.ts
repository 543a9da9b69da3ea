/** Read an answer (or config) file as UTF-8 text, or say in one line why it cannot be linted. */
import { readFileSync, statSync } from 'node:fs';

export const MAX_ANSWER_BYTES = 10 * 1024 * 1024;
/** Large enough for a long term list to reach the schema (which names the key and its limit). */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function ioMessage(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory; pass the Markdown files inside it';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return e.message;
  }
}

export function readTextFile(path: string, maxBytes = MAX_ANSWER_BYTES): ReadResult {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, error: 'is a directory; pass the Markdown files inside it' };
    if (!st.isFile()) return { ok: false, error: 'is not a regular file' };
    if (st.size > maxBytes) return { ok: false, error: `is ${megabytes(st.size)}; files over ${megabytes(maxBytes)} are not read` };
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, error: ioMessage(e as NodeJS.ErrnoException) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: 'is UTF-16 text; save it as UTF-8' };
  }
  if (bytes.includes(0)) return { ok: false, error: 'looks binary (it contains NUL bytes)' };
  try {
    // fatal: a byte sequence that is not UTF-8 throws; a leading BOM is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'is not valid UTF-8 text; save it as UTF-8' };
  }
}
