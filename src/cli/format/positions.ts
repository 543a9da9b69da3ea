import type { Range } from '../../core';

/** 0-based core range → 1-based line/column (columns in UTF-16 code units, end exclusive). */
export function oneBased(r: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: r.start.line + 1, column: r.start.column + 1, endLine: r.end.line + 1, endColumn: r.end.column + 1 };
}
