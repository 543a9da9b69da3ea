// Mocha's spec reporter, plus one closing line "unit: N passed, N failed[, N skipped]"
// that scripts/test.sh adds up with the VS Code hosts' lines.
'use strict';
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const s = this.stats;
      console.log(`unit: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
    });
  }
}
module.exports = SummaryReporter;
