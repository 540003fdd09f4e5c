#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets everything up and runs the default test suite: every CTest label but `slow` on the
# default build, the unit tests again under ASan + UBSan (Verilator off there: unoptimized
# Verilated cores take far longer to build than they are worth in a pass that runs no rtl test),
# and a short fuzz run of the vector
# parser. The exit status is non-zero if any of them fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
jobs=$(nproc)

cmake --preset default >/dev/null
cmake --build --preset default -j "$jobs"
ctest --preset default -j "$jobs"

bash scripts/fuzz.sh 30

cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
