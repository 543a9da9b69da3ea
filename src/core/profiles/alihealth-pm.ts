import { riskMatrixSection } from './risk-matrix';
import type { Profile } from './types';

/** Ali Health PM: clinical workflow, regulatory pathway, patient privacy, stakeholders and measurable health outcomes. */
export const alihealthPm: Profile = {
  id: 'alihealth-pm',
  label: 'Ali Health PM',
  description: 'Ali Health product-manager loop: commit to a clinical outcome with a baseline, walk the care workflow step by step with '
    + 'the clinician at each step, state the regulatory pathway and licences, name the privacy mechanisms, and map the stakeholders.',
  axes: [
    { id: 'clinical-workflow', label: 'Clinical workflow', lookFor: 'Who in the care team does what, at which step, on which clinical signal or deadline.' },
    { id: 'regulatory-pathway', label: 'Regulatory pathway', lookFor: 'The named rules, regulators and licences the service must pass (NMPA, NHC, PIPL, licensed pharmacists).' },
    { id: 'data-privacy', label: 'Data privacy', lookFor: 'A named mechanism for patient data: separate consent records, tokenisation, KMS encryption, de-identified exports.' },
    { id: 'stakeholders', label: 'Stakeholders', lookFor: 'Everyone in the care and payment loop: patients, family, clinicians, pharmacies, payers, regulators.' },
    { id: 'health-outcomes', label: 'Health outcomes', lookFor: 'A clinical metric (HbA1c, adherence, readmissions …) with a number, a baseline and a time horizon.' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks'],
  excludedRules: ['stack-mismatch'],
  template: [
    { title: 'Outcome', body: [
      '## Outcome we\'re accountable for',
      '',
      'Raise ${1:<clinical metric>} from ${2:<baseline>} (source: ${3:<registry or pilot>}) to ${4:<target>} at ${5:<time horizon>}.',
      '',
      '- Commercial line: ${6:<business metric>} from ${7:<baseline>} to ${8:<target>}.',
    ].join('\n') },
    { title: 'Regulatory pathway', body: [
      '## Regulatory boundaries',
      '',
      '- Diagnosis and prescribing: ${9:<what must happen offline and which licensed role signs>}.',
      '- Device scope: ${10:<whether the software is a medical device and which class>}.',
      '- Personal information: ${11:<consent, purpose and storage rules>}.',
      '- Regulator to confirm with: ${12:<regulator and the question for them>}.',
    ].join('\n') },
    { title: 'Stakeholders', body: [
      '## Who\'s involved',
      '',
      '| Stakeholder | What they need | What they do in the flow |',
      '|---|---|---|',
      '| ${13:<patient group>} | ${14:<need>} | ${15:<action>} |',
      '| ${16:<clinician>} | ${17:<need>} | ${18:<action>} |',
      '| ${19:<payer or regulator>} | ${20:<need>} | ${21:<action>} |',
    ].join('\n') },
    { title: 'Clinical workflow', body: [
      '## Clinical workflow',
      '',
      '1. ${22:<patient action>} creates ${23:<record>}.',
      '2. When ${24:<clinical signal> > <value>}, ${25:<clinician role>} ${26:<action>} within ${27:<deadline>}.',
      '3. ${28:<pharmacist or physician>} reviews ${29:<what>} before ${30:<next step>}.',
    ].join('\n') },
    { title: 'Privacy design', body: [
      '## Privacy design',
      '',
      '- Consent: ${31:<consent record per purpose>}.',
      '- Storage: ${32:<tokenised ID, key management>}.',
      '- Exports: ${33:<de-identification rule>}.',
    ].join('\n') },
    riskMatrixSection(34),
  ],
  prompts: [
    'Design a remote monitoring and prescription-refill service for type 2 diabetes patients on Ali Health.',
    'Design the prescription review flow for Ali Health\'s online pharmacy so prescription-drug orders are checked before shipping.',
    '设计阿里健康在线问诊的分诊功能，让患者找到合适的科室和医生。',
    'Design a hypertension follow-up programme run by partner community clinics through the Ali Health app.',
    '设计阿里健康大药房的慢病复购提醒和医保支付流程。',
    'Design an adverse-drug-reaction reporting flow for buyers of prescription drugs on Ali Health.',
    '设计面向孕产妇的线上产检预约与随访服务。',
    'Design a vaccination-appointment service that connects Ali Health users with community health centres.',
    'Design a post-discharge medication-adherence service for heart-failure patients of partner hospitals.',
  ],
};
