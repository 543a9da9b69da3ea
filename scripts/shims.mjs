// Packages the bundles replace with small stand-ins (esbuild `alias`), shared by the build and the
// benchmark so the benchmark times the core as it ships. markdown-it imports `entities` only for
// decodeHTML; Debrief runs just its block pass, so a small decoder replaces the 75 KB of HTML entity
// tables (src/shims/entities.ts). Its `linkify-it` instance is never consulted with linkify off, so
// a stand-in saves compiling its regexes at every start (src/shims/linkify-it.ts).
import { fileURLToPath } from 'node:url';

const shim = name => fileURLToPath(new URL(`../src/shims/${name}.ts`, import.meta.url));
export const SHIM_ALIASES = { entities: shim('entities'), 'linkify-it': shim('linkify-it') };
