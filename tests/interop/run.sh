#!/usr/bin/env bash
# Interoperability of `tellsafe sign` / `tellsafe verify` with an independent RFC 9421
# implementation (PyPI `http-message-signatures`), both algorithms, both directions.
# Idempotent: the venv lives in target/interop-venv and is reinstalled only when
# requirements.txt changes. Prints "interop: N passed, N failed".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
VENV="$ROOT/target/interop-venv"
REQS="$ROOT/tests/interop/requirements.txt"
STAMP="$VENV/.requirements.sha256"
want="$(sha256sum "$REQS" | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  printf '==> installing interop requirements into target/interop-venv (pip)\n' >&2
  python3 -m venv "$VENV" >/dev/null 2>&1 || { command -v apt-get >/dev/null && apt-get install -y -qq python3-venv >/dev/null && python3 -m venv "$VENV"; }
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQS"
  echo "$want" > "$STAMP"
fi
cargo build -p tellsafe-cli --locked -q
TELLSAFE="$ROOT/target/debug/tellsafe" "$VENV/bin/python" "$ROOT/tests/interop/interop.py"
