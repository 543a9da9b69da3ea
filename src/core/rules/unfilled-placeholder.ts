import { HTML_TAG_NAMES } from '../parse/mask';
import { defineRule } from './rule';

const PLACEHOLDER = new RegExp([
  // <metric>, <role>, <目标值>: angle-bracket placeholders (real HTML tags are masked by the parser)
  `<(?![/!])(?!(?:${HTML_TAG_NAMES})(?![\\p{L}\\p{N}-]))[A-Za-z\\p{Script=Han}][^<>\\n]{0,60}>`,
  '(?<![\\p{L}\\p{N}])(?:TODO|FIXME)(?![\\p{L}\\p{N}])',
  '(?<![\\p{L}\\p{N}])TBD\\s*[:：]',
  '待补充', '待填写', '待完善',
  '\\$\\{\\d+(?::[^}\\n]*)?\\}', '\\{\\{[^{}\\n]+\\}\\}',
].join('|'), 'gu');
const ELLIPSIS_CELL = /^(?:…+|\.{3,}|<…>)$/;

export default defineRule({
  meta: {
    id: 'unfilled-placeholder',
    description: 'A template placeholder is still there (<metric>, TODO, TBD:, a lone … in a table cell).',
    defaultSeverity: 'error',
    tags: ['template'],
    messages: {
      placeholder: "'{text}' is still a placeholder — fill it in before you hand the answer over.",
    },
  },
  checkBlock(ctx, block) {
    if (block.isHeader) return;
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(block.text); m; m = PLACEHOLDER.exec(block.text)) {
      const start = block.start + m.index;
      ctx.report({ messageId: 'placeholder', data: { text: m[0] }, start, end: start + m[0].length, unit: ctx.model.unitAt(block, start) });
    }
    for (const c of block.cells ?? []) {
      if (ELLIPSIS_CELL.test(c.text)) {
        ctx.report({ messageId: 'placeholder', data: { text: c.text }, start: c.start, end: c.end, unit: ctx.model.unitsOf(block)[0] });
      }
    }
  },
});
