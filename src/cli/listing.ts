/** `debrief rules` and `debrief profiles`: plain tables from the registries. */
import { DEFAULT_PROFILE, PROFILES, RULES } from '../core';

export function listRules(): string {
  if (RULES.length === 0) return 'No rules are registered.\n';
  const width = Math.max(...RULES.map(r => r.meta.id.length));
  const lines = RULES.map(r => {
    const skipped = PROFILES.filter(p => p.excludedRules.includes(r.meta.id)).map(p => p.id);
    const notes = [r.meta.fixable ? 'fixable' : '', skipped.length ? `not for ${skipped.join(', ')}` : ''].filter(Boolean);
    return `${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}${notes.length ? ` [${notes.join('; ')}]` : ''}`;
  });
  return `${lines.join('\n')}\n`;
}

export function listProfiles(): string {
  const blocks = PROFILES.map(p => {
    const head = `${p.id}  ${p.label}${p.id === DEFAULT_PROFILE ? '  (default)' : ''}`;
    const desc = p.description ? [`  ${p.description}`] : [];
    const axes = p.axes.map(a => `  - ${a.id}${a.label && a.label !== a.id ? `: ${a.label}` : ''}${a.lookFor ? ` — ${a.lookFor}` : ''}`);
    return [head, ...desc, '  axes:', ...axes.map(a => `  ${a}`), `  required parts: ${p.requiredParts.join(', ')}`].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
