import type { Unit } from '../../model';

/** An insertion inside a sentence, just before its closing punctuation (or at its end). */
export function insertBeforeStop(u: Unit, text: string): { start: number; end: number; newText: string } {
  const stop = /[.。!！?？;；:：]+$/.exec(u.text);
  const at = stop ? u.end - stop[0].length : u.end;
  return { start: at, end: at, newText: text };
}
