# Shared helpers for the project's scripts. Source it; do not run it.
# Every install step here is idempotent and silent when the thing is already there.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '==> %s\n' "$*" >&2; }

# apt_install PKG...: installs the Debian packages that are missing, quietly.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} (apt)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# rust_target TARGET: adds a rustup target if missing.
rust_target() {
  rustup target list --installed | grep -qx "$1" || { log "adding rust target $1"; rustup target add "$1" >/dev/null 2>&1; }
}

# rust_component NAME: adds a rustup component (clippy, rustfmt) if missing.
rust_component() {
  rustup component list --installed 2>/dev/null | grep -q "^$1" || { log "adding rust component $1"; rustup component add "$1" >/dev/null 2>&1; }
}

# The tools every build needs: clang and llvm-ar for ring's C code on wasm32.
setup_rust() {
  rust_component rustfmt
  rust_component clippy
  rust_target wasm32-unknown-unknown
  apt_install clang llvm
}

STAGE_TIMES=()
# stage NAME CMD...: runs a stage and records how many minutes it took.
stage() {
  local name="$1"; shift
  local start end
  start=$(date +%s)
  log "$name"
  "$@"
  end=$(date +%s)
  STAGE_TIMES+=("$(printf '%-34s %6s min' "$name" "$(awk -v s="$((end - start))" 'BEGIN { printf "%.1f", s / 60 }')")")
}

print_stage_times() {
  printf '\nStage times:\n' >&2
  for line in "${STAGE_TIMES[@]}"; do printf '  %s\n' "$line" >&2; done
}

# ---- language toolchains for the bindings (issue: uniffi bindings) ----

TOOLS_DIR="${TELLSAFE_TOOLS_DIR:-$ROOT/target/tools}"

# Kotlin compiler (npm `kotlin-compiler`, which bundles kotlinx-coroutines) + JNA and JUnit (Debian).
setup_kotlin() {
  apt_install default-jdk-headless libjna-java junit4
  local dir="$TOOLS_DIR/kotlin"
  if [ ! -x "$dir/node_modules/kotlin-compiler/bin/kotlinc" ]; then
    log "installing kotlin-compiler (npm)"
    mkdir -p "$dir"
    (cd "$dir" && npm install --silent --no-audit --no-fund kotlin-compiler@2.4.20 >/dev/null)
  fi
  KOTLINC="$dir/node_modules/kotlin-compiler/bin/kotlinc"
  KOTLIN_LIB="$dir/node_modules/kotlin-compiler/lib"
  export KOTLINC KOTLIN_LIB
}

# A Debian trixie root with Swift 6 (swiftlang), made with debootstrap. Lives outside the repo
# because it is 3 GB; its path is stable so later runs on the same machine reuse it.
SWIFT_ROOT="${TELLSAFE_SWIFT_ROOT:-/var/lib/tellsafe/swift-trixie}"
setup_swift_root() {
  # usr/bin/swift is an absolute symlink into the root: test the link, not its host-side target.
  if [ ! -L "$SWIFT_ROOT/usr/bin/swift" ] && [ ! -x "$SWIFT_ROOT/usr/bin/swift" ]; then
    apt_install debootstrap
    local mirror
    mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
    [ -n "$mirror" ] || mirror=$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}')
    log "creating a Debian trixie root for Swift in $SWIFT_ROOT (one time, a few minutes)"
    mkdir -p "$SWIFT_ROOT"
    if [ ! -x "$SWIFT_ROOT/usr/bin/apt-get" ]; then
      debootstrap --variant=minbase trixie "$SWIFT_ROOT" "$mirror" >/dev/null
    fi
    mountpoint -q "$SWIFT_ROOT/proc" || mount --bind /proc "$SWIFT_ROOT/proc"
    chroot "$SWIFT_ROOT" apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive chroot "$SWIFT_ROOT" apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      --no-install-recommends swiftlang libc6-dev libstdc++-14-dev >/dev/null
  fi
  mountpoint -q "$SWIFT_ROOT/proc" || mount --bind /proc "$SWIFT_ROOT/proc"
}

# ---- the mobile library as an app ships it (scripts/size, scripts/bench's so_sizes) ----

