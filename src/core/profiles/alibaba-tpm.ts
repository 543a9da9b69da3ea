import type { Profile } from './types';

export const alibabaTpm: Profile = {
  id: 'alibaba-tpm',
  label: 'Alibaba TPM',
  description: '',
  axes: [
    { id: 'scope-framing', label: 'scope-framing', lookFor: '' },
    { id: 'business-context', label: 'business-context', lookFor: '' },
    { id: 'cross-bu-dependencies', label: 'cross-bu-dependencies', lookFor: '' },
    { id: 'operational-realism', label: 'operational-realism', lookFor: '' },
    { id: 'escalation-framing', label: 'escalation-framing', lookFor: '' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks'],
  excludedRules: [],
  template: [],
  prompts: [],
};
