/** Property-based hostile input: analyze() never throws, keeps its ranges inside the document, and is deterministic. */
import fc from 'fast-check';
import { checkDocument, markdownDoc } from '../../scripts/fuzz';

describe('fuzz: analyze on random hostile Markdown', () => {
  it('never throws, keeps every range inside the document, is deterministic (200 runs, seed 20261122)', () => {
    fc.assert(fc.property(markdownDoc, doc => { checkDocument(doc); }), { numRuns: 200, seed: 20261122 });
  });
});
