/**
 * Pathological and binary-ish inputs: each must complete with sane output. No timing
 * assertions here (speed on these inputs is measured by `npm run bench`).
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { checkDocument, checkInvariants } from '../../scripts/fuzz';

const MB = 1 << 20;
const fill = (unit: string, bytes = MB): string => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

describe('hostile input', () => {
  const big: [string, () => string][] = [
    ['1 MB of spaces', () => fill(' ')],
    ['1 MB of spaces and newlines', () => fill('    \n')],
    ['1 MB of punctuation', () => fill('.,;:!?-*_`|#>[](){}<>~=+\'"/\\')],
    ['1 MB of one vague word', () => fill('scalable ')],
    ['1 MB of one vague word, one per line', () => fill('scalable\n')],
    ['1 MB of 高可用', () => fill('高可用')],
    ['a single 1 MB line of prose', () => fill('We will make the platform robust and fast for every merchant. ')],
    ['a single 1 MB table row', () => fill('| scalable ')],
    ['100k nested quote markers', () => '>'.repeat(100_000) + ' secure'],
    ['deeply nested lists', () => Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i % 200)}- item ${i} is scalable`).join('\n')],
    ['10k unclosed fences', () => '```\n'.repeat(10_000)],
    ['10k unclosed comments', () => '<!-- debrief-disable\n'.repeat(10_000)],
    ['10k headings', () => Array.from({ length: 10_000 }, (_, i) => `# Heading ${i} scalable`).join('\n')],
  ];
  for (const [name, make] of big) {
    it(`completes on ${name}`, function () {
      this.timeout(0); // no time limit: only completion and sane output are asserted
      const src = make();
      const a = analyze(src);
      checkInvariants(src, a);
      assert.ok(Array.isArray(a.findings));
    });
  }

  const small: [string, string][] = [
    ['empty input', ''],
    ['a lone newline', '\n'],
    ['CRLF only', '\r\n\r\n'],
    ['NUL bytes', '\u0000\u0000# \u0000 scalable\u0000\n\n- secure\u0000 fast\n'],
    ['binary-ish bytes', Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['lone CRs', 'a\rb\r# c\rscalable\r'],
    ['mixed line breaks', '# A\r\nscalable\rsecure\n\r\n| a |\r|---|\r| b |\n'],
    ['lone high surrogates', '\uD800 scalable \uD800\n\n# \uDBFF secure'],
    ['lone low surrogates', '\uDC00scalable\uDFFF fast \uDC00'],
    ['reversed surrogate pairs', '\uDE00\uD83D scalable \uDE00\uD83D'],
    ['emoji around vague words', '😀scalable😀 👩‍👩‍👧 高可用😀。'],
    ['a BOM and front matter', '\uFEFF---\nprofile: ant-pm\n---\n# Risks\nscalable'],
    ['unclosed front matter', '---\nprofile: ant-pm\n# Design\nscalable'],
    ['an unknown profile', '---\nprofile: nope\n---\nsecure'],
    ['only markup', '# \n## \n- \n> \n|\n|-|\n```\n'],
  ];
  for (const [name, src] of small) {
    it(`handles ${name}`, () => checkDocument(src));
  }
});
