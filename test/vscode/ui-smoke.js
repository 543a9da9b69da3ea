#!/usr/bin/env node
// UI smoke test of the PACKAGED extension, driven by Playwright with Debian's chromium:
// installs test-output/debrief.vsix (`npm run package`) into a throw-away code-server (VS Code 1.100),
// opens the fixture workspace test/vscode/workspace and the answer ui/hostile.answer.md (headings and
// evidence hold `<img src=x onerror=alert(1)>`, `</script>` and `[link](javascript:alert(1))`), then checks
//   - the Problems panel and the status bar show exactly the findings the CLI reports for that file,
//   - the Debrief activity-bar container shows the rubric panel, whose axes (ids, scores, evidence)
//     and per-rule finding counts, read from INSIDE the webview frame, match the CLI's JSON,
//   - clicking an evidence link in the webview moves the editor's cursor to that line and selects it
//     (the status bar's "Ln X, Col Y (N selected)"), for two links on different lines,
//   - the hostile strings show as text: no <img>/[onerror]/javascript: link is created from them in
//     any frame, and no dialog ever opens.
//   - for ui/mixed.answer.md (Chinese and English), the panel's evidence matches the CLI and a link works.
// Screenshots: test-output/ui-code-server-answer.png, ui-code-server-panel.png, ui-code-server-reveal.png,
// ui-code-server-cjk.png (+ ui-code-server-failure.png).
// Env: VSIX (default test-output/debrief.vsix), DEBRIEF_UI_PORT, CODE_SERVER_BIN, CHROMIUM_PATH, KEEP_TMP, HEADED.
// Last line printed: `ui-smoke: N passed, N failed`; exit code 0 only if every check passed.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');
const lib = require('./lib/common');

const LABEL = 'ui-smoke';
const VSIX = path.resolve(process.env.VSIX || path.join(lib.OUT, 'debrief.vsix'));
const ANSWER_REL = 'ui/hostile.answer.md';
const ANSWER = path.join(lib.WORKSPACE, ANSWER_REL);
// A Chinese/English answer: its evidence must reach the panel intact, its links work on CJK lines,
// and the screenshot shows real glyphs (a CJK font comes from scripts/install-test-deps.sh).
const MIXED_REL = 'ui/mixed.answer.md';
const MIXED = path.join(lib.WORKSPACE, MIXED_REL);
const CLI = path.join(lib.ROOT, 'dist', 'cli.js');
const HOSTILE_TEXT = '</script>'; // survives into the evidence excerpts as plain text
const STEP_TIMEOUT_MS = 60000;

const results = [];
const T0 = Date.now();
function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok });
  console.log(`  ${ok ? '✔' : '✘'} ${name} (${lib.seconds(T0)})${!ok && detail ? `\n      ${detail}` : ''}`);
  return !!ok;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const sortedEntries = o => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
const show = v => JSON.stringify(v);

/** What the CLI (the same core) reports for the answer: the expected values for the UI. */
function expected(answer = ANSWER) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', answer], { encoding: 'utf8', cwd: lib.ROOT });
  if (r.status !== 0 && r.status !== 1) throw new Error(`debrief lint failed (${r.status}): ${r.stderr}`);
  const file = JSON.parse(r.stdout).files[0];
  const bySeverity = s => file.findings.filter(f => f.severity === s).length;
  const byRule = {};
  for (const f of file.findings) byRule[f.rule] = (byRule[f.rule] || 0) + 1;
  return {
    findings: file.findings.length,
    errors: bySeverity('error'), warnings: bySeverity('warning'), infos: bySeverity('info'),
    byRule,
    axes: file.rubric.axes.map(a => ({ id: a.id, score: `${a.score}/5`, evidence: a.evidence.map(e => `L${e.line}: ${e.text}`) })),
  };
}

