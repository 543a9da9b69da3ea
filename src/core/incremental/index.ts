/** Incremental re-analysis for editors: see analyzer.ts. */
export { createIncrementalAnalyzer } from './analyzer';
export type { IncrementalAnalyzer, IncrementalStats } from './analyzer';
