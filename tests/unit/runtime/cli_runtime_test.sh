#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `bbkit ldpc run --device` and `bbkit info` through the host runtime: vectors pass on cpu and
# on sim (the Verilated RTL kernels, when built: BBKIT_SIM_BUILT=ON) with a summary; a device
# that cannot open fails with exit 1 and says why; on XRT's noop shim the
# flow runs but every op fails, because nothing computes there.
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
says() {  # says <file> <text>
  grep -q -- "$2" "$tmp/$1" || { echo "FAIL: $1 does not say '$2'"; cat "$tmp/$1"; fail=1; }
}
check 0 "info" "$BBKIT" info
says out "^cpu  *yes"; says out "^sim "; says out "^xrt:<index> "
check 0 "info --device cpu" "$BBKIT" info --device cpu
says out "LLR format  *8 bits, 2 fractional"; says out "kernels  *LDPC_DEC, LDPC_ENC"
if [ "${BBKIT_SIM_BUILT:-OFF}" = ON ]; then
  check 0 "info --device sim" "$BBKIT" info --device sim
  says out "kernels  *LDPC_DEC, LDPC_ENC"
else
  check 1 "info --device sim" "$BBKIT" info --device sim; says err "without Verilator"
fi
check 0 "write a decode vector" "$BBKIT" vectors ldpc --op dec --bg 2 --zc 56 --e 1000 --n-filler 20 --crc 24b --snr 2 -o "$tmp/dec.data"
check 0 "write an encode vector" "$BBKIT" vectors ldpc --op enc --bg 1 --zc 96 --e 3000 --qm 6 --rv 3 -o "$tmp/enc.data"
check 0 "run on cpu" "$BBKIT" ldpc run --device cpu "$tmp/dec.data" "$tmp/enc.data"
[ "$(grep -c '^PASS' "$tmp/out")" -eq 2 ] || { echo "FAIL: expected two PASS lines"; cat "$tmp/out"; fail=1; }
says out "2 passed, 0 failed on cpu"
if [ -n "${BBKIT_SHARED_DIR:-}" ] && [ -d "$BBKIT_SHARED_DIR/vectors/bbdev" ]; then
  check 0 "DPDK vectors on cpu" "$BBKIT" ldpc run --device cpu "$BBKIT_SHARED_DIR"/vectors/bbdev/*.data
  says out "5 passed, 0 failed on cpu"
fi
check 1 "unknown device" "$BBKIT" ldpc run --device gpu "$tmp/dec.data"; says err "no device 'gpu'"
if [ "${BBKIT_SIM_BUILT:-OFF}" = ON ]; then
  check 0 "run on sim (the Verilated kernels)" "$BBKIT" ldpc run --device sim "$tmp/dec.data" "$tmp/enc.data"
  [ "$(grep -c '^PASS' "$tmp/out")" -eq 2 ] || { echo "FAIL: expected two PASS lines on sim"; cat "$tmp/out"; fail=1; }
  says out "2 passed, 0 failed on sim"
  check 1 "a device name with a stray index" "$BBKIT" ldpc run --device sim:3 "$tmp/dec.data"; says err "no index"
fi
check 1 "xrt without xclbin" "$BBKIT" ldpc run --device xrt:0 "$tmp/dec.data"; says err "xclbin"
if "$BBKIT" xclbin write "$tmp/k.xclbin" >/dev/null 2>&1 && [ -n "${XILINX_XRT:-}" ]; then
  check 1 "xrt on the noop shim: flow runs, nothing computed" \
    env XCL_EMULATION_MODE=noop "$BBKIT" ldpc run --device xrt:0 --xclbin "$tmp/k.xclbin" "$tmp/dec.data" "$tmp/enc.data"
  says out "computes nothing"
fi
rm -rf "$tmp"
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
