/**
 * A strict JSON parser (RFC 8259) that remembers where every member and element starts, so a
 * config problem can point at the line of the offending key. Never throws: a syntax error comes
 * back as data with its 0-based line and column. Built-in JSON.parse cannot do either portably.
 */

export type JsonPath = (string | number)[];

export interface JsonSyntaxError {
  message: string;
  /** 0-based line and UTF-16 column. */
  line: number;
  column: number;
}

export interface JsonText {
  value?: unknown;
  error?: JsonSyntaxError;
  /** Keys that occur twice in one object (the last one wins in `value`). */
  duplicates: { path: JsonPath; line: number }[];
  /** 0-based line of a member's key or an element's first character; nearest known ancestor otherwise. */
  lineOf(path: JsonPath): number;
}

const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Fail {
  constructor(readonly message: string, readonly offset: number) {}
}

const keyOf = (path: JsonPath): string => JSON.stringify(path);

export function parseJsonText(text: string): JsonText {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const where = new Map<string, number>();
  const duplicates: JsonText['duplicates'] = [];
  let pos = 0;

  const describe = (i: number): string => (i >= text.length ? 'end of file' : `'${text[i]}'`);
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
    if (text.startsWith('//', pos) || text.startsWith('/*', pos)) throw new Fail('comments are not allowed in JSON', pos);
  };
  const expect = (ch: string, what: string): void => {
    skipSpace();
    if (text[pos] !== ch) throw new Fail(`expected ${what}, found ${describe(pos)}`, pos);
    pos++;
  };

  function parseString(): string {
    const open = pos++;
    let out = '';
    for (;;) {
      if (pos >= text.length) throw new Fail('unterminated string', open);
      const ch = text[pos];
      if (ch === '"') { pos++; return out; }
      if (ch < ' ') throw new Fail('line break or control character inside a string', pos);
      if (ch !== '\\') { out += ch; pos++; continue; }
      const esc = text[pos + 1];
      if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
        out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
        pos += 6;
      } else if (esc !== undefined && esc in ESCAPES) {
        out += ESCAPES[esc];
        pos += 2;
      } else {
        throw new Fail(`invalid escape '\\${esc ?? ''}' in a string`, pos);
      }
    }
  }

  function parseValue(path: JsonPath, depth: number): unknown {
    skipSpace();
    if (depth > MAX_DEPTH) throw new Fail(`nested deeper than ${MAX_DEPTH} levels`, pos);
    const ch = text[pos];
    if (ch === '{') return parseObject(path, depth);
    if (ch === '[') return parseArray(path, depth);
    if (ch === '"') return parseString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) { pos += word.length; return value; }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m && m[0] !== '-') { pos += m[0].length; return Number(m[0]); }
    if (ch === "'") throw new Fail('strings must use double quotes', pos);
    throw new Fail(`expected a value, found ${describe(pos)}`, pos);
  }

  function parseObject(path: JsonPath, depth: number): Record<string, unknown> {
    pos++;
    const obj: Record<string, unknown> = {};
    skipSpace();
    if (text[pos] === '}') { pos++; return obj; }
    for (;;) {
      skipSpace();
      if (text[pos] === '}') throw new Fail("trailing comma before '}' is not allowed in JSON", pos);
      if (text[pos] !== '"') throw new Fail(`expected a property name in double quotes, found ${describe(pos)}`, pos);
      const keyStart = pos;
      const key = parseString();
      const child = [...path, key];
      if (Object.prototype.hasOwnProperty.call(obj, key)) duplicates.push({ path: child, line: lineAt(keyStart) });
      where.set(keyOf(child), keyStart);
      expect(':', `':' after property name "${key}"`);
      Object.defineProperty(obj, key, { value: parseValue(child, depth + 1), enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[pos] === ',') { pos++; continue; }
      if (text[pos] === '}') { pos++; return obj; }
      throw new Fail(`expected ',' or '}' after the value of "${key}", found ${describe(pos)}`, pos);
    }
  }

  function parseArray(path: JsonPath, depth: number): unknown[] {
    pos++;
    const arr: unknown[] = [];
    skipSpace();
    if (text[pos] === ']') { pos++; return arr; }
    for (;;) {
      skipSpace();
      if (text[pos] === ']') throw new Fail("trailing comma before ']' is not allowed in JSON", pos);
      const child = [...path, arr.length];
      where.set(keyOf(child), pos);
      arr.push(parseValue(child, depth + 1));
      skipSpace();
      if (text[pos] === ',') { pos++; continue; }
      if (text[pos] === ']') { pos++; return arr; }
      throw new Fail(`expected ',' or ']' in a list, found ${describe(pos)}`, pos);
    }
  }

  const lineOf = (path: JsonPath): number => {
    for (let n = path.length; n > 0; n--) {
      const at = where.get(keyOf(path.slice(0, n)));
      if (at !== undefined) return lineAt(at);
    }
    return 0;
  };

  try {
    skipSpace();
    if (pos >= text.length) throw new Fail('the file is empty; expected a JSON object such as {}', pos);
    const value = parseValue([], 0);
    skipSpace();
    if (pos < text.length) throw new Fail(`unexpected ${describe(pos)} after the end of the JSON value`, pos);
    return { value, duplicates, lineOf };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const line = lineAt(e.offset);
    return { error: { message: e.message, line, column: e.offset - starts[line] }, duplicates, lineOf };
  }
}
