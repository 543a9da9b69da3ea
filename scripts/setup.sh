#!/usr/bin/env bash
# Installs the project's npm dependencies (from package-lock.json) when they are missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."
# @vscode/test-web pulls @playwright/browser-chromium, whose install step downloads a browser:
# Debian's chromium is used instead (scripts/install-test-deps.sh).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export npm_config_yes=true
stamp=node_modules/.debrief-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "=== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
