/**
 * Answer templates as VS Code snippets. Section templates come from the same JSON files that
 * package.json contributes as Markdown snippets (snippets/debrief.en.json, debrief.zh.json);
 * "New Answer" joins a profile's template sections into one snippet.
 */
import type { Profile } from '../core';
import en from '../../snippets/debrief.en.json';
import zh from '../../snippets/debrief.zh.json';

export interface SectionTemplate {
  /** The snippet prefix, e.g. "debrief-risks". */
  id: string;
  name: string;
  description: string;
  language: 'en' | 'zh';
  /** Snippet body (tab stops like ${1:<metric>}). */
  body: string;
}

interface SnippetFile {
  [name: string]: { prefix: string; description: string; body: string[] };
}

function load(file: SnippetFile, language: SectionTemplate['language']): SectionTemplate[] {
  return Object.entries(file).map(([name, s]) => ({ id: s.prefix, name, description: s.description, language, body: s.body.join('\n') }));
}

export const SECTION_TEMPLATES: readonly SectionTemplate[] = [...load(en, 'en'), ...load(zh, 'zh')];

const TAB_STOP = /\\[\\$}]|\$(\d+)|\$\{(\d+)/g;

function highestTabStop(body: string): number {
  let max = 0;
  for (const m of body.matchAll(TAB_STOP)) {
    const n = Number(m[1] ?? m[2] ?? 0);
    if (n > max) max = n;
  }
  return max;
}

/**
 * Join snippet bodies into one: tab stops of each later body are shifted past the earlier ones
 * (so `${1:<metric>}` in two sections do not mirror each other), and every `$0` but the last
 * body's becomes an ordinary tab stop.
 */
export function joinSnippets(bodies: readonly string[], separator = '\n\n'): string {
  let offset = 0;
  return bodies.map((body, i) => {
    const max = highestTabStop(body);
    const last = i === bodies.length - 1;
    const shift = (n: number): number => (n === 0 ? (last ? 0 : offset + max + 1) : n + offset);
    const out = body.replace(TAB_STOP, (m, plain?: string, braced?: string) => {
      if (plain !== undefined) return `$${shift(Number(plain))}`;
      if (braced !== undefined) return `\${${shift(Number(braced))}`;
      return m; // an escape: \$ \} \\
    });
    offset += max + 1;
    return out.replace(/\s+$/, '');
  }).join(separator) + '\n';
}

/** The snippet for a profile's whole answer: its template sections in order. */
export function profileTemplate(profile: Profile): string {
  return joinSnippets(profile.template.map(s => (/^\s*#/.test(s.body) ? s.body : `## ${s.title}\n\n${s.body}`)));
}

/** Front matter for a new answer, escaped for snippet syntax. */
export function frontMatterSnippet(profile: string, prompt: string): string {
  const oneLine = prompt.replace(/\s+/g, ' ').trim();
  const text = `---\nprofile: ${profile}\nprompt: ${JSON.stringify(oneLine)}\n---\n\n`;
  return text.replace(/[\\$}]/g, ch => `\\${ch}`);
}
