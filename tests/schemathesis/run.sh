#!/usr/bin/env bash
# Schemathesis (PyPI) against examples/platform-backend/openapi.yaml on a real backend, every
# request signed by a registered install key (hooks.py): no 5xx, no response off the schema.
# Idempotent: the venv lives in target/schemathesis-venv, reinstalled only when
# requirements.txt changes. Bounded examples per operation keep it under three minutes.
# Prints "schemathesis: N passed, N failed" (operations).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=../../scripts/lib.sh
source "$ROOT/scripts/lib.sh"
VENV="$ROOT/target/schemathesis-venv"
REQS="$ROOT/tests/schemathesis/requirements.txt"
STAMP="$VENV/.requirements.sha256"
# Examples per operation and phase: enough to hit every status class, small enough for CI.
MAX_EXAMPLES="${SCHEMATHESIS_MAX_EXAMPLES:-25}"
want="$(sha256sum "$REQS" | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/st" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  log "installing schemathesis requirements into target/schemathesis-venv (pip)"
  python3 -m venv "$VENV" >/dev/null 2>&1 || { command -v apt-get >/dev/null && apt-get install -y -qq python3-venv >/dev/null && python3 -m venv "$VENV"; }
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQS"
  echo "$want" > "$STAMP"
fi
cargo build -q --locked -p platform-backend
DIR=$(mktemp -d)
"$ROOT/target/debug/platform-backend" --listen 127.0.0.1:0 --db "$DIR/tellsafe.db" \
  --demo-account schemathesis:schemathesis-token --demo-reviewer reviewer:reviewer-token \
  --rate-per-key-per-minute 1000000 --rate-per-account-per-minute 1000000 >"$DIR/out" 2>"$DIR/err" &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 100); do
  grep -q '^listening on ' "$DIR/out" 2>/dev/null && break
  kill -0 "$PID" 2>/dev/null || { cat "$DIR/err" >&2; exit 1; }
  sleep 0.1
done
URL=$(grep -m1 '^listening on ' "$DIR/out" | awk '{print $3}')
rc=0
# Run from the temp dir: schemathesis writes its .schemathesis/ cache into the working directory.
(cd "$DIR" && TELLSAFE_BACKEND_URL="$URL" SCHEMATHESIS_HOOKS=hooks PYTHONPATH="$ROOT/tests/schemathesis" \
  "$VENV/bin/st" run "$ROOT/examples/platform-backend/openapi.yaml" --url "$URL" \
  --max-examples "$MAX_EXAMPLES" --checks "${SCHEMATHESIS_CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance}" \
  --phases examples,coverage,fuzzing --no-color --seed 12 >"$DIR/report" 2>&1) || rc=$?
tail -40 "$DIR/report"; cp "$DIR/report" "$ROOT/target/schemathesis-report.txt"
if grep -q 'panicked' "$DIR/err"; then log "the backend panicked"; rc=1; fi
if [ "$rc" = 0 ]; then echo "schemathesis: no 5xx, no schema violations"; else echo "schemathesis: failures (see above)"; fi
exit "$rc"
