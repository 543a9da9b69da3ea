// Integration test files run by the suite index files (index.node.ts / index.web.ts), in order:
// names of test/vscode/suite/<name>.test.ts without the extension.
export const TESTS: string[] = ['activation', 'diagnostics', 'code-actions', 'templates', 'panel', 'preview', 'save', 'size-guard'];