# Final-link flags of a shipped mobile library (why: see scripts/size). They go to the last link
# only (`cargo rustc -- ...`), so dependencies keep their build cache.
# Not `--icf=all` (LLD folding identical functions and read-only data): -13 KB measured (0.6%),
# but it may merge distinct `static`s, which Rust promises distinct addresses; not worth it.
# (`--icf=safe` folds nothing: rustc emits no address-significance table.)
MOBILE_LINK_ARGS=(
  -Clink-arg=-Wl,-z,pack-relative-relocs # RELR: ~8000 relative relocations in ~1 KB, not ~200 KB
)

# The toolchain a shipped mobile library is built with: a pinned nightly, because only nightly
# rebuilds std with the library's own profile (`-Zbuild-std`). The std that rustup ships is
# built for speed and carries its backtrace printer (gimli, addr2line, miniz_oxide: ~170 KB that
# only ever write to stderr, which Android's logcat and iOS's os_log do not show). Rebuilt with
# opt-level "z", fat LTO and std's `optimize_for_size` feature, without `backtrace`: -217 KB
# (measured: 1.88 -> 1.67 MB without `http`). `panic-unwind` stays, so uniffi still turns a
# panic into a typed error for Kotlin, Swift and Python (scripts/size checks that on every run).
# `-Zlocation-detail=none` drops the source path, line and column of every panic site (-33 KB):
# only the default panic hook prints them, to stderr again, never into the error the app gets.
# Pinned by date so a size figure can be reproduced; rust-src is what `-Zbuild-std` compiles.
MOBILE_TOOLCHAIN="nightly-2026-05-20"
MOBILE_TARGET="x86_64-unknown-linux-gnu" # what scripts/size measures; apps use their ABIs' targets
MOBILE_BUILD_STD=(-Zbuild-std=std,panic_unwind -Zbuild-std-features=panic-unwind,optimize_for_size)
MOBILE_RUSTFLAGS="-Zlocation-detail=none"
# The unstripped library `mobile_so` leaves (an explicit --target puts it under the triple).
MOBILE_SO="$ROOT/target/$MOBILE_TARGET/mobile/libtellsafe_ffi.so"

# setup_mobile_toolchain: installs the pinned nightly and its rust-src if missing (~10 s once).
setup_mobile_toolchain() {
  rustup toolchain list 2>/dev/null | grep -q "^$MOBILE_TOOLCHAIN" || {
    log "installing rust $MOBILE_TOOLCHAIN (mobile builds rebuild std: -Zbuild-std)"
    rustup toolchain install "$MOBILE_TOOLCHAIN" --profile minimal >/dev/null 2>&1
  }
  rustup component list --toolchain "$MOBILE_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src' || {
    log "adding rust-src to $MOBILE_TOOLCHAIN"
    rustup component add rust-src --toolchain "$MOBILE_TOOLCHAIN" >/dev/null 2>&1
  }
}

# mobile_cargo_rustc ARGS... -- RUSTC_ARGS...: `cargo rustc` with the mobile toolchain, std
# rebuilt and the mobile rustflags. RUSTFLAGS reaches std and every dependency but, with an
# explicit --target, not build scripts or proc macros.
mobile_cargo_rustc() {
  setup_mobile_toolchain
  RUSTFLAGS="$MOBILE_RUSTFLAGS" cargo "+$MOBILE_TOOLCHAIN" rustc -q "${MOBILE_BUILD_STD[@]}" \
    --target "$MOBILE_TARGET" --profile mobile "$@"
}

# mobile_so [FEATURES]: builds tellsafe-ffi's cdylib alone (`--crate-type cdylib`: with three
# crate types cargo drops LTO) with `--no-default-features` plus FEATURES, the toolchain, std
# and link flags above, into $MOBILE_SO (unstripped).
mobile_so() {
  local features="${1:-}"
  mobile_cargo_rustc --locked -p tellsafe-ffi --lib --crate-type cdylib --no-default-features \
    ${features:+--features "$features"} -- "${MOBILE_LINK_ARGS[@]}"
}

