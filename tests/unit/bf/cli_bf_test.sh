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
vec=$(mktemp)
run 0 "vectors bf write" vectors bf write --out "$vec" --antennas 8 --layers 2 --prbs 2 --symbols 1 --count 3
run 0 "vectors bf check" vectors bf check "$vec"
# flip the last output word: the check must fail and say which case
last=$(tail -n 1 "$vec" | cut -c1-8)
sed -i '$ s/^'"$last"'/'"$( [ "$last" = 00000000 ] && echo 00000001 || echo 00000000 )"'/' "$vec"
run 1 "vectors bf check detects a wrong output" vectors bf check "$vec"
grep -q "case 2" "$err" || { echo "FAIL: mismatch does not name the case"; fail=1; }
run 2 "vectors bf write rejects 65 antennas" vectors bf write --out "$vec" --antennas 65
grep -q "antennas" "$err" || { echo "FAIL: error does not name antennas"; fail=1; }
rm -f "$out" "$err" "$vec"
exit $fail
