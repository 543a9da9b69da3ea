/**
 * A markdown-it plugin for VS Code's built-in Markdown preview (`markdown.markdownItPlugins`):
 * it wraps the phrases Debrief flagged in <mark class="debrief-flag">, on answers only, when
 * `debrief.preview.highlight` is on. The findings come from analyze(), like everything else.
 *
 * VS Code's Markdown engine parses with an empty env and caches the tokens; only rendering
 * gets `env.currentDocument`. So parsing just records each text token's source lines, and the
 * marks are added while rendering, from the document's current findings.
 */
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Finding } from '../core';

export interface PreviewFindings {
  /** The text the findings were computed for. */
  source: string;
  findings: readonly Finding[];
}

export interface PreviewSource {
  enabled(): boolean;
  /** Findings for a document's current text; undefined when it is not an answer. */
  findings(documentUri: string): PreviewFindings | undefined;
}

interface Flag {
  line: number;
  phrase: string;
  title: string;
}

interface TextMeta {
  debriefLines?: [number, number];
}

function flagsOf({ source, findings }: PreviewFindings): Flag[] {
  const lines = source.split('\n');
  const out: Flag[] = [];
  for (const f of findings) {
    const { start, end } = f.range;
    const text = lines[start.line] ?? '';
    const phrase = (start.line === end.line ? text.slice(start.column, end.column) : text.slice(start.column)).trim();
    if (phrase) out.push({ line: start.line, phrase, title: `${f.rule}: ${f.message}` });
  }
  return out;
}

export function debriefPreviewPlugin(md: MarkdownIt, source: PreviewSource): MarkdownIt {
  // Parse time: remember which source lines each text token comes from.
  md.core.ruler.push('debrief_lines', state => {
    for (const token of state.tokens) {
      if (token.type !== 'inline' || !token.map) continue;
      const lines: [number, number] = [token.map[0], token.map[1]];
      for (const child of token.children ?? []) {
        if (child.type === 'text') child.meta = { ...(child.meta as object | null), debriefLines: lines };
      }
    }
  });

  // Render time: one lookup per render (env), each flag used once.
  const perRender = new WeakMap<object, { flags: Flag[]; used: Set<Flag> }>();
  const flagsFor = (env: unknown): { flags: Flag[]; used: Set<Flag> } | undefined => {
    if (typeof env !== 'object' || env === null) return undefined;
    let entry = perRender.get(env);
    if (!entry) {
      const uri = (env as { currentDocument?: { toString(): string } }).currentDocument?.toString();
      const found = uri && source.enabled() ? source.findings(uri) : undefined;
      entry = { flags: found ? flagsOf(found) : [], used: new Set() };
      perRender.set(env, entry);
    }
    return entry;
  };

  const escape = md.utils.escapeHtml;
  const original = md.renderer.rules.text ?? ((tokens: Token[], idx: number) => escape(tokens[idx].content));
  md.renderer.rules.text = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const lines = (token.meta as TextMeta | null)?.debriefLines;
    const entry = lines && flagsFor(env);
    if (!lines || !entry || entry.flags.length === 0) return original(tokens, idx, options, env, self);
    const content = token.content;
    const hits: { at: number; flag: Flag }[] = [];
    for (const flag of entry.flags) {
      if (entry.used.has(flag) || flag.line < lines[0] || flag.line >= lines[1]) continue;
      const at = content.indexOf(flag.phrase);
      if (at < 0 || hits.some(h => at < h.at + h.flag.phrase.length && h.at < at + flag.phrase.length)) continue;
      hits.push({ at, flag });
      entry.used.add(flag);
    }
    if (hits.length === 0) return original(tokens, idx, options, env, self);
    hits.sort((a, b) => a.at - b.at);
    let out = '';
    let pos = 0;
    for (const { at, flag } of hits) {
      out += `${escape(content.slice(pos, at))}<mark class="debrief-flag" title="${escape(flag.title)}">${escape(flag.phrase)}</mark>`;
      pos = at + flag.phrase.length;
    }
    return out + escape(content.slice(pos));
  };
  return md;
}
