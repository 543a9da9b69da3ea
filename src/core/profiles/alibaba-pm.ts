import { riskMatrixSection } from './risk-matrix';
import type { Profile } from './types';

/** Alibaba PM (Taobao, Tmall, AliExpress, Cainiao …): business impact first, then the design that earns it. */
export const alibabaPm: Profile = {
  id: 'alibaba-pm',
  label: 'Alibaba PM',
  description: 'Alibaba product-manager loop (Taobao, Tmall, Cainiao, AliExpress …): anchor on one business KPI with a baseline and a target, '
    + 'settle the constraints, walk the design, defend the trade-offs with their cost, and close with owned risks.',
  axes: [
    { id: 'kpi-anchor', label: 'KPI anchor', lookFor: 'One business KPI with a baseline and a target (GMV, conversion, cost), stated before the design.' },
    { id: 'trade-offs', label: 'Trade-offs', lookFor: 'Options weighed against each other, each with its cost in numbers and the reason the loser lost.' },
    { id: 'ownership', label: 'Ownership', lookFor: 'A named role beside every risk and decision, and the calls the candidate owns personally.' },
    { id: 'risk-mitigation', label: 'Risk mitigation', lookFor: 'The top risks, each with a measurable trigger, a mitigation and an owner.' },
    { id: 'customer-privacy', label: 'Customer privacy', lookFor: 'A named mechanism that keeps buyer data private (hashing, tokenisation, encryption, consent, no PII in analytics).' },
    { id: 'ecosystem', label: 'Ecosystem', lookFor: 'How the design plugs into other Alibaba properties (Alipay, Cainiao, Taobao …) and what each adds, in numbers.' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks'],
  excludedRules: [],
  template: [
    { title: 'Impact', body: [
      '## Impact',
      '',
      'I anchor on ${1:<kpi>}: from ${2:<baseline>} to ${3:<target>} by ${4:<date>}.',
      '',
      '- Guardrail: ${5:<metric that must not drop>} stays within ${6:<bound>}.',
      '- Worth: each ${7:<unit of change>} is ${8:<money or users>} per ${9:<period>}.',
    ].join('\n') },
    { title: 'Constraints', body: [
      '## Constraints: questions I\'d settle first',
      '',
      '1. Peak load: ${10:<requests per second at the peak and for how long>}?',
      '2. Latency budget: ${11:<p99 target>}, because ${12:<what each extra 100 ms costs the business>}?',
      '3. Data rules: ${13:<which buyer data the design may read and where it lives>}?',
      '4. Stack: ${14:<Alibaba Cloud products the team already runs>}?',
    ].join('\n') },
    { title: 'Design', body: [
      '## Design',
      '',
      '1. ${15:<actor>} sends ${16:<request>} to ${17:<entry service>}.',
      '2. ${18:<service>} writes ${19:<record>} to ${20:<store>}, keyed by ${21:<key>}.',
      '3. ${22:<worker>} reads the record and ${23:<action>}.',
      '4. Buyer data: ${24:<mechanism that keeps it private>}.',
      '5. Ecosystem: ${25:<Alipay, Cainiao or Taobao integration point>} adds ${26:<what it adds, in numbers>}.',
    ].join('\n') },
    { title: 'Trade-offs', body: [
      '## Trade-offs',
      '',
      '| Option | Cost | Why rejected |',
      '|---|---|---|',
      '| ${27:<option>} | ${28:<cost in numbers>} | ${29:<reason>} |',
      '| ${30:<option>} | ${31:<cost in numbers>} | ${32:<reason>} |',
    ].join('\n') },
    riskMatrixSection(33),
  ],
  prompts: [
    'Design a coupon system for Tmall Supermarket flash sales during 11.11.',
    'Design the recommendation feed for Taobao Live so viewers find a relevant live room within their first 30 seconds.',
    '设计淘宝“百亿补贴”频道的商品价格校验系统，避免补贴价被刷单和套利。',
    'Design an AI customer-service assistant for Tmall merchants that answers buyer questions in AliWangwang.',
    'Design the checkout flow for Taobao buyers paying with Huabei instalments during 618.',
    '设计闲鱼二手交易的验货担保服务，让买家敢买高价二手手机。',
    'Design a delivery-promise badge for Tmall product pages using Cainiao logistics data.',
    'Design the seller onboarding flow for AliExpress merchants from Turkey and Brazil.',
    '设计天猫会员 88VIP 的权益推荐模块，提升续费率。',
  ],
};
