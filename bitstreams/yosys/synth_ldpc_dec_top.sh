#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Synthesizes the LDPC decode datapath (bbkit_ldpc_dec_top) with Yosys, generic (synth) and AMD UltraScale+ (synth_xilinx),
# and writes the utilization reports beside this script:
#   bitstreams/yosys/synth_ldpc_dec_top.sh [ZMAX] [FLOWS]   (ZMAX default 384, FLOWS "generic xcup";
#   run from anywhere, uses nice: BBKIT_NICE, default 19)
# Reports: reports/ldpc_dec_top_z<ZMAX>_{generic,xcup}.txt (Yosys `stat`), one per flow.
set -euo pipefail
zmax=${1:-384}
flows=${2:-generic xcup}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/reports"
mkdir -p "$out"
srcs=$(grep -v '^//' "$root/rtl/ldpc/bbkit_ldpc_dec_top.f" | sed "s|^|$root/|" | tr '\n' ' ')
read_cmd="read_verilog -defer -sv $srcs; hierarchy -check -top bbkit_ldpc_dec_top -chparam Zmax $zmax"
for flow in $flows; do
  if [[ $flow == generic ]]; then synth="synth -top bbkit_ldpc_dec_top -flatten"; else synth="synth_xilinx -family xcup -top bbkit_ldpc_dec_top -flatten"; fi
  report="$out/ldpc_dec_top_z${zmax}_${flow}.txt"
  start=$(date +%s)
  nice -n "${BBKIT_NICE:-19}" yosys -t -q -l "$out/.ldpc_dec_top_z${zmax}_${flow}.log" -p "$read_cmd; $synth; tee -o $report.tmp stat" >/dev/null
  secs=$(( $(date +%s) - start ))
  {
    echo "# bbkit_ldpc_dec_top, Zmax=$zmax, decoder core one circulant per cycle (P=1), MaxIter=100, Yosys $(yosys -V | awk '{print $2}'), flow $flow ($synth)"
    echo "# regenerate: bitstreams/yosys/synth_ldpc_dec_top.sh $zmax $flow   (took ${secs}s on the build machine)"
    sed -E 's/^\[[0-9.]+\] ?//' "$report.tmp"  # the log timestamps (-t) off
  } > "$report"
  rm -f "$report.tmp"; mv "$out/.ldpc_dec_top_z${zmax}_${flow}.log" "${TMPDIR:-/tmp}/ldpc_dec_top_z${zmax}_${flow}.log"  # timestamped Yosys log, per pass
  echo "wrote $report (${secs}s)"
done
