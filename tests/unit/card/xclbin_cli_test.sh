#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `bbkit xclbin`: write and info succeed on the kit's own file; a truncated, a foreign and a
# missing file fail with exit 1 and an error naming the problem; usage errors exit 2.
set -u
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # check <expected exit> <description> <command...>
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then echo "FAIL: $what: exit $got, expected $want"; cat "$tmp/err"; fail=1
  else echo "ok: $what"; fi
}
expect_err() { grep -q "$1" "$tmp/err" || { echo "FAIL: stderr lacks '$1':"; cat "$tmp/err"; fail=1; }; }
check 0 "--help" "$BBKIT" xclbin --help
check 2 "no subcommand" "$BBKIT" xclbin
check 0 "write" "$BBKIT" xclbin write "$tmp/k.xclbin"
check 0 "info" "$BBKIT" xclbin info "$tmp/k.xclbin"
grep -q "contract: ok" "$tmp/out" || { echo "FAIL: info does not confirm the contract"; fail=1; }
head -c 1000 "$tmp/k.xclbin" >"$tmp/short.xclbin"
check 1 "truncated" "$BBKIT" xclbin info "$tmp/short.xclbin"; expect_err "m_length"
printf 'not an xclbin at all, just some text that is long enough to hold a header......%0400d' 0 >"$tmp/text.xclbin"
check 1 "bad magic" "$BBKIT" xclbin info "$tmp/text.xclbin"; expect_err "m_magic"
check 1 "missing file" "$BBKIT" xclbin info "$tmp/none.xclbin"; expect_err "none.xclbin: cannot open"
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
