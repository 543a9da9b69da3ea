// The floor: markdown-it `parse` alone, configured as Debrief's parser configures it.
import MarkdownIt from 'markdown-it';
// @ts-expect-error plain ESM helper without types
import { run } from './harness.mjs';
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
await run('markdown-it parse', (text: string) => () => md.parse(text, {}));
