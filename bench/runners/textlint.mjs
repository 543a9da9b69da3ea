// textlint with textlint-rule-write-good and textlint-rule-prh (bench/prh.yml: a small terminology dictionary).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TextlintKernel } from '@textlint/kernel';
import { run } from './harness.mjs';
const require = createRequire(import.meta.url);
const interop = m => (m && m.default) || m;
const markdownPlugin = interop(require('@textlint/textlint-plugin-markdown'));
const writeGood = interop(require('textlint-rule-write-good'));
const prh = interop(require('textlint-rule-prh'));
const kernel = new TextlintKernel();
const options = {
  ext: '.md',
  filePath: '/bench/doc.md',
  plugins: [{ pluginId: 'markdown', plugin: markdownPlugin }],
  rules: [
    { ruleId: 'write-good', rule: writeGood },
    { ruleId: 'prh', rule: prh, options: { rulePaths: [fileURLToPath(new URL('../prh.yml', import.meta.url))] } },
  ],
};
await run('textlint', text => () => kernel.lintText(text, options));
