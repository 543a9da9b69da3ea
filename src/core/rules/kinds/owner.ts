/** Is an accountable role or team named? ("we", "the team", "management", "someone", 我们 are not.) */
import { NOT_OWNERS, ROLE_ACRONYMS, ROLES } from '../../lexicon/roles';
import { blankOut, compilePhrases, tester } from '../../text/phrases';

const NOT_OWNER_RE = compilePhrases(NOT_OWNERS)!;
const ROLE_RE = tester(compilePhrases(ROLES)!);
const ACRONYM = new RegExp(`(?<![A-Za-z0-9])(?:${ROLE_ACRONYMS.join('|')})(?![A-Za-z0-9])`);
const SPECIAL = [
  ACRONYM,
  // "I", "I'd", "me", "myself", 我 (not 我们)
  /(?<![A-Za-z0-9'’])I(?:['’](?:d|ll|m))?(?![A-Za-z0-9])/u,
  /(?<![A-Za-z0-9.@/-])(?:me|myself)(?![A-Za-z0-9.-])/iu,
  /我(?!们)/u,
  // "<Name> lead(s)" but not the verb "lead to"
  /(?<![\p{L}\p{N}])[\p{L}][\p{L}\p{N}+&/.-]*[\s-]leads?(?![\p{L}\p{N}])(?!\s+to\b)/iu,
  // a named team: "Cainiao API team", "DBA team" (the non-owners were blanked out first)
  /(?<![\p{L}\p{N}])(?!(?:the|a|an|our|their|your|my|this|that|which|what|one|no|each|every|any|whole|same|other|relevant|responsible)\s)[\p{L}][\p{L}\p{N}+&/.-]*\s+teams?(?![\p{L}\p{N}])/iu,
  /[\p{Script=Han}A-Za-z]{1,12}\s?(?:团队|小组|中心|部门)/u,
  /\bowner\s*[:：]/i,
];

/** Cell values that name nobody, in any table. */
const NOBODY = /^(?:|-+|—+|–+|\?+|n\/?a|none|tbd|tbc|todo|待定|无|暂无|we|us|我们|someone|somebody|the team|team|management|…|\.\.\.)$/i;
/** Risk-matrix owner values that name nobody: also "system" or "automatic" — a risk needs an accountable role. */
const EMPTY_OWNER = /^(?:|-+|—+|–+|\?+|n\/?a|none|tbd|tbc|todo|待定|无|暂无|we|us|我们|someone|somebody|the team|team|management|system|the system|automatic|auto|系统|自动|…|\.\.\.)$/i;

export function makeOwnerTest(extraRoles: readonly string[]): (text: string) => boolean {
  const extra = extraRoles.length ? compilePhrases(extraRoles) : undefined;
  const extraTest = extra && tester(extra);
  return (text: string): boolean => {
    const t = blankOut(text, NOT_OWNER_RE);
    if (extraTest?.test(t)) return true;
    return ROLE_RE.test(t) || SPECIAL.some(re => re.test(t));
  };
}

/** An owner cell that names nobody: empty, "-", "TBD", "we", "我们", "system" … */
export function isEmptyOwnerCell(text: string, riskMatrix = true): boolean {
  const t = text.replace(/[*_`]/g, '').trim();
  return riskMatrix ? EMPTY_OWNER.test(t) : NOBODY.test(t);
}
