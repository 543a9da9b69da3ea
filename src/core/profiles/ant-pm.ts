import { riskMatrixSection } from './risk-matrix';
import type { Profile } from './types';

/** Ant Group PM (Alipay, AlipayHK, Alipay+): money flows, who carries the loss, states with legal meaning, audit. */
export const antPm: Profile = {
  id: 'ant-pm',
  label: 'Ant Group PM',
  description: 'Ant Group product-manager loop (Alipay, AlipayHK, Alipay+): negotiate the limits first, map every party and who bears '
    + 'the loss, design states that mean something in money and law, give every failure an owned fallback, and make it auditable.',
  axes: [
    { id: 'constraint-negotiation', label: 'Constraint negotiation', lookFor: 'A framing section that states or asks for the limits (amounts, windows, caps, regulation) before designing.' },
    { id: 'party-mapping', label: 'Party mapping', lookFor: 'Every party to the money flow with its role, and who bears the loss in each failure case.' },
    { id: 'state-design', label: 'State design', lookFor: 'Named states, what each means in money or legal terms, who may move it, and its timeout.' },
    { id: 'fallback-ownership', label: 'Fallback ownership', lookFor: 'Each failure (gateway down, hold fails, model misfires) has a fallback with a named owner and a trigger.' },
    { id: 'auditability', label: 'Auditability', lookFor: 'A named audit mechanism: append-only journal, hash chain, signed receipts, versioned decision snapshots.' },
  ],
  requiredParts: ['impact', 'constraints', 'design', 'risks', 'parties', 'liability', 'states'],
  excludedRules: [],
  template: [
    { title: 'Constraints', body: [
      '## Questions I\'d settle first',
      '',
      '- Scope: ${1:<domestic or cross-border, which payment methods>}?',
      '- Limits: ${2:<amount caps, windows and deadlines>}?',
      '- Regulation: ${3:<rule that fixes a hard limit>}?',
      '- Exposure: ${4:<cap on money at risk per day>}; above it ${5:<role>} approves.',
    ].join('\n') },
    { title: 'Impact', body: [
      '## Impact',
      '',
      'Target: ${6:<metric>} from ${7:<baseline>} to ${8:<target>} by ${9:<date>}.',
    ].join('\n') },
    { title: 'Parties and liability', body: [
      '## Parties and who carries the loss',
      '',
      '| Party | Role | Bears the loss when |',
      '|---|---|---|',
      '| ${10:<party>} | ${11:<what it does>} | ${12:<failure case>} |',
      '| ${13:<party>} | ${14:<what it does>} | ${15:<failure case>} |',
    ].join('\n') },
    { title: 'Liability map', body: [
      '## Liability map',
      '',
      '| Failure | Who pays first | Who pays in the end | Recovery path |',
      '|---|---|---|---|',
      '| ${16:<failure>} | ${17:<party>} | ${18:<party>} | ${19:<how the money comes back>} |',
    ].join('\n') },
    { title: 'State map', body: [
      '## State map',
      '',
      '| System state | Legal or financial state | Who may move it | Audit hook |',
      '|---|---|---|---|',
      '| ${20:<state>} | ${21:<what it means for the money>} | ${22:<role>} | ${23:<record written>} |',
      '| ${24:<state>} | ${25:<what it means for the money>} | ${26:<role>} | ${27:<record written>} |',
    ].join('\n') },
    { title: 'Design', body: [
      '## Design',
      '',
      '1. ${28:<actor>} sends ${29:<request>} to ${30:<entry service>}, with ${31:<idempotency key>}.',
      '2. ${32:<service>} moves the case from ${33:<state>} to ${34:<state>} through ${35:<transaction mechanism>}.',
      '3. Every state change is appended to ${36:<journal>}, tamper-evident through ${37:<hash chain or signature>}.',
    ].join('\n') },
    riskMatrixSection(38),
  ],
  prompts: [
    'Design how Alipay handles chargebacks raised against its merchants, end to end.',
    '设计支付宝面向老年用户的转账防诈骗拦截系统。',
    'Design a system that enforces remittance limits for AlipayHK users sending money to the Philippines.',
    'Design the refund flow for Alipay+ wallets when a cross-border merchant goes out of business.',
    '设计花呗逾期后的催收与额度冻结流程，说明各方责任。',
    'Design merchant settlement for Alipay mini-program sellers who ship before they are paid.',
    'Design a dispute flow for Yu\'e Bao redemptions that arrive after the daily cut-off.',
    '设计支付宝“先享后付”服务中商户、用户和蚂蚁之间的资金状态机。',
    'Design the controls that stop a stolen Alipay account from draining its linked bank cards.',
  ],
};
