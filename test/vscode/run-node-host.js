#!/usr/bin/env node
// Runs the integration suite (dist/test/suite/index.js) inside the REAL Node.js extension host of
// code-server (VS Code 1.100 server, installed by scripts/install-test-deps.sh), driven by Debian's
// chromium. code-server has no --extensionTestsPath flag: as VS Code's own browser integration
// tests do, the workbench URL carries
//   payload=[["extensionDevelopmentPath","vscode-remote://HOST:PORT<repo>"],["extensionTestsPath","vscode-remote://HOST:PORT<suite>"]]
// and the page exposes codeAutomationLog / codeAutomationExit, through which the suite's output and
// exit code come back. Opens the fixture workspace test/vscode/workspace.
// Env: EXTENSION_DEVELOPMENT_PATH (default: the repo), TEST_TIMEOUT_MS (default 180000), DEBRIEF_NODE_HOST_PORT, CODE_SERVER_BIN, CHROMIUM_PATH, KEEP_TMP, HEADED.
// Last line printed: `vscode-node: N passed, N failed[, N skipped]`; exit code 0 only if all passed.
'use strict';
const fs = require('fs');
const path = require('path');
const lib = require('./lib/common');

const LABEL = 'vscode-node';
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 180000);
const SUITE = path.join(lib.EXTENSION, 'dist', 'test', 'suite', 'index.js');

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(SUITE)) throw new Error(`${SUITE} missing: run \`node test/vscode/build-tests.mjs\` first`);
  lib.extensionManifest('main');
  fs.mkdirSync(lib.OUT, { recursive: true });
  fs.mkdirSync(lib.WORKSPACE, { recursive: true });
  const tmp = lib.tempDir('debrief-node-host-');
  const port = await lib.freePort('DEBRIEF_NODE_HOST_PORT');
  const { base } = await lib.startCodeServer({ tmp, port, folder: lib.WORKSPACE, logFile: path.join(lib.OUT, 'code-server-node-host.log') });
  console.log(`[node-host] code-server up on ${base} after ${lib.seconds(t0)}`);

  const context = await lib.launchChromium(path.join(tmp, 'chromium'));
  const page = context.pages()[0] || await context.newPage();
  const pageLog = fs.createWriteStream(path.join(lib.OUT, 'node-host-page.log'));
  lib.onCleanup(() => new Promise(r => pageLog.end(r)));
  page.on('console', m => pageLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', e => pageLog.write(`[pageerror] ${e.message}\n`));

  const summary = lib.summaryWatcher();
  let exit;
  const exited = new Promise(resolve => { exit = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = lib.formatArgs(Array.isArray(args) ? args : [args]);
    summary.feed(text);
    (type === 'error' || type === 'warn' ? console.error : console.log)(lib.relayText(text));
  });
  await page.exposeFunction('codeAutomationExit', code => exit(code));

  const remote = p => `vscode-remote://127.0.0.1:${port}${encodeURI(p)}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(lib.EXTENSION)],
    ['extensionTestsPath', remote(SUITE)],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(`${base}/?folder=${encodeURIComponent(lib.WORKSPACE)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  const timeout = new Promise(resolve => { timer = setTimeout(resolve, TIMEOUT_MS, 'timeout'); });
  const code = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (code === 'timeout') {
    await page.screenshot({ path: path.join(lib.OUT, 'node-host-timeout.png') }).catch(() => {});
    console.error(`[node-host] no result after ${TIMEOUT_MS} ms (screenshot test-output/node-host-timeout.png, logs test-output/code-server-node-host.log, node-host-page.log)`);
    return { ok: false, summary: summary.last };
  }
  console.log(`[node-host] extension host exited with code ${code} after ${lib.seconds(t0)}`);
  return { ok: code === 0, summary: summary.last };
}

main()
  .catch(err => { console.error('[node-host] ERROR', err && err.stack || err); return { ok: false }; })
  .then(async ({ ok, summary }) => {
    await lib.cleanup();
    process.exit(lib.finalLine(LABEL, summary, ok) ? 0 : 1);
  });
