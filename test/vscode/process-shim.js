// Minimal `process` global for the web-worker test bundle, injected by test/vscode/build-tests.mjs:
// node polyfills bundled for the browser (assert → util) and mocha's reporters read it.
export const process = {
  env: {},
  browser: true,
  platform: 'browser',
  version: '',
  versions: {},
  argv: [],
  cwd: () => '/',
  nextTick: (fn, ...args) => Promise.resolve().then(() => fn(...args)),
};
