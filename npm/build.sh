#!/bin/sh
# Makes the package's dist/: the composer component (component/, built for
# wasm32-wasip2 unless a built one is given) transpiled with jco.
#
#   sh npm/build.sh [COMPONENT.wasm]      then: cd npm && npm pack
#
# jco is the one tests/package.json pins (`npm ci --prefix tests`), or $JCO.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
wasm=${1:-}
if [ -z "$wasm" ]; then
  (cd "$root/component" && cargo build --release --locked --target wasm32-wasip2 --target-dir "$root/target/component")
  wasm=$root/target/component/wasm32-wasip2/release/p1_adapt_component.wasm
fi
jco=${JCO:-$root/tests/node_modules/.bin/jco}
rm -rf "$here/dist"
cp "$root/LICENSE" "$here/LICENSE"
"$jco" transpile "$wasm" -o "$here/dist" --name composer --quiet
