/**
 * One incremental analyzer per open answer document, so typing in a long answer re-analyses
 * only the chunks and blocks that changed. An analyzer is made for a document's key (its URI)
 * and options; different options (the resolved config or the profile override changed) make a
 * new one, `drop` forgets one (document closed, no longer an answer, skipped as too large).
 * Results equal `analyze(text, options)` from the core. No `vscode` import: unit-tested.
 */
import { type Analysis, createIncrementalAnalyzer, type IncrementalAnalyzer, type IncrementalStats, type ResolvedConfig } from '../core';

export interface DocumentAnalyzerOptions {
  config: ResolvedConfig;
  /** Profile override (none: front matter, then the config's profile). */
  profile?: string;
}

/** What one update did: chunks in the document, chunks parsed again, blocks checked again and reused. */
export type UpdateStats = Omit<IncrementalStats, 'ms'>;

interface Entry {
  /** The options the analyzer was made for, as JSON (configs are plain JSON data). */
  options: string;
  analyzer: IncrementalAnalyzer;
}

export class DocumentAnalyzers {
  private readonly entries = new Map<string, Entry>();

  /** Analyse the document's current text; equal to `analyze(text, options)`. */
  analyze(key: string, text: string, options: DocumentAnalyzerOptions): Analysis {
    const signature = JSON.stringify([options.profile ?? null, options.config]);
    let entry = this.entries.get(key);
    if (!entry || entry.options !== signature) {
      entry = { options: signature, analyzer: createIncrementalAnalyzer({ config: options.config, profile: options.profile }) };
      this.entries.set(key, entry);
    }
    try {
      return entry.analyzer.update(text);
    } catch (err) {
      // Whatever the analyzer cached before the error is not trusted: the next call starts afresh.
      this.entries.delete(key);
      throw err;
    }
  }

  /** What the document's last update did (undefined when it has no analyzer). */
  stats(key: string): UpdateStats | undefined {
    const s = this.entries.get(key)?.analyzer.stats;
    return s && { chunks: s.chunks, chunksParsed: s.chunksParsed, blocksChecked: s.blocksChecked, blocksReused: s.blocksReused };
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Forget the document's analyzer and everything it cached. */
  drop(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
