#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Line and toggle coverage of the LDPC decoder RTL: builds the bench against a Zmax=32 coverage
# model (same RTL lines as Zmax=384, fewer lanes, minutes to compile), runs the smoke, codes (two
# seeds), perf, illegal and vector lists, merges the counts and writes an annotated copy of the RTL.
#   scripts/rtl_coverage.sh [build-dir]   (default build; needs its bbkit_ldpc libraries built)
# Output: <build-dir>/rtl-coverage/{coverage.dat,annotated/,summary.txt}
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out="$build/rtl-coverage"
mkdir -p "$out"
cd "$root"
srcs=$(grep -v '^//' rtl/ldpc/bbkit_ldpc_dec.f | tr '\n' ' ')
inc="-I$root/sim/verilator/include -I$root/verification/model/ldpc/include -I$root/verification/model/common/include"
inc="$inc -I$root/verification/vectors/include -I$build/generated/include"
libs="$build/verification/model/ldpc/libbbkit_ldpc.a $build/verification/vectors/libbbkit_vectors.a"
libs="$libs $build/verification/model/common/libbbkit_common.a"
nice -n 19 verilator --cc --exe --build -j 2 -Wall -Wno-fatal --coverage-line --coverage-toggle --trace-fst \
  -GZmax=32 --top-module bbkit_ldpc_dec --prefix Vbbkit_ldpc_dec --Mdir "$out/obj" -o tb_ldpc_dec_cov \
  -CFLAGS "-std=c++17 -O1 $inc" -LDFLAGS "$libs" $srcs "$root/sim/verilator/tb/ldpc_dec/tb_ldpc_dec.cpp" > "$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
bin="$out/obj/tb_ldpc_dec_cov"
rm -f "$out"/*.dat
run() { (cd "$out" && BBKIT_COVERAGE_FILE="$out/cov_$(echo "$*" | tr -c 'a-z0-9' _).dat" "$bin" "$@" >/dev/null); }
run --list smoke --seed 1
run --list codes --seed 3
run --list codes --seed 4
run --list perf
run --list illegal
run --list vectors --dir "$root/tests/vector/data/ldpc" --dir "${BBKIT_SHARED_DIR:-$root/../shared}/vectors/bbdev"
verilator_coverage --write "$out/coverage.dat" "$out"/cov_*.dat
rm -rf "$out/annotated"
verilator_coverage --annotate "$out/annotated" --annotate-min 1 "$out/coverage.dat" | tee "$out/summary.txt"
