/**
 * Stand-in for the `linkify-it` package inside Debrief's bundles (scripts/build.mjs aliases it here).
 * markdown-it's constructor always creates `md.linkify = new LinkifyIt()`, which compiles a dozen
 * large URL/e-mail regular expressions (about 3 ms of every CLI start) from ~9 KB of bundled code.
 * The instance is read only by markdown-it's `linkify` core rule and inline rule (pretest, test,
 * match, matchAtStart), and both return before touching it unless `options.linkify` is true.
 * Debrief creates its parser with `linkify: false` and runs only the block pass (src/core/parse),
 * so no method here is ever called. If that changes, each method throws rather than quietly
 * finding no links: remove the alias then, the real package is a dependency of markdown-it.
 */

function unsupported(method: string): never {
  throw new Error(`linkify-it is not bundled with Debrief (LinkifyIt#${method}); markdown-it's linkify option must stay off`);
}

export default class LinkifyIt {
  add(): never { return unsupported('add'); }
  set(): never { return unsupported('set'); }
  test(): never { return unsupported('test'); }
  pretest(): never { return unsupported('pretest'); }
  testSchemaAt(): never { return unsupported('testSchemaAt'); }
  match(): never { return unsupported('match'); }
  matchAtStart(): never { return unsupported('matchAtStart'); }
  tlds(): never { return unsupported('tlds'); }
  normalize(): never { return unsupported('normalize'); }
  onCompile(): never { return unsupported('onCompile'); }
}
