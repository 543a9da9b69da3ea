/**
 * Cue lexicons for the rubric, as data (English and Chinese side by side). Detectors compile
 * them once through `cue()` in cues.ts; nothing here is matched against a particular answer.
 */

/** Section kinds, recognised from heading wording (any language, any phrasing listed). */
export const SECTION_CUES = {
  impact: ['impact', 'why this matters', 'why it matters', 'matters to the business', 'goal', 'goals', 'outcome', 'outcomes',
    'why we do it', 'why we do this', 'why now', "why we're doing", 'why we are doing', 'why build', '为什么做', '为什么要做',
    'trying to move', 'number i\'d move', 'numbers i\'d move', 'metric i\'d move', 'metrics i\'d move', 'success', 'kpi', 'kpis', 'business context', 'objective', 'objectives', 'north star', 'user needs', 'business case',
    '影响', '目标', '价值', '指标', '成功标准', '业务背景', '收益'],
  constraints: ['constraint', 'constraints', 'assumption', 'assumptions', 'assuming', 'settle first', 'clarify', 'clarifying',
    'pin down', 'pinned down', 'nail down', 'nailed down', "what i'd settle", 'what i would settle', "what we'd settle", "what i'd agree", "what we'd agree",
    'questions i', 'limits', 'boundaries', 'boundary', 'non-functional', 'requirements',
    '约束', '假设', '前提', '边界', '限制', '先对齐', '澄清', '需求约束'],
  scope: ['scope', 'non-goals', 'non goals', 'out of scope', 'in scope', '范围', '不做', '边界'],
  design: ['design', 'architecture', 'solution', 'how it works', 'approach', 'flow', 'proposal', 'mechanics',
    '方案', '设计', '架构', '流程', '实现'],
  risks: ['risk', 'risks', 'what could go wrong', 'failure modes', 'failure mode', 'pre-mortem', '风险'],
  tradeoffs: ['trade-off', 'trade-offs', 'tradeoff', 'tradeoffs', 'trade off', 'alternatives', 'options considered',
    '取舍', '权衡', '备选'],
  parties: ['party', 'parties', 'stakeholder', 'stakeholders', "who's involved", 'who is involved', 'actors', 'participants',
    'counterparties', '参与方', '相关方', '干系人', '利益相关方', '角色'],
  states: ['state', 'states', 'state machine', 'status', 'lifecycle', '状态', '状态机', '生命周期'],
  liability: ['liability', 'liabilities', 'carries the loss', 'bears the loss', 'who pays', 'loss allocation',
    '责任', '损失', '赔付', '谁承担'],
  fallbacks: ['fallback', 'fallbacks', 'degradation', 'degraded mode', 'failure handling', 'contingency', 'when things fail',
    'if things go wrong', 'when it breaks', 'failures', 'failure', 'fails', 'exceptions', 'exception handling',
    '兜底', '降级', '容灾', '应急', '异常处理', '故障处理', '失败处理'],
  escalation: ['escalation', 'escalations', 'escalation ladder', 'escalation path', '升级', '上报', '升级路径'],
  operations: ['operating', 'operations', 'operational', 'runbook', 'on-call', 'launch plan', 'rollout', 'cutover', 'war room',
    '运维', '上线', '值班', '保障', '作战室', '运营'],
  dependencies: ['dependency', 'dependencies', 'cross-team', 'across teams', 'partners', 'partner teams', 'interfaces',
    '依赖', '协作', '跨团队', '对接'],
  privacy: ['privacy', 'personal data', 'data protection', 'pii', 'data', '隐私', '个人信息', '数据安全', '数据'],
  regulatory: ['regulatory', 'regulation', 'regulations', 'compliance', 'legal', 'licensing', '法规', '合规', '监管', '资质'],
  workflow: ['workflow', 'clinical', 'care pathway', 'flow', 'how it works', 'process', 'journey',
    '流程', '诊疗', '临床', '服务路径'],
} as const;