# mobile_floor_so OUT: the size floor, an empty cdylib (std and the panic machinery only) built
# with the workspace's own `[profile.release]` + `[profile.mobile]` (read from Cargo.toml, so the
# two cannot drift), the same toolchain, std and link flags, stripped, written to OUT. Its one
# export, `empty_so_catches_panic`, returns 1 when `catch_unwind` caught a panic: the proof that
# this build still unwinds, which uniffi's panic-to-error conversion needs.
mobile_floor_so() {
  local out="$1" dir="$ROOT/target/mobile-floor"
  mkdir -p "$dir/src"
  python3 - "$ROOT/Cargo.toml" >"$dir/Cargo.toml" <<'PY'
import sys, tomllib
profiles = tomllib.load(open(sys.argv[1], "rb"))["profile"]
mobile = {**profiles.get("release", {}), **profiles["mobile"]}
mobile.pop("inherits", None)
def value(v):
    return f'"{v}"' if isinstance(v, str) else str(v).lower()
print('[package]\nname = "empty-so"\nversion = "0.0.0"\nedition = "2024"\n')
print('[lib]\ncrate-type = ["cdylib"]\n\n[workspace]\n')
print('[profile.mobile]\ninherits = "release"')
for key, v in mobile.items():
    print(f"{key} = {value(v)}")
PY
  cat >"$dir/src/lib.rs" <<'RS'
//! Empty but for one probe: the size floor of a Rust cdylib, and proof that it unwinds.
/// 1 when a panic was caught, i.e. this build unwinds (with abort the process ends instead).
#[unsafe(no_mangle)]
pub extern "C" fn empty_so_catches_panic() -> u32 {
    std::panic::set_hook(Box::new(|_| {}));
    u32::from(std::panic::catch_unwind(|| panic!("probe")).is_err())
}
RS
  (cd "$dir" && CARGO_TARGET_DIR="$dir/target" mobile_cargo_rustc --lib --crate-type cdylib -- "${MOBILE_LINK_ARGS[@]}")
  cp "$dir/target/$MOBILE_TARGET/mobile/libempty_so.so" "$out"
  strip --strip-all "$out"
}

# mobile_unwind_check SO: calls the floor's probe; fails unless the panic was caught.
mobile_unwind_check() {
  python3 -c 'import ctypes, sys; sys.exit(0 if ctypes.CDLL(sys.argv[1]).empty_so_catches_panic() == 1 else 1)' "$1"
}

# ---- bindings: build tellsafe-ffi, generate Kotlin / Swift / Python, run each suite ----

BINDINGS_OUT="$ROOT/target/bindings"

# bindings_generate [FEATURES]: builds the debug cdylib and the pinned uniffi-bindgen, then
# generates all three languages (library mode) into target/bindings/gen. Never committed.
bindings_generate() {
  local features="${1:-}"
  cargo build -q --locked -p uniffi-bindgen
  cargo build -q --locked -p tellsafe-ffi ${features:+--features "$features"}
  rm -rf "$BINDINGS_OUT/gen"
  "$ROOT/target/debug/uniffi-bindgen" generate --no-format --library "$ROOT/target/debug/libtellsafe_ffi.so" \
    --config "$ROOT/bindings/uniffi.toml" \
    --language kotlin --language swift --language python --out-dir "$BINDINGS_OUT/gen" >/dev/null
}

# bindings_kotlin: compiles generated + idiomatic + test Kotlin with kotlinc (npm) and runs the
# JUnit suite on the JVM with JNA. Prints "kotlin: N passed, N failed".
bindings_kotlin() {
  setup_kotlin
  local classes="$BINDINGS_OUT/kotlin/classes"
  local cp="$KOTLIN_LIB/kotlinx-coroutines-core-jvm.jar:/usr/share/java/jna.jar:/usr/share/java/junit4.jar"
  rm -rf "$classes" && mkdir -p "$classes"
  "$KOTLINC" -nowarn -cp "$cp" -d "$classes" \
    $(find "$BINDINGS_OUT/gen/uniffi" "$ROOT/bindings/kotlin/src" -name '*.kt') 2>&1 \
    | grep -v '^warning: unable to find kotlin-stdlib.jar' >&2 || true
  backend_start || return 1
  local rc=0
  java -Djna.library.path="$ROOT/target/debug" -Dtellsafe.vectors="$ROOT/tests/vectors/signing.json" \
    -Dtellsafe.assets="$ROOT/core" \
    -cp "$classes:$KOTLIN_LIB/kotlin-stdlib.jar:$cp:/usr/share/java/hamcrest.jar" org.tellsafe.BindingsTestKt || rc=$?
  backend_stop
  return $rc
}

