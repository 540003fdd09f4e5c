#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The CLI contract: 0 ok, 1 failure, 2 usage; --help on every subcommand; errors on stderr.
set -u
fail=0
check() {  # check <expected exit> <description> <command...>
  local want=$1 what=$2; shift 2
  "$@" >/tmp/bbkit_cli_out.$$ 2>/tmp/bbkit_cli_err.$$
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat /tmp/bbkit_cli_err.$$; fail=1
  else
    echo "ok: $what"
  fi
}
check 0 "info" "$BBKIT" info
grep -q "bbkit" /tmp/bbkit_cli_out.$$ || { echo "FAIL: info prints no version"; fail=1; }
for sub in "" info demo crc vectors "vectors check"; do
  check 0 "--help $sub" "$BBKIT" $sub --help
done
check 2 "no subcommand" "$BBKIT"
check 2 "unknown subcommand" "$BBKIT" frobnicate
check 2 "unknown option" "$BBKIT" info --bogus
check 2 "bad CRC type names the parameter" "$BBKIT" crc --type crc32 0101
grep -q "crc" /tmp/bbkit_cli_err.$$ || { echo "FAIL: error does not name the parameter"; fail=1; }
check 0 "crc" "$BBKIT" crc --type crc24a 0101
bad=$(mktemp); printf 'op_type =\nRTE_BBDEV_OP_LDPC_DEC\ninput0 =\n0x123\n' > "$bad"
check 1 "malformed vector fails" "$BBKIT" vectors check "$bad"
grep -q "input0" /tmp/bbkit_cli_err.$$ || { echo "FAIL: vector error does not name the key"; fail=1; }
check 0 "demo" "$BBKIT" demo --blocks 20
rm -f "$bad" /tmp/bbkit_cli_out.$$ /tmp/bbkit_cli_err.$$
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
