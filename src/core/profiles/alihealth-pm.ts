import type { Profile } from './types';

export const alihealthPm: Profile = {
  id: 'alihealth-pm',
  label: 'Ali Health PM',
  description: '',
  axes: [
    { id: 'clinical-workflow', label: 'clinical-workflow', lookFor: '' },
    { id: 'regulatory-pathway', label: 'regulatory-pathway', lookFor: '' },
    { id: 'data-privacy', label: 'data-privacy', lookFor: '' },
    { id: 'stakeholders', label: 'stakeholders', lookFor: '' },
    { id: 'health-outcomes', label: 'health-outcomes', lookFor: '' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks'],
  excludedRules: ['stack-mismatch'],
  template: [],
  prompts: [],
};
