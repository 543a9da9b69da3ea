/** Config API: parse and validate .debrief.json text, merge layers, describe problems. Pure. */
export { parseConfigText } from './parse';
export { resolveConfig } from './resolve';
export { formatProblem } from './format';
export { configSchema, CONFIG_FILENAME, SEVERITIES, MAX_PHRASES, MAX_PHRASE_LENGTH } from './schema';
export { configJsonSchema, stableJson } from './json-schema';
export { DEFAULT_CONFIG } from './types';
export type { ConfigLayer, ConfigProblem, PartialConfig, ResolvedConfig, RuleSetting } from './types';
