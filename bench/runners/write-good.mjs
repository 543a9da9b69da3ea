import { createRequire } from 'node:module';
import { run } from './harness.mjs';
const writeGood = createRequire(import.meta.url)('write-good');
await run('write-good', text => () => writeGood(text));
