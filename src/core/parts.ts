/**
 * Which parts an answer has (missing-section; the rubric reads it too). A part counts under any
 * heading wording, English or Chinese; some parts are also recognised by their content
 * (a goal statement opening a section, a risk table, a party / liability / state table).
 */
import type { AnswerModel, Block } from './model';
import type { PartId } from './profiles/types';
import { isRiskHeading, isRiskTable } from './rules/kinds/context';

const HEADING: Record<PartId, { test(heading: string): boolean }> = {
  impact: /impact|\bgoals?\b|objective|why\b.*\b(?:matters?|worth|important|needed)|why\s+(?:we|I)(?:'d|\s+would|'re|\s+are|'ll|\s+will)?\s+(?:do|doing|build|building|need|want)\b|why\s+(?:do|build)\s+(?:it|this)\b|\bwhy\s+now\b|为什么是现在|为什么(?:要)?做|worth\s+building|\b(?:numbers?|metrics?|kpis?)\s+(?:I'?d|we'?d|I\s+would|we\s+would|to|I\s+want\s+to|we\s+want\s+to)\s+move\b|\bwhat\s+(?:we'?re|we\s+are|I'?m|I\s+am)\s+trying\s+to\s+(?:move|change|improve|achieve)\b|success|outcome|business\s+(?:context|value|case|impact|goals?)|\bkpis?\b|north[\s-]?star|目标|价值|收益|业务背景|影响|成效/i,
  constraints: /constraint|assumption|requirement|\blimits?\b|boundar|non[\s-]functional|capacity|back[\s-]of[\s-](?:the[\s-])?envelope|latency\s+budget|\bbudgets?\b|\bSLOs?\b|容量|预算|questions?\s+(?:I'?d|I\s+would|to)\s+(?:settle|clarify|ask|confirm)|\bwhat\s+(?:I'?d|I\s+would|we'?d|we\s+would)\s+(?:settle|agree|align|clarify|confirm|pin\s+down|nail\s+down)\b|(?:pin|pinned|nail|nailed)\s+down|约束|假设|前提|边界|限制|要求|待澄清|先对齐/i,
  design: /design|architecture|solution|approach|how\s+it\s+works|\bflow\b|workflow|proposal|mechanism|implementation|system\s+overview|方案|设计|架构|流程|实现|机制/i,
  // The risk-section headings the rules know, plus fallback sections: a list of fallbacks is a list of risks.
  risks: { test: (h: string) => isRiskHeading(h) || /fallbacks?|降级/i.test(h) },
  parties: /\bpart(?:y|ies)\b|stakeholder|who'?s\s+involved|actors|参与方|相关方|各方|干系人/i,
  liability: /liabilit|who\s+(?:bears|carries|pays|absorbs)|loss\s+allocation|\bloss(?:es)?\b|责任|担责|赔付|兜底|损失/i,
  states: /\bstates?\b|state\s+machine|status(?:es)?\b|lifecycle|状态|生命周期/i,
};

const GOAL_STATEMENT = /\b(?:our|my|the|main|primary|key|one)\s+(?:goal|target|aim|objective|north[\s-]?star|kpi)\b|\bI'?d\s+anchor\s+on\b|\b(?:target|goal|kpi)\s*[:：]|目标是|目标[:：]|我们希望|希望通过|旨在/i;
const PARTY_COL = /\bpart(?:y|ies)\b|stakeholder|参与方|相关方|角色/i;
const LIABILITY_COL = /liab|bears?\s+(?:the\s+)?loss|who\s+(?:pays|bears|carries|absorbs)|\bloss\b|责任|承担|赔付|兜底|担责/i;
const STATE_COL = /^(?:system\s+)?(?:state|status)\b|^状态/i;

export interface PartMatch {
  present: boolean;
  /** 0-based line of the heading or block that shows the part. */
  line?: number;
}

export type Parts = Record<PartId, PartMatch>;

function firstProse(model: AnswerModel, blockIds: number[]): Block | undefined {
  return blockIds.map(i => model.blocks[i]).find(b => !b.quoted && (b.kind === 'paragraph' || b.kind === 'list-item'));
}

export function detectParts(model: AnswerModel): Parts {
  const parts = {} as Parts;
  const mark = (id: PartId, line: number): void => { if (!parts[id]?.present) parts[id] = { present: true, line }; };
  for (const id of Object.keys(HEADING) as PartId[]) parts[id] = { present: false };

  for (const s of model.sections) {
    for (const id of Object.keys(HEADING) as PartId[]) if (HEADING[id].test(s.heading)) mark(id, s.line);
    const first = firstProse(model, s.blocks);
    if (first && GOAL_STATEMENT.test(first.text)) mark('impact', first.line);
  }
  const intro = model.blocks.find(b => b.section < 0 && !b.quoted && b.kind === 'paragraph');
  if (intro && GOAL_STATEMENT.test(intro.text)) mark('impact', intro.line);

  for (const b of model.blocks) {
    if (b.kind !== 'table-row' || !b.isHeader || !b.table || b.quoted) continue;
    if (isRiskTable(b.table)) mark('risks', b.line);
    if (b.table.header.some(h => PARTY_COL.test(h))) mark('parties', b.line);
    if (b.table.header.some(h => LIABILITY_COL.test(h))) mark('liability', b.line);
    if (STATE_COL.test(b.table.header[0] ?? '')) mark('states', b.line);
  }
  return parts;
}
