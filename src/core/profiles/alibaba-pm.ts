import type { Profile } from './types';

export const alibabaPm: Profile = {
  id: 'alibaba-pm',
  label: 'Alibaba PM',
  description: '',
  axes: [
    { id: 'kpi-anchor', label: 'kpi-anchor', lookFor: '' },
    { id: 'trade-offs', label: 'trade-offs', lookFor: '' },
    { id: 'ownership', label: 'ownership', lookFor: '' },
    { id: 'risk-mitigation', label: 'risk-mitigation', lookFor: '' },
    { id: 'customer-privacy', label: 'customer-privacy', lookFor: '' },
    { id: 'ecosystem', label: 'ecosystem', lookFor: '' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks'],
  excludedRules: [],
  template: [],
  prompts: [],
};
