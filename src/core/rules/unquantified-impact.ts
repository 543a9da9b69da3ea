import { BUSINESS_OBJECT, FEEL_QUALITY, GOAL_CUE, GOAL_VERB, MAKE_BETTER } from '../lexicon/signals';
import { hasTarget } from './kinds/concrete';
import { isGoalHeading } from './kinds/context';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'unquantified-impact',
    description: 'A goal or impact statement with no metric target ("improve conversion", "提升用户体验").',
    defaultSeverity: 'warning',
    tags: ['impact', 'metrics'],
    messages: {
      goal: "'{phrase}' — by how much, measured how? Name the metric with a baseline and a target (\"conversion 3% → 3.5%\").",
    },
  },
  checkBlock(ctx, block) {
    if (block.kind === 'heading' || block.kind === 'table-row') return;
    const goalItem = block.kind === 'list-item' && isGoalHeading(ctx.headingOf(block));
    if (!goalItem && !GOAL_VERB.test(block.text) && !MAKE_BETTER.test(block.text) && !FEEL_QUALITY.test(block.text)) return;
    for (const u of ctx.model.unitsOf(block)) {
      if (hasTarget(u.text)) continue;
      const make = MAKE_BETTER.exec(u.text) ?? (GOAL_CUE.test(u.text) ? FEEL_QUALITY.exec(u.text) : null);
      const verb = GOAL_VERB.exec(u.text);
      const object = BUSINESS_OBJECT.exec(u.text);
      const stated = verb && (object || GOAL_CUE.test(u.text));
      const m = make ?? (stated ? verb : null) ?? (goalItem ? verb ?? object : null);
      if (!m) continue;
      const end = make ? m.index + m[0].length : verb && object && stated ? Math.max(verb.index + verb[0].length, object.index + object[0].length) : m.index + m[0].length;
      const start = make ? m.index : verb && object && stated ? Math.min(verb.index, object.index) : m.index;
      ctx.report({ messageId: 'goal', data: { phrase: u.text.slice(start, end) }, start: u.start + start, end: u.start + end, unit: u });
    }
  },
});
