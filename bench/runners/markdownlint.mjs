import { lint } from 'markdownlint/sync';
import { run } from './harness.mjs';
await run('markdownlint', text => () => lint({ strings: { doc: text } }));
