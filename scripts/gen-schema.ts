/**
 * Writes schemas/debrief.schema.json from the zod config schema (`npm run schema`).
 * test/unit/config.test.ts fails when the committed file differs from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configJsonSchema, stableJson } from '../src/core/config';

// Bundled to dist/gen-schema.js or run from scripts/ with tsx: either way the repo root is one up.
const out = join(__dirname, '..', 'schemas', 'debrief.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, stableJson(configJsonSchema()));
console.log(`wrote ${out}`);
