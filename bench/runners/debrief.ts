// Debrief's full analysis (lint + rubric), in-process, from the production esbuild bundle of the core.
import { analyze } from '../../src/core/engine';
// @ts-expect-error plain ESM helper without types
import { run } from './harness.mjs';
await run('debrief', (text: string) => () => analyze(text));
