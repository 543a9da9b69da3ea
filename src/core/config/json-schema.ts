/**
 * The JSON schema of .debrief.json, generated from the zod schema (schemas/debrief.schema.json is
 * this, written by scripts/gen-schema.ts; a unit test fails when the committed file drifts).
 */
import * as z from 'zod/mini';
import { configSchema, type Registry } from './schema';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every property gets a title and a description, even rule options the rule left undocumented. */
function documentProperties(node: Json, owner: string): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) { node.forEach(n => documentProperties(n, owner)); return; }
  const here = typeof node.title === 'string' ? node.title : owner;
  const props = node.properties;
  if (props && typeof props === 'object' && !Array.isArray(props)) {
    for (const [key, prop] of Object.entries(props)) {
      if (prop === null || typeof prop !== 'object' || Array.isArray(prop)) continue;
      prop.title ??= key;
      prop.description ??= `'${key}' in ${here}${typeof prop.type === 'string' ? ` (${prop.type})` : ''}.`;
    }
  }
  for (const child of Object.values(node)) documentProperties(child, here);
}

export function configJsonSchema(registry?: Registry): Record<string, Json> {
  const schema = z.toJSONSchema(configSchema(registry), { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, Json>;
  documentProperties(schema, 'the configuration');
  return schema;
}

function sortKeys(node: Json): Json {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(sortKeys);
  return Object.fromEntries(Object.keys(node).sort().map(k => [k, sortKeys(node[k])]));
}

/** Pretty JSON with object keys sorted at every level, ending in a newline: byte-stable output. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value as Json), null, 2)}\n`;
}