# backend_start: builds the reference backend and starts it on a random loopback port with a
# temporary database and a demo child account (`child:child-token`; reviewer `reviewer-token`).
# Exports TELLSAFE_BACKEND_URL and TELLSAFE_BACKEND_KEY ("<alg> <base64 raw public key>", the
# key clients pin). backend_stop ends it (only the process it started) and removes the database.
BACKEND_START_TRIES=300 # x 0.1 s: the backend listens in well under a second once built
backend_start() {
  cargo build -q --locked -p platform-backend
  BACKEND_DIR=$(mktemp -d)
  "$ROOT/target/debug/platform-backend" --listen 127.0.0.1:0 --db "$BACKEND_DIR/tellsafe.db" \
    --demo-account child:child-token >"$BACKEND_DIR/out" 2>"$BACKEND_DIR/err" &
  BACKEND_PID=$!
  local i
  for ((i = 0; i < BACKEND_START_TRIES; i++)); do
    grep -q '^listening on ' "$BACKEND_DIR/out" 2>/dev/null && break
    kill -0 "$BACKEND_PID" 2>/dev/null || { cat "$BACKEND_DIR/err" >&2; return 1; }
    sleep 0.1
  done
  TELLSAFE_BACKEND_URL=$(grep -m1 '^listening on ' "$BACKEND_DIR/out" | awk '{print $3}')
  TELLSAFE_BACKEND_KEY=$(grep -m1 '^backend public key (' "$BACKEND_DIR/out" \
    | sed -E 's/^backend public key \(([^,]+), pin this in clients\): *(.*)$/\1 \2/')
  [ -n "$TELLSAFE_BACKEND_URL" ] && [ -n "$TELLSAFE_BACKEND_KEY" ] || { log "backend did not start"; return 1; }
  export TELLSAFE_BACKEND_URL TELLSAFE_BACKEND_KEY
}
backend_stop() {
  [ -n "${BACKEND_PID:-}" ] && kill "$BACKEND_PID" 2>/dev/null && wait "$BACKEND_PID" 2>/dev/null
  [ -n "${BACKEND_DIR:-}" ] && rm -rf "$BACKEND_DIR"
  BACKEND_PID='' BACKEND_DIR=''
}

