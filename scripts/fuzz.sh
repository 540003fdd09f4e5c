#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer target for the test-bbdev vector parser with clang (ASan + UBSan) and
# runs it for the given number of seconds (default 30) from a corpus seeded with the shared
# vectors when they are there. Any crash or sanitizer report fails the run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-30}
cmake -S "$root/tests/fuzz" -B "$root/build-fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-fuzz" -j "$(nproc)"
corpus="$root/build-fuzz/corpus"
mkdir -p "$corpus"
shared=${BBKIT_SHARED_DIR:-$root/../shared}
if [ -d "$shared/vectors/bbdev" ]; then
  cp -f "$shared"/vectors/bbdev/*.data "$corpus"/
fi
printf 'op_type =\nRTE_BBDEV_OP_LDPC_DEC\n\ninput0 =\n0x7F817F81, 0x52\n' > "$corpus/seed_min.data"
"$root/build-fuzz/fuzz_bbdev_parser" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$root/build-fuzz/" "$corpus" 2>&1 | tail -n 15
echo "fuzz: bbdev vector parser ran ${seconds}s without a crash"