async function installAndStart(tmp) {
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} missing: run \`npm run package\` first`);
  lib.checkCodeServer();
  execFileSync(lib.CODE_SERVER, [...lib.codeServerDirs(tmp), '--install-extension', VSIX], {
    env: lib.codeServerEnv(tmp), stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000,
  });
  const port = await lib.freePort('DEBRIEF_UI_PORT');
  return lib.startCodeServer({ tmp, port, folder: lib.WORKSPACE, logFile: path.join(lib.OUT, 'code-server-ui.log') });
}

/** The frame of the rubric webview (VS Code nests it: webview host iframe → #active-frame). */
async function findPanelFrame(page, answer = ANSWER) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      const n = await f.locator('#axes .axis[data-axis-id]').count().catch(() => 0);
      const file = n ? await f.locator('#file').textContent().catch(() => '') : '';
      if (n && file === path.basename(answer)) return f;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`the rubric webview never showed ${path.basename(answer)} (no #axes .axis[data-axis-id] for it in any frame)`);
}

/** Opens a workspace file through Quick Open (works whatever the explorer's state). */
async function quickOpen(page, rel) {
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor();
  await quickInput.fill(rel);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(rel) }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(rel) }).waitFor();
}

/** 0-based lines the panel's evidence links point at, distinct, in panel order. */
async function evidenceLinesOf(frame) {
  return [...new Set(await frame.locator('#axes .evidence-link[data-line]').evaluateAll(as => as.map(a => Number(a.getAttribute('data-line')))))];
}

/**
 * Clicks the evidence link to 0-based `line` inside the webview frame: the panel posts {type:'reveal', line},
 * the extension shows the answer and selects that whole line. Checked where the user sees it, the status bar
 * ("Ln X, Col Y (N selected)", columns in UTF-16 units), and only counted when the cursor was elsewhere before.
 */
async function clickEvidence(page, frame, answer, line) {
  const text = fs.readFileSync(answer, 'utf8').split(/\r?\n/)[line] ?? '';
  const want = { line: line + 1, column: text.length + 1, selected: text.length };
  const before = await editorPosition(page);
  await frame.locator(`#axes .evidence-link[data-line="${line}"]`).first().click();
  let cursor = before;
  for (const end = Date.now() + STEP_TIMEOUT_MS; Date.now() < end; await page.waitForTimeout(200)) {
    cursor = await editorPosition(page);
    if (same(cursor, want)) break;
  }
  return check(`clicking evidence L${line + 1} of ${path.basename(answer)} moves the cursor from Ln ${before.line} and selects that line`,
    before.line !== want.line && same(cursor, want), `status bar before ${show(before)}, after ${show(cursor)}, wanted ${show(want)}`);
}

/** The active editor's cursor as the status bar shows it: "Ln 10, Col 118 (117 selected)". */
async function editorPosition(page) {
  const text = (await page.locator('[id="status.editor.selection"]').first().textContent().catch(() => '')) || '';
  const m = /Ln\s+(\d+),\s*Col\s+(\d+)(?:\s*\((\d+)\s+selected\))?/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]), selected: Number(m[3] ?? 0) } : { text };
}

/** Hostile markup turned into live elements anywhere: images with src=x, onerror handlers, javascript: links. */
async function liveHostileElements(page) {
  const found = [];
  for (const f of page.frames()) {
    const n = await f.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:" i], iframe[src^="javascript:" i]').length).catch(() => 0);
    if (n) found.push(`${n} in ${f.url().slice(0, 100)}`);
  }
  return found;
}

