/** The incremental analyzer's text diff: common prefix and suffix, and line starts updated from the last version. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { commonPrefix, commonSuffix, updateLineStarts } from '../../src/core/incremental/diff';
import { computeLineStarts } from '../../src/core/parse';

const naivePrefix = (a: string, b: string): number => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };
const naiveSuffix = (a: string, b: string, max: number): number => {
  let k = 0;
  while (k < max && k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
};
// Text made of line breaks of every kind and a few letters, sometimes long (past the 4096-character steps).
const piece = fc.constantFrom('\n', '\r', '\r\n', 'a', 'b', ' ', '# h\n', '高', '\u2028');
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map(p => p.join('')),
  fc.tuple(fc.array(piece, { maxLength: 10 }), fc.integer({ min: 1, max: 3 })).map(([p, n]) => p.join('').repeat(1 + 1500 * n).slice(0, 9000)),
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 20 }), insert: fc.array(piece, { maxLength: 6 }).map(p => p.join('')) });

describe('incremental diff', () => {
  it('finds the common prefix and suffix (random texts and edits)', () => {
    fc.assert(fc.property(text, edit, (a, e) => {
      const at = Math.floor(e.at * a.length);
      const b = a.slice(0, at) + e.insert + a.slice(at + e.remove);
      const p = commonPrefix(a, b);
      assert.equal(p, naivePrefix(a, b));
      const max = Math.min(a.length, b.length) - p;
      assert.equal(commonSuffix(a, b, max), naiveSuffix(a, b, max));
    }), { numRuns: 300, seed: 20261122 });
  });

  it('updates line starts to what a full scan finds, for every kind of line break', () => {
    fc.assert(fc.property(text, fc.array(edit, { minLength: 1, maxLength: 5 }), (initial, edits) => {
      let a = initial, starts = computeLineStarts(a);
      for (const e of edits) {
        const at = Math.floor(e.at * a.length);
        const b = a.slice(0, at) + e.insert + a.slice(at + e.remove);
        const p = commonPrefix(a, b);
        const s = commonSuffix(a, b, Math.min(a.length, b.length) - p);
        starts = updateLineStarts(starts, a, b, p, s);
        assert.deepEqual(starts, computeLineStarts(b));
        a = b;
      }
    }), { numRuns: 300, seed: 20261122 });
  });

  it('splits CRLF into CR + LF and joins them back', () => {
    const a = 'one\r\ntwo\r\nthree';
    for (const b of ['one\rX\ntwo\r\nthree', 'one\r\ntwo\r\nthree', 'one\rtwo\r\nthree', 'one\ntwo\r\nthree']) {
      const p = commonPrefix(a, b);
      const s = commonSuffix(a, b, Math.min(a.length, b.length) - p);
      assert.deepEqual(updateLineStarts(computeLineStarts(a), a, b, p, s), computeLineStarts(b), JSON.stringify(b));
    }
  });
});