export type SectionKind = keyof typeof SECTION_CUES;

/** Table column kinds, recognised from header cell wording. */
export const COLUMN_CUES = {
  risk: ['risk', 'failure', 'scenario', 'what could go wrong', '风险', '场景', '故障'],
  trigger: ['trigger', 'threshold', 'signal', 'condition', 'when', 'likelihood', '触发', '阈值', '信号', '条件'],
  mitigation: ['mitigation', 'response', 'action', 'plan', 'fallback', 'remedy', '应对', '措施', '缓解', '处置', '预案'],
  owner: ['owner', 'owners', 'who', 'responsible', 'accountable', 'dri', 'approver', 'moved by', 'decided by', 'decides', 'set by', 'triggered by', '负责人', '责任人', '谁', '处理人', 'owner'],
  party: ['party', 'parties', 'stakeholder', 'actor', 'participant', 'counterparty', '参与方', '相关方', '角色', '干系人'],
  state: ['state', 'status', '状态'],
  meaning: ['meaning', 'money', 'funds', 'legal', 'financial', 'ledger', '含义', '资金', '法律', '财务'],
  liability: ['liability', 'bears the loss', 'loss', 'pays', 'liable', '责任', '承担', '损失', '赔付'],
  timeout: ['timeout', 'time limit', 'deadline', 'sla', '超时', '时限'],
  audit: ['audit', 'evidence', 'record', '审计', '留痕', '记录'],
  escalation: ['escalation', 'escalate', '升级', '上报'],
  dependency: ['dependency', 'team', 'bu', 'provider', '依赖', '团队'],
} as const;

export type ColumnKind = keyof typeof COLUMN_CUES;

/** Cells and phrases that do not name an accountable owner. */
export const NON_OWNERS = ['', '-', '—', '–', 'n/a', 'na', 'none', 'tbd', 'tbc', '?', '…', '...', 'we', 'us', 'our team', 'the team',
  'team', 'someone', 'somebody', 'anyone', 'everyone', 'management', 'the relevant team', 'relevant team', 'relevant teams',
  'the business', 'business side', 'ops', 'engineering', 'it', 'system', 'the system', 'automatic', 'auto',
  '我们', '团队', '相关团队', '有人', '待定', '某人', '大家', '系统', '自动', '领导', '管理层'];

/** English role nouns that need a qualifier to name someone ("payments tech lead", not "the lead"). */
export const ROLE_NOUNS_QUALIFIED = ['lead', 'owner', 'manager', 'director', 'engineer', 'engineers', 'team', 'ops',
  'operations', 'agent', 'agents', 'analyst', 'specialist', 'reviewer', 'head', 'desk', 'squad', 'committee', 'contact', 'staff',
  'architect', 'admin', 'controller', 'coordinator', 'partner manager', 'owner team'];

/** English role nouns that name someone on their own. */
export const ROLE_NOUNS_STANDALONE = ['on-call', 'oncall', 'officer', 'pharmacist', 'pharmacists',
  'physician', 'physicians', 'doctor', 'doctors', 'nurse', 'nurses', 'clinician', 'clinicians', 'endocrinologist', 'counsel',
  'case manager', 'case managers'];
/** Role acronyms, matched case-sensitively ("PM" is a role, "9 pm" is not). */
export const ROLE_ACRONYMS = ['SRE', 'SREs', 'DBA', 'PM', 'TPM', 'PMO', 'CFO', 'CTO', 'CEO', 'VP', 'DRI', 'TL', 'GM', 'GMs'];

/** Qualifiers that do not make a role named. */
export const ROLE_STOPWORDS = ['the', 'a', 'an', 'our', 'their', 'relevant', 'which', 'some', 'any', 'each', 'every', 'that', 'this',
  'business', 'other', 'another', 'respective', 'appropriate', 'responsible', 'whichever', 'one', 'no', 'and', 'or', 'to', 'of', 'by',
  'with', 'for', 'if', 'then', 'is', 'are', 'be', 'tbd', 'new'];