# bindings_python: builds the `tellsafe` wheel with maturin (feature `intake`), installs it into
# a venv under target/, and runs pytest. Prints "python: N passed, N failed".
bindings_python() {
  local venv="$BINDINGS_OUT/python/venv"
  if [ ! -x "$venv/bin/pytest" ] || [ ! -x "$venv/bin/maturin" ]; then
    log "creating the Python venv for the bindings (maturin, pytest)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "maturin>=1.16,<2" pytest >/dev/null
  fi
  cargo build -q --locked -p uniffi-bindgen
  rm -rf "$BINDINGS_OUT/python/dist"
  # maturin runs `uniffi-bindgen` from PATH: ours (same uniffi) must come first.
  local log_file="$BINDINGS_OUT/python/maturin.log"
  (cd "$ROOT/bindings/python" && PATH="$ROOT/target/debug:$PATH" "$venv/bin/maturin" build -q \
    -o "$BINDINGS_OUT/python/dist" >"$log_file" 2>&1) || { cat "$log_file" >&2; return 1; }
  "$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$BINDINGS_OUT"/python/dist/*.whl >/dev/null
  backend_start || return 1
  local rc=0
  (cd "$ROOT/bindings/python" && TELLSAFE_VECTORS="$ROOT/tests/vectors/signing.json" TELLSAFE_ASSETS="$ROOT/core" "$venv/bin/pytest" -q -p no:cacheprovider tests) || rc=$?
  backend_stop
  return $rc
}

# bindings_swift: assembles the Swift package (committed sources + generated files + the .so)
# inside the trixie root and runs `swift build` and `swift test` (XCTest) there.
# Prints "swift: N passed, N failed".
bindings_swift() {
  setup_swift_root
  local pkg="$SWIFT_ROOT/work/tellsafe-swift" inside="/work/tellsafe-swift"
  mkdir -p "$pkg"
  rm -rf "$pkg/Sources" "$pkg/Tests" "$pkg/lib"
  cp -r "$ROOT/bindings/swift/Package.swift" "$ROOT/bindings/swift/Sources" "$ROOT/bindings/swift/Tests" "$pkg/"
  mkdir -p "$pkg/Sources/TellSafe/Generated" "$pkg/Sources/TellSafeFFI" "$pkg/lib"
  cp "$BINDINGS_OUT"/gen/*.swift "$pkg/Sources/TellSafe/Generated/"
  cp "$BINDINGS_OUT"/gen/*FFI.h "$pkg/Sources/TellSafeFFI/"
  # One module map with both C modules; `use "Darwin"` only makes sense on Apple platforms.
  cat "$BINDINGS_OUT"/gen/*FFI.modulemap | grep -v 'use "Darwin"' \
    | sed 's/^\(module tellsafeFFI {\)$/\1\n    link "tellsafe_ffi"/' > "$pkg/Sources/TellSafeFFI/module.modulemap"
  cp "$ROOT/target/debug/libtellsafe_ffi.so" "$pkg/lib/"
  cp "$ROOT/tests/vectors/signing.json" "$pkg/signing.json"
  # The wizard data as an app ships it in its bundle (read by the tests, not compiled in).
  rm -rf "$pkg/assets" && mkdir -p "$pkg/assets"
  cp -r "$ROOT/core/flows" "$ROOT/core/data" "$ROOT/core/locales" "$pkg/assets/"
  local out="$BINDINGS_OUT/swift-test.log" rc=0
  # The chroot shares the host's network: the backend on 127.0.0.1 is reachable from inside.
  backend_start || return 1
  chroot "$SWIFT_ROOT" env -i HOME=/root PATH=/usr/bin:/bin LD_LIBRARY_PATH="$inside/lib" \
    TELLSAFE_VECTORS="$inside/signing.json" TELLSAFE_ASSETS="$inside/assets" TELLSAFE_BACKEND_URL="$TELLSAFE_BACKEND_URL" \
    TELLSAFE_BACKEND_KEY="$TELLSAFE_BACKEND_KEY" sh -c \
    "cd $inside && swift build --build-tests -q -Xlinker -L$inside/lib && swift test --skip-build -Xlinker -L$inside/lib" \
    >"$out" 2>&1 || rc=$?
  backend_stop
  local total failed
  total=$(grep -oE 'Executed [0-9]+ tests?' "$out" | tail -n1 | grep -oE '[0-9]+' || echo 0)
  failed=$(grep -oE 'with [0-9]+ failures?' "$out" | tail -n1 | grep -oE '[0-9]+' || echo 0)
  if [ "$rc" -ne 0 ] || [ "$total" -eq 0 ]; then
    grep -E 'error|failed|Fatal' "$out" | head -n 40 >&2
    [ "$total" -gt 0 ] || { echo "swift: 0 passed, 1 failed (did not build or run; see $out)"; return 1; }
  fi
  echo "swift: $((total - failed)) passed, $failed failed"
  [ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
}

# ---- web (issue: wasm package, <tellsafe-report>, web demo, browser tests) ----

# The wasm-bindgen version the workspace locked; the CLI must be exactly the same.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock"
}

# wasm-bindgen-cli at the Cargo.lock version (skipped when already there). Not `--locked`: the
# CLI's own lock file has lagged the index here (reference/toolchain.md).
setup_wasm_bindgen() {
  local want have
  want=$(wasm_bindgen_version)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (cargo install, a few minutes once)"
    cargo install -q wasm-bindgen-cli --version "$want" >/dev/null
  fi
}

# Node packages the web tests use (playwright-core, axe-core, typescript), from the committed
# package-lock; re-run only when the lock changed.
setup_web_node() {
  local dir="$ROOT/tests/web"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.lock-copy"; then
    log "npm ci in tests/web"
    (cd "$dir" && npm ci --silent --no-audit --no-fund >/dev/null && cp package-lock.json node_modules/.lock-copy)
  fi
}

# Everything the web build and tests need: wasm32 target, clang/llvm (ring's C code), the
# bindgen CLI, Debian's Chromium + chromedriver, the test packages.
setup_web() {
  setup_rust
  apt_install chromium chromium-driver
  setup_wasm_bindgen
  setup_web_node
}

# Supply-chain tools at pinned versions, installed with cargo once (skipped when present).
CARGO_DENY_VERSION=0.20.2
CARGO_CYCLONEDX_VERSION=0.5.9
cargo_tool() {
  local crate=$1 version=$2 sub=$3
  if [ "$(cargo "$sub" --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
    log "installing $crate $version (cargo install, a few minutes once)"
    cargo install -q --locked "$crate" --version "$version" >/dev/null
  fi
}
setup_supply_chain() {
  cargo_tool cargo-deny "$CARGO_DENY_VERSION" deny
  cargo_tool cargo-cyclonedx "$CARGO_CYCLONEDX_VERSION" cyclonedx
}

# The licence, ban and source policy of deny.toml. Advisories need the RustSec database from
# GitHub, which this machine cannot reach: run `cargo deny check advisories` where it can.
supply_chain_deny() {
  setup_supply_chain
  (cd "$ROOT" && cargo deny --log-level error check licenses bans sources)
}
