#!/bin/sh
# Counts the x86-64 instructions one call of a bench row costs in each
# variant, with valgrind's callgrind: deterministic where the timed rows
# are not (a 16-byte write is about 5,000 instructions, the run-to-run
# noise of its timed row is larger than the adapters' difference).
#
#   BENCH_SAVE=target/bench-save BENCH_ONLY="16-byte" cargo bench --bench adapters
#   sh benches/instructions.sh target/bench-save write16 100000
#
# ROW is the bench guest's workload (`write16`, `read4k`, `filestat`, ...,
# as in tests/programs/src/bin/bench.rs) and CALLS the count of calls it
# makes. Each variant of the bench guest that BENCH_SAVE wrote (any row
# but the first writes them, the floor only a row that has one) is
# compiled by wasmtime under valgrind (whose CPU lacks some of the host's
# features) and run twice, with ROW and with `none`; the difference over
# CALLS is what one call costs, host and adapter together. Needs valgrind and the wasmtime CLI
# (`WASMTIME=path`, else `wasmtime` on PATH), the same version as the
# bench's for figures that compare with it.
set -eu
[ $# -eq 3 ] || { echo "usage: $0 DIR ROW CALLS" >&2; exit 2; }
dir=$1 row=$2 calls=$3
wasmtime=${WASMTIME:-wasmtime}
command -v valgrind >/dev/null || { echo "$0: valgrind is not installed" >&2; exit 1; }

# Instructions of one run (retried: valgrind now and then aborts on
# wasmtime's signal handling).
count() {
    for _ in 1 2 3; do
        n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
            "$wasmtime" run --allow-precompiled --dir "$dir/files::." "$1" "$2" \
            2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
        [ -n "$n" ] && { echo "$n"; return; }
    done
    echo "$0: valgrind failed on $1 $2" >&2
    exit 1
}

printf '%-9s %12s %12s %12s\n' variant "per call" "over floor" "vs official"
floor= official=
for v in floor official native single multi; do
    wasm=$dir/bench.$v.wasm
    [ -f "$wasm" ] || continue
    cwasm=$dir/bench.$v.valgrind.cwasm
    [ "$cwasm" -nt "$wasm" ] ||
        valgrind -q --tool=none "$wasmtime" compile -o "$cwasm" "$wasm" 2>/dev/null
    per=$(( ($(count "$cwasm" "$row") - $(count "$cwasm" none)) / calls ))
    [ "$v" = floor ] && floor=$per
    [ "$v" = official ] && official=$per
    printf '%-9s %12s %12s %12s\n' "$v" "$per" \
        "${floor:+$((per - floor))}" "${official:+$((per - official))}"
done