/** Chinese role suffixes; the name before them must not be a non-owner (我们, 相关 …). */
export const ROLE_SUFFIXES_ZH = ['负责人', '值班工程师', '值班人员', '值班', '工程师', '经理', '主管', '总监', '专员', '审核员', '药师',
  '医生', '医师', '护士', '客服', '法务', '合规官', '合规团队', '风控团队', '运营团队', '团队', '小组', '组长', '中心', 'TL', 'owner', 'on-call'];
export const ROLE_PREFIX_STOP_ZH = ['我们', '相关', '各', '某', '有关', '对应', '哪个', '业务'];

/** Verbs of accountability: somebody owns, decides, approves or signs off. */
export const OWNERSHIP_VERBS = ['own', 'owns', 'owned by', 'owner', 'accountable', 'responsible for', 'signs off', 'sign off', 'sign-off',
  'approves', 'approve', 'accepted', 'accepts', 'decides', 'decide', 'go/no-go', 'makes the call', 'on the hook',
  '负责', '拍板', '决策', '审批', '签字', '批准', '兜底', '牵头'];

/** Hand-offs between teams. */
export const HANDOFF_VERBS = ['ask', 'asks', 'owns', 'own', 'signs off', 'sign off', 'sign-off', 'provide', 'provides', 'deliver', 'delivers',
  'agree', 'agrees', 'commit', 'commits', 'needs', 'need', 'requires', 'contract', 'schedule', 'by ', 'handoff', 'hand off', 'hands off',
  '负责', '排期', '提供', '完成', '对齐', '配合', '确认', '签字', '交付', '支持', '评估', '需要'];

/** Alibaba-ecosystem properties (business units and flagship apps), for ecosystem and cross-BU cues. */
export const ECOSYSTEM_ENTITIES = ['Taobao Live', 'Taobao', '淘宝直播', '淘宝', 'Tmall Supermarket', 'Tmall Global', 'Tmall Genie', 'Tmall',
  '天猫超市', '天猫国际', '天猫精灵', '天猫', 'Alipay+', 'AlipayHK', 'Alipay', '支付宝', 'Ant Group', 'Ant', '蚂蚁', 'Cainiao', '菜鸟',
  'Ele.me', '饿了么', 'Fliggy', '飞猪', 'Youku', '优酷', 'AliExpress', '速卖通', 'Lazada', 'Trendyol', 'Daraz', 'DingTalk', '钉钉',
  'Amap', 'AutoNavi', '高德', 'Hema', 'Freshippo', '盒马', 'Xianyu', '闲鱼', '1688', 'Alimama', '阿里妈妈', 'AliWangwang', 'Wangwang',
  '旺旺', 'Koubei', '口碑', 'Ali Health', 'Alibaba Health', '阿里健康', 'Sesame Credit', '芝麻信用', 'Huabei', '花呗', "Yu'e Bao",
  '余额宝', 'MYbank', '网商银行', 'Quark', '夸克', 'UC Browser', 'Intime', '银泰', 'Sun Art', '高鑫', '88VIP', 'Tongyi', '通义'];

/** Failure conditions (a fallback is for a failure, not for a normal state). */
export const FAILURE_CUES = ['fail', 'fails', 'failed', 'failure', 'unreachable', 'down', 'outage', 'timeout', 'times out', 'timed out',
  'error', 'errors', 'breach', 'breaches', 'broken', 'misses', 'missed', 'abused', 'abuse', 'overspend', 'stuck', 'lag', 'late',
  'unavailable', 'rejects', 'rejected', 'insolvent', 'incident', 'degraded', 'backlog', 'mismatch', 'fraud', 'fraudulent',
  'runs out', 'run out', 'exhausted', 'overloaded', 'goes bankrupt', 'not delivered', 'bug', 'bugs', 'crash', 'crashes', 'crashed',
  'refused', 'refuses', 'throttled', 'throttles',
  '失败', '故障', '不可用', '超时', '联系不上', '中断', '异常', '宕机', '误拦', '积压', '延迟', '拒绝', '出错', '事故', '挂了', '耗尽', '用完', '爆仓', '欺诈'];

