#!/usr/bin/env bash
# No telemetry: the SDK client talks to the configured backend and nothing else.
#
# Runs the `tellsafe` CLI (core's client with its reqwest transport) through a scripted wizard,
# a submit and a status call under strace, and fails if any connect() goes anywhere but the
# backend's loopback address and port: no analytics host, no crash reporter, no DNS lookup, no
# update check. It also fails if strace saw no connection at all (a broken probe must not pass).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../scripts/lib.sh
source "$ROOT/scripts/lib.sh"
apt_install strace

cargo build -q --locked -p tellsafe-cli -p platform-backend
BIN="$ROOT/target/debug"
backend_start
trap backend_stop EXIT
WORK="$BACKEND_DIR/client"
mkdir -p "$WORK"
echo "${TELLSAFE_BACKEND_KEY#* }" >"$WORK/backend.pub"
"$BIN/tellsafe" keygen --alg ed25519 --out "$WORK/install.pem" --public-out "$WORK/install.pub" >/dev/null
CONN=(--backend "$TELLSAFE_BACKEND_URL" --backend-pubkey "$WORK/backend.pub" --key "$WORK/install.pem"
      --auth child-token --account child --data "$WORK/data" --age-band 10-12)
PORT="${TELLSAFE_BACKEND_URL##*:}"
PORT="${PORT%%/*}"

TRACE="$WORK/connect.trace"
strace -f -qq -e trace=connect -o "$TRACE.submit" \
  "$BIN/tellsafe" submit "${CONN[@]}" --answers "$ROOT/examples/cli/answers/band-10-12.json" \
  >"$WORK/id" 2>"$WORK/submit.err" || { echo "no-telemetry: submit failed:" >&2; cat "$WORK/submit.err" >&2; exit 1; }
strace -f -qq -e trace=connect -o "$TRACE.status" \
  "$BIN/tellsafe" status "$(cat "$WORK/id")" "${CONN[@]}" >/dev/null 2>&1
cat "$TRACE.submit" "$TRACE.status" >"$TRACE"

to_backend=$(grep -cE "connect\(.*sin_port=htons\($PORT\).*inet_addr\(\"127\.0\.0\.1\"\)" "$TRACE" || true)
# Anything else that reached connect(): other ports or addresses, IPv6, unix sockets (nscd, D-Bus).
others=$(grep -E 'connect\(' "$TRACE" | grep -vE "sin_port=htons\($PORT\).*inet_addr\(\"127\.0\.0\.1\"\)" || true)
if [ "$to_backend" -eq 0 ]; then
  echo "no-telemetry: strace saw no connection to the backend; the probe is broken" >&2
  exit 1
fi
if [ -n "$others" ]; then
  echo "no-telemetry: the client connected somewhere other than the backend:" >&2
  # Addresses only (strace prints socket addresses, never request bodies).
  grep -oE 'sa_family=[A-Z_]+[^}]*' <<<"$others" | sort | uniq -c >&2
  exit 1
fi
echo "no-telemetry: $to_backend connection(s), all to the configured backend (127.0.0.1:$PORT); 0 elsewhere"
