/**
 * What a rule is: metadata (id, description, default severity, tags, messages, option schema)
 * beside a check. Rules never import an editor or Node: they read the AnswerModel and report.
 */
import type * as z from 'zod/mini';
import type { AnswerModel, Block, Unit } from '../model';
import type { Profile } from '../profiles/types';
import type { Severity } from '../types';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  tags: string[];
  /** messageId → template with {placeholders}. */
  messages: Record<string, string>;
  /** zod schema of the rule's options (an object; every key optional): a `zod/mini` object (full zod objects fit too). */
  options?: z.core.$ZodObject;
  /** Whether findings may carry fix data. */
  fixable?: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string>;
  /** Document offsets of the offending phrase. */
  start: number;
  end: number;
  /** The sentence, list item or row the phrase belongs to: the finding's line is its first line. */
  unit?: Unit;
  fix?: { title: string; edits: { start: number; end: number; newText: string }[] };
}

export interface UserLexicon {
  /** Extra vague phrases from config. */
  vagueTerms: string[];
  /** Extra owner roles from config (phrases that count as an accountable role). */
  ownerRoles: string[];
}

export interface RuleContext {
  model: AnswerModel;
  profile: Profile;
  options: Record<string, unknown>;
  lexicon: UserLexicon;
  /** Prose blocks a rule may flag: not quoted, not code, not HTML. */
  prose(): Block[];
  /** Heading text of the block's section ('' before the first heading). */
  headingOf(block: Block): string;
  report(r: Report): void;
}

/**
 * A rule checks one block at a time (`checkBlock`: its result may depend only on the block,
 * its section's heading and its table's header, so results can be cached per block), and/or
 * the document as a whole (`checkDocument`: e.g. missing sections).
 *
 * Contract (the incremental analyzer, src/core/incremental, relies on it):
 *  - `checkBlock` is not called for every block on every analysis: a block whose results are
 *    cached is not checked again, and blocks may be checked in any subset and order.
 *  - So `checkDocument` must not depend on state left by `checkBlock` (a counter, a list of
 *    what was seen, a flag in a closure or module): it reads the whole model itself
 *    (`ctx.prose()`, `ctx.model`) on every call.
 *  - Neither carries state from one analysis to the next that could change a result (a memo of
 *    a pure function, such as a compiled matcher per lexicon, is fine).
 */
export interface Rule {
  meta: RuleMeta;
  checkBlock?(ctx: RuleContext, block: Block): void;
  checkDocument?(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