/** Operational practice (runbooks, paging, load tests, capacity). */
export const OPERATIONS_CUES = ['page', 'pages', 'paging', 'on-call', 'oncall', 'alert', 'alerts', 'war room', 'drill', 'load test',
  'load-test', 'load-tested', 'capacity', 'throttle', 'throttles', 'rate limit', 'rate-limit', 'backlog', 'lag', 'retry', 'retries',
  'backoff', 'concurrency', 'runbook', 'canary', 'gray release', 'kill switch', 'quota', 'token bucket', 'go/no-go', 'change window',
  'reconciliation', 'rollout', 'shards', 'sharded', 'failover', 'dashboard',
  '压测', '演练', '值班', '告警', '限流', '扩容', '积压', '熔断', '重试', '灰度', '作战室', '预案', '封网', '容量', '巡检', '对账'];

/** Escalation verbs. A first page to on-call is response, not escalation. */
export const ESCALATION_CUES = ['escalate', 'escalates', 'escalated', 'escalation', 'tells', 'notify', 'notifies', 'inform', 'informs', 'pulls in',
  'pull in', 'loop in', 'loops in', 'call in', 'brief the', 'briefs the', 'brief our', 'hand to', 'hands to',
  'hand over to', 'hands over to', 'wake', '升级', '上报', '通报', '拉起', '知会', '同步给'];

/** Scope statements. */
export const SCOPE_CUES = ['in scope', 'out of scope', 'out-of-scope', 'non-goal', 'non-goals', "won't cover", 'will not cover',
  'this answer covers', 'i focus on', 'focus only on', 'scope is', 'only covers',
  '范围', '不在范围', '只讲', '只做', '不涉及', '不包括', '本期', '不做'];

/** Trade-off phrasing: an option weighed against another, at a cost. */
export const TRADEOFF_CUES = ['trade-off', 'tradeoff', 'trade off', ' vs ', ' vs. ', 'versus', 'at the cost of', 'i accept', 'we accept',
  'costs', 'cost of', 'instead of', 'rather than', 'in exchange', 'worth it', 'give up', 'gives up', 'sacrifice', 'rejected',
  '代价', '取舍', '权衡', '牺牲', '换取', '而不是', '而非', '相比'];

/** Goal / target cues and directional change verbs (for KPIs and outcomes). */
export const GOAL_CUES = ['target', 'goal', 'aim', 'anchor', 'kpi', 'objective', 'north star', 'success', 'guardrail', 'secondary',
  '目标', '指标', '期望', '护栏'];
export const CHANGE_VERBS = ['lift', 'lifts', 'raise', 'raises', 'increase', 'increases', 'grow', 'grows', 'cut', 'cuts', 'reduce', 'reduces',
  'lower', 'lowers', 'decrease', 'decreases', 'drop', 'drops', 'improve', 'improves', 'boost', 'shrink', 'halve', 'double', 'bring',
  '提升', '提高', '增加', '降低', '下降', '减少', '缩短', '降到', '提升到', '翻倍', '减半'];

/** Metrics that are system SLAs rather than business KPIs. */
export const SLA_CUES = ['p50', 'p90', 'p95', 'p99', 'p999', 'latency', 'availability', 'uptime', 'rto', 'rpo', 'response time',
  'ms', '延迟', '可用性', '响应时间'];
/** Words that tie a number to the business. */
export const BUSINESS_CUES = ['gmv', 'conversion', 'revenue', 'order', 'orders', 'basket', 'retention', 'churn', 'dau', 'mau', 'ctr',
  'sessions', 'contacts', 'complaints', 'cs volume', 'cost', 'losses', 'loss', 'claims', 'redemption', 'adoption', 'abandonment', 'nps',
  'csat', 'satisfaction', 'share of', 'handling time', 'refund', 'fraud', 'merchants', 'buyers', 'users', 'patients', 'members',
  '转化', '留存', '咨询', '客诉', '投诉', '成本', '损失', '收入', '订单', '弃单', '满意度', '渗透', '复购', '使用率', '占比', '用户', '商家', '患者'];

