import { riskMatrixSection } from './risk-matrix';
import type { Profile } from './types';

/** Alibaba TPM: scope, business case, cross-BU dependencies, how it runs on the day, and who gets pulled in. */
export const alibabaTpm: Profile = {
  id: 'alibaba-tpm',
  label: 'Alibaba TPM',
  description: 'Alibaba technical-program-manager loop: frame the scope, tie the program to a business number, name every cross-BU '
    + 'dependency with its owner and date, show how it runs at the 11.11 peak, and lay out the escalation ladder.',
  axes: [
    { id: 'scope-framing', label: 'Scope framing', lookFor: 'What is in and out of scope, and the numbers and assumptions that bound it, before any design.' },
    { id: 'business-context', label: 'Business context', lookFor: 'Why the business cares, in numbers: what the problem costs today and the target the program commits to.' },
    { id: 'cross-bu-dependencies', label: 'Cross-BU dependencies', lookFor: 'Each team or BU the program depends on, with a named owner, the ask and the date it must land.' },
    { id: 'operational-realism', label: 'Operational realism', lookFor: 'Paging rules, load tests, quotas and war rooms with real numbers and named on-call roles.' },
    { id: 'escalation-framing', label: 'Escalation framing', lookFor: 'An escalation ladder: who is pulled in at each level, on which measurable condition, and who decides.' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks'],
  excludedRules: [],
  template: [
    { title: 'Scope and constraints', body: [
      '## Scope and constraints I\'m assuming',
      '',
      '- In scope: ${1:<the slice of the flow this answer covers>}.',
      '- Out of scope: ${2:<what is left out>}, owned by ${3:<team>}.',
      '- Peak assumption to confirm: ${4:<volume per second and when>}.',
      '- Hard limits: ${5:<quotas, change windows, budgets>}.',
    ].join('\n') },
    { title: 'Business context', body: [
      '## Why it matters to the business',
      '',
      'Today ${6:<problem>} costs ${7:<baseline number>}. Target: ${8:<metric>} from ${9:<baseline>} to ${10:<target>} by ${11:<date>}.',
    ].join('\n') },
    { title: 'Dependencies', body: [
      '## Dependencies across teams',
      '',
      '| Team or BU | What we need | Owner | Date |',
      '|---|---|---|---|',
      '| ${12:<team>} | ${13:<ask>} | ${14:<owner role>} | ${15:<date>} |',
      '| ${16:<team>} | ${17:<ask>} | ${18:<owner role>} | ${19:<date>} |',
    ].join('\n') },
    { title: 'Design', body: [
      '## Design',
      '',
      '1. ${20:<actor>} sends ${21:<request>} to ${22:<entry service>}.',
      '2. ${23:<service>} writes ${24:<record>} to ${25:<store>}, keyed by ${26:<key>}.',
      '3. ${27:<worker>} reads the record and ${28:<action>}.',
    ].join('\n') },
    { title: 'Operating it', body: [
      '## Operating it',
      '',
      '- Page ${29:<on-call role>} when ${30:<metric> > <value>} for ${31:<duration>}.',
      '- Load test: ${32:<target rate>} at ${33:<latency bound>} by ${34:<date>}.',
      '- War room: ${35:<hours>}, staffed by ${36:<on-call role>} and ${37:<program owner role>}.',
    ].join('\n') },
    { title: 'Escalation ladder', body: [
      '## Escalation ladder',
      '',
      '1. ${38:<on-call role>}: ${39:<condition with a number>}.',
      '2. ${40:<program owner>}: ${41:<condition with a number>}; decides ${42:<decision>}.',
      '3. ${43:<director or BU lead>}: ${44:<condition with a number>}.',
    ].join('\n') },
    riskMatrixSection(45),
  ],
  prompts: [
    'Design the refund pipeline for AliExpress so that it holds through the 11.11 peak.',
    '设计菜鸟包裹轨迹 (parcel tracking) 系统，双11期间轨迹更新要及时。',
    'Plan the migration of 88VIP points from separate Taobao and Ele.me ledgers to one shared ledger.',
    'Run the program that moves Tmall order search from Elasticsearch clusters to OpenSearch on Alibaba Cloud before 11.11.',
    '设计淘宝和饿了么之间的会员权益打通项目，说明跨团队依赖和上线计划。',
    'Plan the launch of same-day delivery for Tmall Supermarket in five new cities with Cainiao and Hema.',
    'Design the capacity plan and war room for the Taobao Live 11.11 opening night.',
    '设计 AliExpress 卖家结算从 T+7 改为 T+3 的项目，涉及 Alipay+、财务和风控。',
    'Coordinate the rollout of a new fraud-check step in the Taobao checkout across Ant, Taobao and Tmall teams.',
  ],
};
