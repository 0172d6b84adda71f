#!/usr/bin/env bash
# Web tests against the built package (run scripts/web-build first; scripts/test does).
#   tests/web/run.sh node|types|browser|all
set -euo pipefail
cd "$(dirname "$0")"
what="${1:-all}"
if [ "$what" = node ] || [ "$what" = all ]; then
  out=$(node --test --test-reporter=tap signing.test.mjs shared.test.mjs 2>&1) || { echo "$out" | grep -B2 -A20 '^not ok' >&2; }
  pass=$(echo "$out" | awk '/^# pass/ {print $3}'); fail=$(echo "$out" | awk '/^# fail/ {print $3}')
  echo "node --test: ${pass:-0} passed, ${fail:-1} failed"
  [ "${fail:-1}" = 0 ]
fi
if [ "$what" = types ] || [ "$what" = all ]; then
  node_modules/.bin/tsc -p consumer/tsconfig.json && echo "tsc --noEmit (strict consumer): 1 passed, 0 failed"
fi
if [ "$what" = browser ] || [ "$what" = all ]; then
  node e2e.mjs 2>/dev/null
fi
