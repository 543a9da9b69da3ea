#!/usr/bin/env node
// Runs the integration suite (dist/test/suite/index.js) in desktop VS Code (Electron, Node extension
// host) through @vscode/test-electron. It downloads VS Code from Microsoft's update servers, so it
// only works on machines that can reach them: NOT part of CI here (CI uses run-node-host.js on
// code-server and run-web-host.js). Use it on a developer machine: `npm run test:electron`.
// Env: VSCODE_VERSION (default "stable"; e.g. "1.91.1" for the lowest supported engine),
//      VSCODE_EXECUTABLE_PATH (use an installed VS Code instead of downloading), KEEP_TMP.
// Last line printed: `vscode-electron: N passed, N failed[, N skipped]`; exit code 0 only if all passed.
'use strict';
const fs = require('fs');
const path = require('path');
const lib = require('./lib/common');

const LABEL = 'vscode-electron';
const SUITE = path.join(lib.EXTENSION, 'dist', 'test', 'suite', 'index.js');

// test-electron copies VS Code's stdout/stderr to ours: scan it for the suite's summary line.
const summary = lib.summaryWatcher();
const restore = [];
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  restore.push(() => { stream.write = write; });
  stream.write = (chunk, ...rest) => {
    const text = String(chunk);
    summary.feed(text);
    const relayed = lib.relayText(text);
    return relayed === text ? write(chunk, ...rest) : write(relayed, ...rest);
  };
}

async function main() {
  if (!fs.existsSync(SUITE)) throw new Error(`${SUITE} missing: run \`node test/vscode/build-tests.mjs\` first`);
  lib.extensionManifest('main');
  const tmp = lib.tempDir('debrief-electron-');
  const { runTests } = require('@vscode/test-electron');
  const code = await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: lib.EXTENSION,
    extensionTestsPath: SUITE,
    launchArgs: [
      lib.WORKSPACE,
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--skip-welcome', '--skip-release-notes', '--disable-telemetry', '--disable-updates',
      '--user-data-dir', path.join(tmp, 'user-data'),
      '--extensions-dir', path.join(tmp, 'extensions'),
    ],
  });
  return { ok: code === 0, summary: summary.last };
}

main()
  .catch(err => { console.error('[electron] ERROR', err && err.message || err); return { ok: false, summary: summary.last }; })
  .then(async ({ ok, summary: s }) => {
    await lib.cleanup();
    restore.forEach(fn => fn());
    process.exit(lib.finalLine(LABEL, s, ok) ? 0 : 1);
  });
