// esbuild inlines package.json's version into dist/cli-main.js (the CLI bundle) at build time.
import { version } from '../../package.json';

export const VERSION: string = version;
