#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when the committed generated files differ from what scripts/gen_regs.sh produces now
# (OpenTitan's check-generated idea): regenerates into a temporary folder and compares every
# generated folder, so an edited, missing or stale generated file is reported by name.
# Exit 0 same, 1 different, 77 generator not installed (run scripts/setup.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
py=${BBKIT_PYTHON:-$root/.venv/bin/python}
if ! "$py" -c "import peakrdl_regblock, peakrdl_cheader, peakrdl_markdown" 2>/dev/null; then
  echo "check_generated: PeakRDL is not installed for $py (run scripts/setup.sh)"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
BBKIT_PYTHON="$py" bash "$root/scripts/gen_regs.sh" --out "$tmp"
status=0
for dir in rtl/regs/generated host/include/bbkit/card/generated docs/registers bitstreams/vitis/generated; do
  if ! diff -r "$tmp/$dir" "$root/$dir" >"$tmp/diff.txt"; then
    echo "check_generated: $dir differs from the regenerated files (run scripts/gen_regs.sh and commit):"
    head -40 "$tmp/diff.txt"; status=1
  fi
done
[ $status -eq 0 ] && echo "check_generated: all generated files are up to date"
exit $status
