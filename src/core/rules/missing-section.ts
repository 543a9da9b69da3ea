import { detectParts } from '../parts';
import type { PartId } from '../profiles/types';
import { defineRule } from './rule';

const PART: Record<PartId, { name: string; ask: string; template: string }> = {
  impact: { name: 'impact', ask: 'what business metric moves, from what baseline to what target?',
    template: '## Impact\n\n<metric>: from <baseline> to <target> by <date>.\n' },
  constraints: { name: 'constraints', ask: 'what scale, latency, budget and regulatory limits are you designing within?',
    template: "## Constraints (questions I'd settle first)\n\n- <constraint>: <number and unit>\n" },
  design: { name: 'design', ask: 'how does it work, step by step?', template: '## Design\n\n1. <step>\n' },
  risks: { name: 'risk matrix', ask: 'what can go wrong, at what threshold, and who owns it?',
    template: '## Risk matrix\n\n| Risk | Trigger | Mitigation | Owner | Escalation |\n|---|---|---|---|---|\n| <risk> | <metric> > <value> | <mitigation> | <role> | <role> |\n' },
  parties: { name: 'parties', ask: 'who are the parties, and what does each one do?',
    template: '## Parties\n\n| Party | Role | Bears the loss when |\n|---|---|---|\n| <party> | <role> | <condition> |\n' },
  liability: { name: 'liability', ask: 'when money is lost, who bears it and on what rule?',
    template: '## Liability\n\n| Loss event | Who bears it | On what rule |\n|---|---|---|\n| <event> | <party> | <rule or contract clause> |\n' },
  states: { name: 'states', ask: 'which states can a case be in, what does each mean legally or financially, and who may move it?',
    template: '## States\n\n| State | Legal or financial meaning | Who may move it | Audit hook |\n|---|---|---|---|\n| <STATE> | <meaning> | <role> | <record written> |\n' },
};

export default defineRule({
  meta: {
    id: 'missing-section',
    description: 'The answer lacks a part its profile expects (impact, constraints, design, risk matrix; for Ant: parties, liability, states).',
    defaultSeverity: 'warning',
    tags: ['structure'],
    fixable: true,
    messages: {
      missing: 'No {part} section — the interviewer will ask: {ask}',
    },
  },
  checkDocument(ctx) {
    const parts = detectParts(ctx.model);
    const { source } = ctx.model;
    const firstLineEnd = ctx.model.lineStarts.length > 1 ? ctx.model.lineStarts[1] - 1 : source.length;
    // Each insertion brings its own blank line, so several of them can be appended one after another.
    const sep = source.length === 0 ? '' : source.endsWith('\n') ? '\n' : '\n\n';
    for (const id of ctx.profile.requiredParts) {
      if (parts[id].present) continue;
      const p = PART[id];
      ctx.report({
        messageId: 'missing', data: { part: p.name, ask: p.ask }, start: 0, end: Math.max(0, source[firstLineEnd - 1] === '\r' ? firstLineEnd - 1 : firstLineEnd),
        fix: { title: `Add ${/^[aeiou]/.test(p.name) ? 'an' : 'a'} ${p.name} section`, edits: [{ start: source.length, end: source.length, newText: sep + p.template }] },
      });
    }
  },
});
