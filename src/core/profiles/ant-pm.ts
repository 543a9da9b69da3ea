import type { Profile } from './types';

export const antPm: Profile = {
  id: 'ant-pm',
  label: 'Ant Group PM',
  description: '',
  axes: [
    { id: 'constraint-negotiation', label: 'constraint-negotiation', lookFor: '' },
    { id: 'party-mapping', label: 'party-mapping', lookFor: '' },
    { id: 'state-design', label: 'state-design', lookFor: '' },
    { id: 'fallback-ownership', label: 'fallback-ownership', lookFor: '' },
    { id: 'auditability', label: 'auditability', lookFor: '' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks', 'parties', 'liability', 'states'],
  excludedRules: [],
  template: [],
  prompts: [],
};
