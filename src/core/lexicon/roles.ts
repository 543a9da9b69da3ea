/**
 * Who counts as an accountable owner (missing-owner). "we", "the team", "management",
 * "someone" and 我们 do not; "I", named roles and named teams do.
 */

/** Phrases that look like owners but are not accountable roles. */
export const NOT_OWNERS: readonly string[] = [
  'the relevant team', 'relevant team', 'relevant teams', 'the responsible team', 'the team', 'our team', 'a team', 'the teams',
  'management', 'the management', 'someone', 'somebody', 'anyone', 'everyone', 'the business side', 'the business',
  '相关团队', '相关部门', '相关人员', '有关部门', '有关人员', '相关负责人', '相关同学', '相关同事', '对应负责人', '负责人待定', '我们', '大家', '有人',
];

/** Role words: any of these in a sentence names an accountable role. */
export const ROLES: readonly string[] = [
  'on-call', 'oncall', 'on call', 'tech lead', 'manager', 'managers',
  'owner', 'owners', 'engineer', 'engineers', 'officer', 'director', 'head of', 'analyst', 'analysts', 'specialist', 'specialists', 'coordinator', 'pharmacist', 'pharmacists',
  'nurse', 'nurses', 'physician', 'physicians', 'doctor', 'doctors', 'clinician', 'clinicians', 'endocrinologist', 'endocrinologists',
  'cardiologist', 'cardiologists', 'dietitian', 'dietitians', 'nutritionist', 'therapist', 'therapists', 'technician', 'technicians',
  'surgeon', 'surgeons', 'specialist physician', 'agent', 'agents', 'reviewer',
  'reviewers', 'auditor', 'auditors', 'counsel', 'controller', 'accountant', 'ops', 'operations', 'customer service', 'desk', 'squad', 'committee', 'on duty', 'supervisor', 'administrator', 'architect',
  'duty officer', 'incident commander', 'war-room lead',
  '值班', '工程师', '负责人', '经理', '主管', '专员', '审核员', '客服', '运营', '药师', '医生', '护士', '法务', '合规',
  '组长', '总监', '架构师', '管理员', '财务', '产品经理', '技术负责人', '小二', '坐席', '服务商', 'owner',
];

/**
 * Role acronyms, matched case-sensitively: "PM" is a role, "PMS" (a hotel's property-management
 * system) and "3 pm" are not.
 */
export const ROLE_ACRONYMS: readonly string[] = [
  'SRE', 'SREs', 'DBA', 'DBAs', 'TL', 'TLs', 'PM', 'PMs', 'TPM', 'TPMs', 'DRI', 'VP', 'CTO', 'COO', 'CFO', 'CISO', 'DPO', 'QA', 'GM', 'GMs', 'CEO', 'GP', 'GPs',
];
