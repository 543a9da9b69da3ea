/** Where a block stands: which kind of section, which kind of table. */
import type { Block, Table } from '../../model';

const RISK_HEADING = /risk|风险|failure\s+modes?|what\s+(?:can|could|might|will)\s+go\s+wrong|threats?|出问题|预案/i;
const GOAL_HEADING = /\b(?:goals?|objectives?|impact|success|outcomes?|kpis?|why\s+(?:this|it)\s+matters|business\s+(?:value|goals?|case|impact))\b|目标|价值|收益|成功/i;
const ESCALATION_HEADING = /escalat|升级路径|升级机制|上报/i;

/** "risk" naming the risk function one works with, not the answer's risks: "What I'd settle with risk and compliance", "sign-off by risk". */
const RISK_TEAM = /(?<![A-Za-z])(?:with|by|from)\s+(?:the\s+)?risk(?:\s+(?:team|control|ops)|\s*(?:and|&)\s*compliance)?(?![A-Za-z])/gi;
/** The heading with mentions of the risk team blanked out (for the risk-section tests). */
export const withoutRiskTeam = (h: string): string => h.replace(RISK_TEAM, ' ');

export const isRiskHeading = (h: string): boolean => RISK_HEADING.test(withoutRiskTeam(h));
export const isGoalHeading = (h: string): boolean => GOAL_HEADING.test(h);
export const isEscalationHeading = (h: string): boolean => ESCALATION_HEADING.test(h);

const RISK_COL = /risk|风险|failure|threat|hazard/i;
const OWNER_COL = /owner|负责人|责任人|负责|accountable|\bdri\b|who\b|谁|moved\s+by|decided\s+by|\bdecides\b|set\s+by|triggered\s+by|approver|由谁|决定人/i;
const ACTION_COL = /mitigation|response|应对|措施|action|fallback|plan|处理|预案|remediation/i;

const index = (header: string[], re: RegExp): number => header.findIndex(h => re.test(h));

/** A risk matrix: a table whose header has a risk column and a mitigation or owner column. */
export function isRiskTable(table: Table): boolean {
  const h = table.header;
  return index(h, RISK_COL) >= 0 && (index(h, OWNER_COL) >= 0 || index(h, ACTION_COL) >= 0);
}

const TRIGGER_COL = /trigger|threshold|触发|阈值/i;

/** Column index of a risk matrix's trigger / threshold column, or -1. */
export function triggerColumn(table: Table): number {
  return isRiskTable(table) ? index(table.header, TRIGGER_COL) : -1;
}

/** Column index of the owner / "who" column, or -1. */
export function ownerColumn(table: Table): number {
  return index(table.header, OWNER_COL);
}

/** A body row of a table (not the header row). */
export const isBodyRow = (b: Block): boolean => b.kind === 'table-row' && !b.isHeader;

/** Inside 《书名号》 (the title of a law, standard or document): a name, never a claim. */
export function inTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}
