#!/usr/bin/env sh
# Debian packages the tests need beyond Rust, Node.js and npm: clang 14,
# lld and wasi-libc to build the C guest with debug info
# (tests/debuginfo/c), llvm for llvm-dwarfdump, chromium for the browser
# test (tests/browser.rs). Installs them when one is missing (as root, or
# through sudo).
set -eu
if command -v clang-14 >/dev/null && command -v wasm-ld-14 >/dev/null \
    && command -v llvm-dwarfdump-14 >/dev/null && [ -f /usr/include/wasm32-wasi/stdio.h ] \
    && [ -d /usr/lib/llvm-14/lib/clang/14.0.6/lib/wasi ] && command -v chromium >/dev/null; then
    exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_root apt-get update
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    clang-14 lld-14 llvm-14 wasi-libc libclang-rt-14-dev-wasm32 chromium
