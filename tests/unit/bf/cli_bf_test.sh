#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `bbkit bf`: help, a small report, and usage errors (exit 2) for out-of-range options.
set -u
fail=0
out=$(mktemp); err=$(mktemp)
run() {  # run <expected exit> <description> <args...>
  local want=$1 what=$2; shift 2
  "$BBKIT" "$@" >"$out" 2>"$err"
  local got=$?
  if [ "$got" -ne "$want" ]; then echo "FAIL: $what: exit $got, expected $want"; cat "$err"; fail=1; else echo "ok: $what"; fi
}
run 0 "bf --help" bf --help
run 0 "bf report --help" bf report --help
run 2 "bf without a subcommand" bf
run 0 "small report" bf report --prbs 4 --trials 2
for t in "Fixed-point apply" "64 x 16" "32 x 8" "BFP9" "BFP12" "BFP14" "correlated"; do
  grep -q "$t" "$out" || { echo "FAIL: report lacks '$t'"; fail=1; }
done
run 2 "prbs out of range" bf report --prbs 274
grep -q "prbs" "$err" || { echo "FAIL: error does not name --prbs"; fail=1; }
rm -f "$out" "$err"
exit $fail