/** Privacy: mechanisms strong enough on their own, weaker ones that need a privacy topic beside them, and the topic cues. */
export const PRIVACY_STRONG = ['tokenis', 'tokeniz', 'detokenis', 'detokeniz', 'token map', 'pseudonym', 'anonymi', 'k-anonym', 'de-identif',
  'deidentif', 'differential privacy', 'consent ledger', 'consent record', 'consent receipt', 'separate consent', 'purpose limitation',
  'data minimi', 'salted hash', 'envelope encryption', 'pii access ticket', 'no buyer pii', 'no pii', 'field-level encryption',
  '脱敏', '令牌化', '去标识', '匿名化', '假名化', '单独同意', '单独授权', '授权记录', '同意记录', '最小必要', '字段级加密'];
export const PRIVACY_WEAK = ['hash', 'hashed', 'encrypt', 'encrypted', 'encryption', 'kms', 'mask', 'masked', 'masking', 'access control',
  'rbac', 'least privilege', 'access ticket', 'never reads', 'never stores', 'never include', 'retention', 'deleted after', 'consent',
  'open id', 'openid', 'pseudonymous', 'never sees', 'never see', 'cannot see',
  'stay inside', 'stays inside', 'stay in', 'stays in', 'never leaves', 'only receives', 'only sees', 'city-level', 'aggregate', 'aggregates',
  'separate account', 'audit log',
  '加密', '哈希', '掩码', '访问控制', '权限', '审批', '删除', '留存', '授权', '隔离', '不读取', '不存储', '不保存', '不落库', '不出域',
  '只用', '仅使用', '仅保留', '聚合'];
export const PRIVACY_TOPIC = ['privacy', 'pii', 'personal', 'phone', 'address', 'addresses', 'user id', 'patient id', 'identity', 'buyer data',
  'patient data', 'health data', 'sensitive', 'pipl', 'gdpr', 'consent',
  '隐私', '个人信息', '手机号', '地址', '身份证', '敏感', '患者数据', '健康数据', '用户数据', '个保法', '个人信息保护法'];

/** Audit / evidence mechanisms. */
export const AUDIT_STRONG = ['append-only', 'append only', 'hash chain', 'hash-chain', 'hash of the previous', 'chained hash', 'merkle',
  'signed receipt', 'digital signature', 'signature', 'worm', 'write-once', 'immutable log', 'audit log', 'audit trail', 'event log',
  'versioned snapshot', 'feature snapshot', 'model version', 'append-only journal', 'append-only ledger', 'notarised', 'notarized',
  '只追加', '哈希链', '签名', '审计日志', '审计记录', '操作日志', '留痕', '快照', '版本号', '存证'];
/** Records that back an audit only with a retention or count attached ("ledger kept 5 years"); a ledger or 流水 alone is storage. */
export const AUDIT_WEAK = ['retained for', 'retention', 'reason code', 'reconciliation', 'examination', 'examinations', 'audit', 'audits',
  'traceable', 'trace id', 'record', 'records', 'journal', 'ledger', '留存', '对账', '审计', '记录', '追溯', '流水', '账本'];

/** Ali Health: regulation, regulators and licences that make a regulatory pathway concrete. */
export const REGULATORY_CUES = ['nmpa', 'nhc', 'pipl', 'hipaa', 'gdpr', 'gsp', 'licensed', 'licence', 'license', 'class ii', 'class iii',
  'medical device', 'device registration', 'drug administration', 'internet hospital', 'first diagnosis',
  'regulatory affairs', 'medical-insurance bureau',
  'medical insurance bureau', 'mlps', 'pboc', 'hkma', 'bsp', 'anti-money', 'aml', 'kyc',
  '药监', '国家药监局', '卫健委', '网信办', '医保局', '医疗器械', '二类', '三类', '执业药师', '执业医师', '互联网医院', '首诊',
  '备案', '资质', '等保', '《'];

