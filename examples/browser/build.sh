#!/bin/sh
# Builds what the page loads: app/, examples/hello.wat (or the module given)
# adapted by p1-adapt and transpiled with jco; and npm/dist, the composer
# for the page's own adapting (npm/build.sh). jco and the preview2 shim are
# the ones tests/package.json pins: run `npm ci --prefix tests` first.
#
#   sh examples/browser/build.sh [MODULE.wasm]
#   then serve the repository's root (python3 -m http.server) and open
#   http://localhost:8000/examples/browser/
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
module=${1:-$root/examples/hello.wat}
jco=${JCO:-$root/tests/node_modules/.bin/jco}
(cd "$root" && cargo run --release --quiet -- "$module" -o "$root/target/browser-app.component.wasm" --quiet)
rm -rf "$here/app"
"$jco" transpile "$root/target/browser-app.component.wasm" -o "$here/app" --name hello --quiet
sh "$root/npm/build.sh"