async function main() {
  const t0 = Date.now();
  fs.mkdirSync(lib.OUT, { recursive: true });
  for (const f of [ANSWER, MIXED]) if (!fs.existsSync(f)) throw new Error(`${f} missing`);
  const want = expected();
  const wantMixed = expected(MIXED);
  const cjkFonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout || '';
  if (!cjkFonts.trim()) console.log('[ui-smoke] warning: no CJK font (fc-list :lang=zh is empty): Chinese shows as boxes in the screenshots; scripts/install-test-deps.sh installs fonts-wqy-microhei');
  const tmp = lib.tempDir('debrief-ui-');
  const { base } = await installAndStart(tmp);
  console.log(`[ui-smoke] code-server with ${path.relative(lib.ROOT, VSIX)} up on ${base} after ${lib.seconds(t0)}`);

  const context = await lib.launchChromium(path.join(tmp, 'chromium'), { viewport: { width: 1440, height: 900 } });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const dialogs = [];
  page.on('dialog', d => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  const pageLog = fs.createWriteStream(path.join(lib.OUT, 'ui-page.log'));
  lib.onCleanup(() => new Promise(r => pageLog.end(r)));
  page.on('console', m => pageLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', e => pageLog.write(`[pageerror] ${e.message}\n`));

  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(lib.WORKSPACE)}`);
    await page.locator('.monaco-workbench .part.activitybar').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();

    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
    await quickOpen(page, ANSWER_REL);
    check('the answer opens in the editor', true);

    // Problems panel and status bar: wait until they show the CLI's Debrief findings for the file.
    await page.keyboard.press('Control+Shift+M');
    const markerRows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    const wantStatus = { errors: want.errors, warnings: want.warnings };
    // "Errors: 2, Warnings: 1" (VS Code 1.100); older builds say "2 errors, 1 warning".
    const num = (label, word) => { const m = new RegExp(`${word}s?:\\s*(\\d+)|(\\d+)\\s+${word}`, 'i').exec(label); return m ? Number(m[1] ?? m[2]) : 0; };
    let rows = -1, statusLabel = '', status = {};
    for (const end = Date.now() + STEP_TIMEOUT_MS; Date.now() < end; await page.waitForTimeout(200)) {
      rows = await markerRows.count();
      statusLabel = (await page.locator('[id="status.problems"]').first().getAttribute('aria-label').catch(() => '')) || '';
      status = { errors: num(statusLabel, 'error'), warnings: num(statusLabel, 'warning') };
      if (rows === want.findings && same(status, wantStatus)) break;
    }
    check(`Problems panel lists the ${want.findings} findings the CLI reports`, rows === want.findings, `rows: ${rows}`);
    check('status bar counts errors and warnings like the CLI', same(status, wantStatus), `status bar "${statusLabel}" vs CLI ${show(wantStatus)}`);
    await page.screenshot({ path: path.join(lib.OUT, 'ui-code-server-answer.png') });

    // The Debrief activity-bar container and its rubric webview.
    await page.locator('.activitybar .action-item a[aria-label^="Debrief"], .activitybar [aria-label^="Debrief"]').first().click();
    const frame = await findPanelFrame(page);
    check('the Debrief container shows the rubric panel for the answer', true);
    const ui = await frame.evaluate(() => ({
      axes: [...document.querySelectorAll('#axes .axis[data-axis-id]')].map(li => ({
        id: li.getAttribute('data-axis-id'),
        label: li.querySelector('.axis-label')?.textContent ?? '',
        score: li.querySelector('.axis-score')?.textContent ?? '',
        evidence: [...li.querySelectorAll('.evidence .evidence-link')].map(a => a.textContent),
      })),
      findings: Object.fromEntries([...document.querySelectorAll('#findings .rule-count[data-rule]')]
        .map(b => [b.getAttribute('data-rule'), Number(b.querySelector('.count')?.textContent ?? NaN)])),
      speaking: document.querySelector('#speaking')?.textContent ?? '',
      emptyHidden: document.querySelector('#empty')?.hidden ?? false,
      answerText: document.querySelector('#answer')?.textContent ?? '',
      images: document.querySelectorAll('img').length,
      inlineScripts: [...document.querySelectorAll('script')].filter(s => /alert\(/.test(s.textContent || '')).length,
    }));
    console.log(`[ui-smoke] webview axes: ${ui.axes.map(a => `${a.id} ${a.score}`).join(', ')}; findings ${show(ui.findings)}; ${ui.speaking}`);
    check('panel shows the answer, not the empty state', ui.emptyHidden);
    check('every axis has a label', ui.axes.length > 0 && ui.axes.every(a => a.label.trim() !== ''), show(ui.axes.map(a => a.label)));
    check('axis ids and scores match the CLI rubric', same(ui.axes.map(a => [a.id, a.score]), want.axes.map(a => [a.id, a.score])),
      `panel ${show(ui.axes.map(a => [a.id, a.score]))} vs CLI ${show(want.axes.map(a => [a.id, a.score]))}`);
    check('axis evidence matches the CLI rubric', same(ui.axes.map(a => a.evidence), want.axes.map(a => a.evidence)),
      `panel ${show(ui.axes.map(a => a.evidence))} vs CLI ${show(want.axes.map(a => a.evidence))}`);
    check('finding counts per rule match the CLI', same(sortedEntries(ui.findings), sortedEntries(want.byRule)), `panel ${show(ui.findings)} vs CLI ${show(want.byRule)}`);
    check('speaking time is shown', /\d+\s*min/.test(ui.speaking), show(ui.speaking));
    check(`hostile text "${HOSTILE_TEXT}" from the answer shows as text in the panel`, ui.answerText.includes(HOSTILE_TEXT));
    check('no <img> and no injected script inside the panel', ui.images === 0 && ui.inlineScripts === 0, show({ images: ui.images, inlineScripts: ui.inlineScripts }));
    await page.screenshot({ path: path.join(lib.OUT, 'ui-code-server-panel.png') });

    // Evidence links: a click in the webview posts {type:'reveal', line}; the extension shows the answer
    // and selects that whole line. Read the result where the user sees it: the status bar's
    // "Ln X, Col Y (N selected)". Two links on different lines, each away from where the cursor is.
    const evidenceLines = await evidenceLinesOf(frame);
    check('the panel has evidence links on at least two lines', evidenceLines.length >= 2, show(evidenceLines));
    for (const line of [evidenceLines[0], evidenceLines[evidenceLines.length - 1]]) {
      if (line !== undefined) await clickEvidence(page, frame, ANSWER, line);
    }
    await page.screenshot({ path: path.join(lib.OUT, 'ui-code-server-reveal.png') });

    // The mixed Chinese/English answer: the panel follows it, its evidence arrives intact, a link works.
    await quickOpen(page, MIXED_REL);
    const mixedFrame = await findPanelFrame(page, MIXED);
    const mixedEvidence = await mixedFrame.locator('#axes .axis[data-axis-id]').evaluateAll(lis =>
      lis.map(li => [...li.querySelectorAll('.evidence .evidence-link')].map(a => a.textContent)));
    check(`the panel follows ${path.basename(MIXED)}; its Chinese evidence matches the CLI rubric`,
      same(mixedEvidence, wantMixed.axes.map(a => a.evidence)), `panel ${show(mixedEvidence)} vs CLI ${show(wantMixed.axes.map(a => a.evidence))}`);
    const mixedLines = await evidenceLinesOf(mixedFrame);
    if (check('the mixed answer has evidence links', mixedLines.length > 0)) await clickEvidence(page, mixedFrame, MIXED, mixedLines[mixedLines.length - 1]);
    await page.screenshot({ path: path.join(lib.OUT, 'ui-code-server-cjk.png') });

    const live = await liveHostileElements(page);
    check('no frame turned the hostile markup into elements', live.length === 0, live.join('; '));
    check('no dialog opened', dialogs.length === 0, dialogs.join('; '));
  } catch (err) {
    await page.screenshot({ path: path.join(lib.OUT, 'ui-code-server-failure.png') }).catch(() => {});
    check('UI flow completed', false, `${err && err.message} (screenshot test-output/ui-code-server-failure.png, logs test-output/code-server-ui.log, ui-page.log)`);
  }
  console.log(`[ui-smoke] done in ${lib.seconds(t0)}; screenshots in ${path.relative(lib.ROOT, lib.OUT)}/ui-code-server-*.png`);
}

main()
  .catch(err => { check('UI smoke set-up', false, err && err.message); })
  .then(async () => {
    await lib.cleanup();
    const passed = results.filter(r => r.ok).length;
    const failed = results.length - passed;
    console.log(`${LABEL}: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  });
