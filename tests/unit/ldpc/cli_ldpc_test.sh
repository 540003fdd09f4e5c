#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The LDPC commands: help, a generated vector that passes, the DPDK vectors when ../shared is
# present, and invalid parameters rejected with exit 2 and the parameter named on stderr.
set -u
fail=0
tmp=$(mktemp -d)
check() {  # check <expected exit> <description> <command...>
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then echo "FAIL: $what: exit $got, expected $want"; cat "$tmp/out" "$tmp/err"; fail=1
  else echo "ok: $what"; fi
}
names() {  # names <text>: stderr must name it
  grep -q "$1" "$tmp/err" || { echo "FAIL: stderr does not name $1"; cat "$tmp/err"; fail=1; }
}
for sub in "ldpc" "ldpc run" "vectors ldpc" "bler ldpc"; do check 0 "--help $sub" "$BBKIT" $sub --help; done
check 0 "write a noisy decode vector" "$BBKIT" vectors ldpc --op dec --bg 2 --zc 56 --e 1000 --n-filler 20 --crc 24b --snr 2 -o "$tmp/dec.data"
check 0 "write an encode vector" "$BBKIT" vectors ldpc --op enc --bg 1 --zc 96 --e 3000 --qm 6 --rv 3 -o "$tmp/enc.data"
check 0 "run generated vectors" "$BBKIT" ldpc run "$tmp/dec.data" "$tmp/enc.data"
[ "$(grep -c '^PASS' "$tmp/out")" -eq 2 ] || { echo "FAIL: expected two PASS lines"; fail=1; }
if [ -n "${BBKIT_SHARED_DIR:-}" ] && [ -d "$BBKIT_SHARED_DIR/vectors/bbdev" ]; then
  check 0 "DPDK vectors pass" "$BBKIT" ldpc run "$BBKIT_SHARED_DIR"/vectors/bbdev/*.data
fi
# A corrupted expected output fails with exit 1.
sed "0,/^output0 =$/{n;s/^0x./0xF/}" "$tmp/enc.data" > "$tmp/bad.data"
cmp -s "$tmp/enc.data" "$tmp/bad.data" && sed -i "0,/^output0 =$/{n;s/^0x./0x0/}" "$tmp/bad.data"
check 1 "a wrong expected output fails" "$BBKIT" ldpc run "$tmp/bad.data"
check 2 "Zc not a lifting size" "$BBKIT" vectors ldpc --zc 100 --e 100 -o "$tmp/x.data"; names Zc
check 2 "Qm not allowed" "$BBKIT" vectors ldpc --zc 64 --e 1200 --qm 3 -o "$tmp/x.data"; names Qm
check 2 "E too small" "$BBKIT" vectors ldpc --zc 64 --e 0 -o "$tmp/x.data"; names E
check 2 "K' too large" "$BBKIT" vectors ldpc --zc 64 --e 1200 --k-prime 2000 -o "$tmp/x.data"; names "K'"
check 2 "rv out of range" "$BBKIT" vectors ldpc --zc 64 --e 1200 --rv 4 -o "$tmp/x.data"; names rv
check 2 "bler: bad modulation" "$BBKIT" bler ldpc --zc 64 --rate 0.5 --mod 32qam --snr 1 --max-frames 1
rm -rf "$tmp"
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
