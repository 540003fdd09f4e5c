#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The polar CLI: `vectors polar` writes files that `polar run` passes; a corrupted case fails
# the file (exit 1); bad parameters are usage errors (exit 2) naming the parameter.
set -u
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check() {  # check <expected exit> <description> <command...>
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$tmp/out" "$tmp/err"; fail=1
  else
    echo "ok: $what"
  fi
}
for sub in "polar" "polar run" "vectors polar" "bler polar"; do
  check 0 "--help $sub" "$BBKIT" $sub --help
done
check 0 "uci vectors" "$BBKIT" vectors polar --channel uci -A 19 -E 300 --cases 4 --seed 3 -o "$tmp/uci.txt"
grep -q "^# seed = 3" "$tmp/uci.txt" || { echo "FAIL: no provenance seed"; fail=1; }
check 0 "dci vectors" "$BBKIT" vectors polar --channel dci -A 40 --al 8 --rnti 0x4601 --cases 4 -o "$tmp/dci.txt"
check 0 "pbch vectors" "$BBKIT" vectors polar --channel pbch --cases 4 -o "$tmp/pbch.txt"
check 0 "run passes" "$BBKIT" polar run "$tmp/uci.txt" "$tmp/dci.txt" "$tmp/pbch.txt"
[ "$(grep -c '^PASS' "$tmp/out")" -eq 3 ] || { echo "FAIL: expected 3 PASS lines"; fail=1; }
# Flip the first coded bit of the last case.
awk 'END{} {print}' "$tmp/dci.txt" | sed '$ s/ 0/ X/; $ s/ 1/ 0/; $ s/ X/ 1/' > "$tmp/bad.txt"
check 1 "corrupted case fails" "$BBKIT" polar run "$tmp/dci.txt" "$tmp/bad.txt"
grep -q "^FAIL.*bad.txt" "$tmp/out" || { echo "FAIL: no FAIL line for the corrupted file"; fail=1; }
sed 's/^E = 864/E = 865/' "$tmp/pbch.txt" > "$tmp/badkey.txt"
check 1 "bad header fails" "$BBKIT" polar run "$tmp/badkey.txt"
grep -q "E" "$tmp/err" || { echo "FAIL: parse error does not name the key"; fail=1; }
check 2 "aggregation level 3" "$BBKIT" vectors polar --channel dci -A 40 --al 3 -o "$tmp/x.txt"
grep -q "aggregation level" "$tmp/err" || { echo "FAIL: error does not name the aggregation level"; fail=1; }
check 2 "UCI A too small" "$BBKIT" vectors polar --channel uci -A 11 -E 100 -o "$tmp/x.txt"
check 2 "E too small" "$BBKIT" vectors polar --channel uci -A 30 -E 40 -o "$tmp/x.txt"
check 2 "list size 3" "$BBKIT" polar run -L 3 "$tmp/uci.txt"
grep -q "list size" "$tmp/err" || { echo "FAIL: error does not name the list size"; fail=1; }
check 0 "bler smoke" "$BBKIT" bler polar --channel uci -A 30 -E 90 -L 2 --snr 0,4 --errors 2 --max-frames 64 --threads 1 --csv "$tmp/b.csv"
grep -q "fixed L2" "$tmp/b.csv" || { echo "FAIL: no CSV rows"; fail=1; }
if [ $fail -eq 0 ]; then echo "polar CLI: all passed"; else echo "polar CLI: failures"; fi
exit $fail
