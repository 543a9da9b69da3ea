import { markdown } from 'alex';
import { run } from './harness.mjs';
await run('alex', text => () => markdown(text));
