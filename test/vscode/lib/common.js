// Shared helpers of the VS Code test launchers (run-node-host.js, run-web-host.js, ui-smoke.js):
// paths, free ports, throw-away temp dirs, Debian chromium through Playwright, code-server
// start/stop (own process group, always killed), and the `N passed, N failed` summary lines.
'use strict';
const fs = require('fs');
const os = require('os');
const net = require('net');
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..', '..');
// The extension under test: the repo itself (package.json main/browser → dist/); overridable to check the machinery.
const EXTENSION = path.resolve(process.env.EXTENSION_DEVELOPMENT_PATH || ROOT);
const WORKSPACE = path.join(ROOT, 'test', 'vscode', 'workspace');
const OUT = process.env.OUT_DIR || path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CODE_SERVER = process.env.CODE_SERVER_BIN || path.join(ROOT, '.tools', 'code-server', 'node_modules', '.bin', 'code-server');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check'];
const SUMMARY_RE = /^([\w-]+): (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

const seconds = t0 => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

// ---- cleanup: everything registered here runs once, on normal end, error or signal -------------
const cleanups = [];
let cleaning;
function onCleanup(fn) { cleanups.push(fn); }
function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      for (const fn of cleanups.splice(0).reverse()) {
        try { await fn(); } catch (e) { console.error('cleanup:', e && e.message); }
      }
    })();
  }
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => { console.error(`received ${sig}, cleaning up`); cleanup().finally(() => process.exit(130)); });
}
// A closed stdout (`| head`) must not kill the launcher before it cleans up.
for (const stream of [process.stdout, process.stderr]) stream.on('error', err => { if (err.code !== 'EPIPE') throw err; });
// Last resort on any exit (uncaught error included): kill what is left, synchronously.
const groups = new Set();
const tempDirs = new Set();
process.on('exit', () => {
  for (const pid of groups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
  if (!process.env.KEEP_TMP) for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});
process.on('uncaughtException', err => {
  console.error('uncaught:', err && err.stack || err);
  cleanup().finally(() => process.exit(1));
});

function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  onCleanup(() => {
    if (process.env.KEEP_TMP) console.log('kept', dir);
    else fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** A port that was free a moment ago (the OS picks it): parallel runs on one machine do not collide. */
function freePort(envName) {
  if (process.env[envName]) return Promise.resolve(Number(process.env[envName]));
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function waitForHttp(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const retry = () => {
      if (!isAlive()) return reject(new Error(`server died before answering ${url}`));
      if (Date.now() > deadline) return reject(new Error(`no answer from ${url} after ${timeoutMs} ms`));
      setTimeout(once, 250);
    };
    const once = () => http.get(url, res => { res.resume(); res.statusCode === 200 ? resolve() : retry(); }).on('error', retry);
    once();
  });
}

// ---- processes ---------------------------------------------------------------------------------
/** Spawns in its own process group so that the whole tree (code-server's extension hosts...) can be ended. */
function spawnGroup(cmd, args, opts) {
  const child = spawn(cmd, args, { ...opts, detached: true });
  child.exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.alive = () => child.exitCode === null && child.signalCode === null;
  groups.add(child.pid);
  onCleanup(() => killGroup(child));
  return child;
}

async function killGroup(child, graceMs = 5000) {
  const signal = sig => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  if (child.alive()) {
    signal('SIGTERM');
    const timer = new Promise(r => setTimeout(r, graceMs, 'timeout'));
    if (await Promise.race([child.exited, timer]) === 'timeout') signal('SIGKILL');
  }
  signal('SIGKILL'); // stragglers left in the group after the leader exited
  groups.delete(child.pid);
}

// ---- code-server -------------------------------------------------------------------------------
function codeServerEnv(tmp) {
  // code-server writes config.yaml under XDG_CONFIG_HOME on first run: keep it in the temp dir.
  return { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data') };
}
function codeServerDirs(tmp) {
  return ['--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')];
}
function checkCodeServer() {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server not found at ${CODE_SERVER}: run scripts/install-test-deps.sh (or set CODE_SERVER_BIN)`);
  }
}

/** Quiet, offline-friendly user settings: no welcome page, no gallery checks, no telemetry. */
function writeUserSettings(userDataDir) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
  }, null, 2));
}

/** Starts a throw-away code-server on 127.0.0.1:port with `folder` open; output goes to logFile. */
async function startCodeServer({ tmp, port, folder, logFile, startTimeoutMs = 60000 }) {
  checkCodeServer();
  writeUserSettings(path.join(tmp, 'user-data'));
  const log = fs.openSync(logFile, 'w');
  const cs = spawnGroup(CODE_SERVER, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...codeServerDirs(tmp), folder,
  ], { env: codeServerEnv(tmp), stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/healthz`, startTimeoutMs, cs.alive);
  return { proc: cs, base };
}

// ---- chromium ----------------------------------------------------------------------------------
/**
 * Debian chromium in a persistent (non-incognito) profile whose preferences allow third-party
 * cookies: otherwise Chromium refuses the service worker of VS Code's cross-origin webview iframes.
 */
async function launchChromium(profileDir, options = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/install-test-deps.sh (or set CHROMIUM_PATH)`);
  const pw = require('playwright');
  fs.mkdirSync(path.join(profileDir, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await pw.chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM, headless: !process.env.HEADED, ...options,
    args: [...CHROMIUM_ARGS, ...(options.args || [])],
  });
  onCleanup(() => context.close().catch(() => {}));
  return context;
}

// ---- summary lines -----------------------------------------------------------------------------
/** Watches console output for the suite's `vscode-<host>: N passed, N failed` line (the last one wins). */
function summaryWatcher() {
  let last;
  return {
    feed(text) {
      for (const line of String(text).split('\n')) {
        const m = SUMMARY_RE.exec(line.trim());
        if (m) last = { line: line.trim(), passed: +m[2], failed: +m[3], skipped: +(m[4] || 0) };
      }
    },
    get last() { return last; },
  };
}

/**
 * Prints the launcher's closing line: the suite's own summary when it reported one (failed ≥ 1 when
 * the host still exited non-zero), else `<label>: 0 passed, 1 failed` for a host that never reported.
 */
function finalLine(label, summary, ok) {
  let line;
  if (summary) {
    const failed = ok ? summary.failed : Math.max(1, summary.failed);
    line = `${label}: ${summary.passed} passed, ${failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`;
  } else {
    line = `${label}: 0 passed, 1 failed`;
  }
  console.log(line);
  return ok && summary && summary.failed === 0 && summary.passed > 0;
}

/** The extension's package.json, checked for the entry point a host needs (`main` or `browser`). */
function extensionManifest(entry) {
  const pkg = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
  if (!pkg[entry]) throw new Error(`${EXTENSION}/package.json has no "${entry}" entry: the extension cannot load in this host`);
  const file = path.resolve(EXTENSION, pkg[entry].endsWith('.js') ? pkg[entry] : `${pkg[entry]}.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} (package.json "${entry}") missing: run \`npm run build\` first`);
  return pkg;
}

/**
 * The suite's own summary line, relayed from the extension host, gets a prefix: the launcher prints
 * the line once, as its last line, so that tools adding up `NAME: N passed, N failed` lines
 * (scripts/test.sh) count each host once.
 */
function relayText(text) {
  return String(text).split('\n').map(l => (SUMMARY_RE.test(l.trim()) ? `[suite] ${l}` : l)).join('\n');
}

function formatArgs(args) {
  return require('util').format(...args);
}

module.exports = {
  ROOT, EXTENSION, WORKSPACE, OUT, CHROMIUM, CHROMIUM_ARGS, CODE_SERVER, SUMMARY_RE, seconds,
  onCleanup, cleanup, tempDir, freePort, waitForHttp, spawnGroup, killGroup,
  codeServerEnv, codeServerDirs, writeUserSettings, checkCodeServer, startCodeServer, launchChromium,
  summaryWatcher, finalLine, formatArgs, relayText, extensionManifest,
};