/** Ali Health: clinical roles and the clinical actions they take. */
export const CLINICAL_ROLES = ['pharmacist', 'pharmacists', 'physician', 'physicians', 'doctor', 'doctors', 'nurse', 'nurses', 'clinician',
  'clinicians', 'endocrinologist', 'endocrinologists', 'case manager', 'case managers', 'care team', 'chief pharmacist', 'dietitian',
  '药师', '医生', '医师', '护士', '个案管理师', '健康管家', '专科医生', '全科医生', '临床'];
export const CLINICAL_ACTIONS = ['review', 'reviews', 'reviewed', 'reviewing', 'approve', 'approves', 'approval', 'reject', 'rejects',
  'check', 'checks', 'calls', 'call', 'phones', 'triage', 'triages', 'prescribe', 'prescribes', 'renew', 'renews', 'dispense',
  'dispenses', 'screen', 'screens', 'pre-screen', 'handling', 'handles', 'closes', 'follow up', 'follows up', 'visit', 'consult',
  'diagnose', 'diagnoses', 'refer', 'refers', 'book', 'books', 'second review',
  '审核', '审方', '复核', '开具', '开方', '随访', '分诊', '回访', '核对', '接诊', '转诊', '评估', '干预', '复查'];
export const CLINICAL_CHECKS = ['dose', 'dosage', 'contraindication', 'contraindications', 'interaction', 'interactions', 'duplicate therapy',
  'allergy', 'mmol/l', 'mg/dl', 'mmhg', 'hba1c', 'glucose', 'hypoglyc', 'red flag', '剂量', '禁忌', '相互作用', '过敏', '血糖', '血压'];

/** Ali Health: clinical outcome metrics (what a health outcome is measured in). */
export const CLINICAL_METRICS = ['hba1c', 'glucose', 'blood pressure', 'bmi', 'ldl', 'egfr', 'adherence', 'medication possession',
  'mpr', 'pdc', 'readmission', 'readmissions', 'mortality', 'complication', 'complications', 'hypoglycaemia', 'hypoglycemia',
  'adverse drug', 'adverse event', 'adverse events', 'medication error', 'medication errors', 'dispensing error', 'control rate',
  'remission', 'symptom score', 'time to treatment', 'vaccination rate', 'screening rate', 'mis-triage', 'triage accuracy',
  'emergency visits', 'er visits', 'hospitalisation', 'hospitalization', 'weight loss', 'quit rate', 'in target range',
  '血糖', '糖化血红蛋白', '血压', '依从性', '再入院', '死亡率', '并发症', '低血糖', '不良反应', '不良事件', '用药错误', '控制率', '达标率',
  '误分诊', '分诊准确率', '急诊', '住院率', '复发', '接种率', '筛查率', '全程完成率', '全程接种', '疗程完成率',
  'course completion', 'series completion', 'full-course completion', 'dose completion'];

/** Ali Health stakeholders (for enumerations outside a stakeholder section). */
export const STAKEHOLDER_NOUNS = ['patient', 'patients', 'family', 'families', 'caregiver', 'caregivers', 'doctor', 'doctors', 'physician',
  'physicians', 'pharmacist', 'pharmacists', 'nurse', 'nurses', 'hospital', 'hospitals', 'insurer', 'insurers', 'insurance', 'regulator',
  'regulators', 'drug administration', 'bureau', 'manufacturer', 'manufacturers', 'warehouse', 'pharmacy', 'pharmacies', 'payer',
  '患者', '家属', '医生', '医师', '药师', '护士', '医院', '医保', '保险', '监管', '药监', '药企', '厂商', '药房', '仓库', '卫健委'];
