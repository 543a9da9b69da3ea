// esbuild inlines package.json's version into dist/cli.js at build time.
import { version } from '../../package.json';

export const VERSION: string = version;
