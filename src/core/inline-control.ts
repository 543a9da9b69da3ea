/**
 * Inline control comments:
 *   <!-- debrief-disable RULE… -->            from here on (no rule: every rule)
 *   <!-- debrief-enable RULE… -->             undo a disable
 *   <!-- debrief-disable-next-line RULE… -->  the line after the comment
 *   <!-- debrief-disable-line RULE… -->       the comment's own line
 */
import type { Comment } from './model';
import type { Finding } from './types';

const DIRECTIVE = /^debrief-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

interface Directive { kind: string; rules: string[] | 'all'; line: number; endLine: number }

function directives(comments: Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const list = (m[2] ?? '').split(/[\s,]+/).filter(r => r && r !== '--');
    const cut = list.indexOf('--');
    const rules = (cut >= 0 ? list.slice(0, cut) : list).filter(r => /^[a-z][a-z-]*$/.test(r));
    out.push({ kind: m[1], rules: rules.length ? rules : 'all', line: c.line, endLine: c.endLine });
  }
  return out;
}

const covers = (d: Directive, rule: string): boolean => d.rules === 'all' || d.rules.includes(rule);

/** Drops the findings that inline comments switch off. Document-level findings (line 0) obey file-wide disables only. */
export function applyInlineControl(findings: Finding[], comments: Comment[]): Finding[] {
  const ds = directives(comments);
  if (ds.length === 0) return findings;
  return findings.filter(f => {
    const line = f.range.start.line;
    let disabled = false;
    for (const d of ds) {
      if (d.kind === 'disable-next-line') { if (line === d.endLine + 1 && covers(d, f.rule)) return false; continue; }
      if (d.kind === 'disable-line') { if (line >= d.line && line <= d.endLine && covers(d, f.rule)) return false; continue; }
      const appliesFromHere = d.line <= line || (f.rule === 'missing-section');
      if (!appliesFromHere || !covers(d, f.rule)) continue;
      disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}
