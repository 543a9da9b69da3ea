#!/usr/bin/env bash
# Debrief's integration tests in REAL VS Code hosts, offline (npm registry + Debian apt only):
#   1. scripts/install-test-deps.sh   chromium, libkrb5-dev, ripgrep (apt) + code-server in .tools/
#   2. npm run build                  node / web / webview bundles (and the CLI, used by the UI smoke)
#   3. test/vscode/build-tests.mjs    the mocha suites → dist/test/suite, dist/web/test/suite
#   4. npm run package                test-output/debrief.vsix
#   5. node host   test/vscode/run-node-host.js  mocha in code-server's Node extension host (VS Code 1.100)
#   6. web host    test/vscode/run-web-host.js   mocha in the web-worker host of VS Code for the Web 1.91
#   7. UI smoke    test/vscode/ui-smoke.js       Playwright on code-server with the .vsix installed
# Keeps going after a failure so that every host reports; exits non-zero if anything failed.
# Each launcher ends with `NAME: N passed, N failed[, N skipped]`; this script shows those lines
# indented while the launcher runs and prints each exactly once at the end (so a tool adding up
# such lines counts every host once).
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=test-output
mkdir -p "$OUT"
SUMMARY_RE='^[A-Za-z][A-Za-z0-9_-]*: [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$'
status=0
summaries=()
timings=()

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}'; }

# step NAME TIMEOUT_S CMD...: a set-up step; its failure fails the run but the hosts still run.
step() {
  local name=$1 limit=$2; shift 2
  echo; echo "=== $name ($(date -u +%T))"
  local s=$EPOCHREALTIME
  timeout --kill-after=30 "$limit" "$@"
  local rc=$?
  timings+=("$(printf '%-14s %6s s' "$name" "$(elapsed "$s")")")
  if [ "$rc" -ne 0 ]; then echo "!!! $name failed (exit $rc)"; status=1; fi
  return 0
}

# host NAME LABEL CMD...: a test launcher; its output goes to test-output/NAME.log too.
host() {
  local name=$1 label=$2; shift 2
  echo; echo "=== $name ($(date -u +%T))"
  local s=$EPOCHREALTIME log="$OUT/$name.log"
  # SIGTERM reaches the launcher, which then ends its code-server and chromium.
  timeout --kill-after=30 600 "$@" 2>&1 | tee "$log" | sed -E "s/$SUMMARY_RE/  -> &/"
  local rc=${PIPESTATUS[0]}
  timings+=("$(printf '%-14s %6s s' "$name" "$(elapsed "$s")")")
  local line
  line=$(grep -E "$SUMMARY_RE" "$log" | tail -1)
  if [ -z "$line" ]; then line="$label: 0 passed, 1 failed"; fi
  if [ "$rc" -ne 0 ]; then
    status=1
    # a launcher that exited non-zero never reports "0 failed"
    if [[ "$line" =~ ": "[0-9]+" passed, 0 failed" ]]; then line="${line/, 0 failed/, 1 failed}"; fi
    echo "!!! $name failed (exit $rc)"
  fi
  summaries+=("$line")
  return 0
}

t0=$EPOCHREALTIME
step install-deps 1200 bash scripts/install-test-deps.sh
step build 300 npm run -s build
# stale bundles or a stale .vsix must never be tested in place of fresh ones
rm -rf dist/test dist/web/test "$OUT/debrief.vsix"
step build-tests 300 node test/vscode/build-tests.mjs
step package 300 npm run -s package

host node-host vscode-node node test/vscode/run-node-host.js
host web-host vscode-web node test/vscode/run-web-host.js
host ui-smoke ui-smoke node test/vscode/ui-smoke.js

echo; echo "=== VS Code tests: timings (total $(elapsed "$t0") s)"
printf '  %s\n' "${timings[@]}"
ls "$OUT"/ui-code-server-*.png 2>/dev/null | sed 's/^/  screenshot: /'
echo "=== VS Code tests: results"
printf '%s\n' "${summaries[@]}"
exit "$status"
