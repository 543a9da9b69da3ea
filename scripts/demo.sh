#!/usr/bin/env bash
# `npm start`: install, build, and lint the bundled example answers (findings + rubric).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node scripts/build.mjs --only=cli
set +e
node dist/cli.js lint examples/*.md
code=$?
set -e
echo
case $code in
  0) echo "debrief exited 0: no error-severity findings." ;;
  1) echo "debrief exited 1: at least one error-severity finding (as a CI gate would report it)." ;;
  *) echo "debrief exited $code: usage, config or I/O problem (see above)."; exit "$code" ;;
esac
