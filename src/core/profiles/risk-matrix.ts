import type { TemplateSection } from './types';

/**
 * The risk matrix every profile's template ends with (risk, trigger threshold, mitigation, owner,
 * escalation), two rows, tab stops numbered from `first` on.
 */
export function riskMatrixSection(first: number): TemplateSection {
  const row = (n: number): string =>
    `| \${${n}:<risk>} | \${${n + 1}:<metric> > <value>} | \${${n + 2}:<mitigation>} | \${${n + 3}:<owner role>} | \${${n + 4}:<next role and when>} |`;
  return {
    title: 'Risk matrix',
    body: ['## Risk matrix', '', '| Risk | Trigger threshold | Mitigation | Owner | Escalation |', '|---|---|---|---|---|', row(first), row(first + 5)].join('\n'),
  };
}
