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
  if [ ! -x "$SWIFT_ROOT/usr/bin/swift" ]; then
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
