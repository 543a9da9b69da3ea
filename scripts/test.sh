#!/usr/bin/env bash
# `npm test`: every test, from a clean clone. Installs what it needs (npm packages; for the
# VS Code hosts also Debian packages and code-server, see scripts/install-test-deps.sh),
# type-checks, builds, runs the unit suite and the integration suites in real VS Code hosts,
# and ends with one summary line "total: N passed, N failed".
# DEBRIEF_SKIP_VSCODE=1 skips the VS Code hosts (unit tests only).
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp -d)/test.log
status=0
run() { echo; echo "=== $*"; "$@" 2>&1 | tee -a "$log"; local c=${PIPESTATUS[0]}; [ "$c" -eq 0 ] || { echo "!!! failed ($c): $*"; status=1; }; return 0; }

bash scripts/setup.sh || exit 1
run npx tsc -p . --noEmit
run node scripts/build.mjs
run npx mocha
if [ "${DEBRIEF_SKIP_VSCODE:-}" != "1" ] && [ -f scripts/vscode-tests.sh ]; then
  run bash scripts/vscode-tests.sh
fi

# Add up every "NAME: N passed, N failed[, N skipped]" line the suites printed.
totals=$(grep -E '^[A-Za-z][A-Za-z0-9_-]*: [0-9]+ passed, [0-9]+ failed' "$log" | awk '
  { p += $2; f += $4; if ($6 != "") s += $6 }
  END { printf "%d %d %d", p, f, s }')
read -r passed failed skipped <<<"$totals"
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || { echo "no test ran"; status=1; }
echo
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "a step failed outside the test counts (see '!!! failed' above)"; fi
if [ "$skipped" -gt 0 ]; then echo "total: $passed passed, $failed failed, $skipped skipped"; else echo "total: $passed passed, $failed failed"; fi
exit $status
