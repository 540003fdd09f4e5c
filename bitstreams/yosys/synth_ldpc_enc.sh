#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Synthesizes the LDPC encode datapath (bbkit_ldpc_enc_top) with Yosys, generic (synth) and AMD UltraScale+ (synth_xilinx),
# and writes the utilization reports beside this script:
#   bitstreams/yosys/synth_ldpc_enc.sh [ZMAX] [FLOWS]   (ZMAX default 384, FLOWS "generic xcup";
#   run from anywhere, uses nice)
# Reports: reports/ldpc_enc_z<ZMAX>_{generic,xcup}.txt (Yosys `stat`), one per flow.
set -euo pipefail
zmax=${1:-384}
flows=${2:-generic xcup}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/reports"
mkdir -p "$out"
srcs=$(grep -v '^//' "$root/rtl/ldpc/bbkit_ldpc_enc_top.f" | sed "s|^|$root/|" | tr '\n' ' ')
read_cmd="read_verilog -defer -sv $srcs; hierarchy -check -top bbkit_ldpc_enc_top -chparam Zmax $zmax"
for flow in $flows; do
  if [[ $flow == generic ]]; then synth="synth -top bbkit_ldpc_enc_top -flatten"; else synth="synth_xilinx -family xcup -top bbkit_ldpc_enc_top -flatten"; fi
  report="$out/ldpc_enc_z${zmax}_${flow}.txt"
  start=$(date +%s)
  nice -n "${BBKIT_NICE:-19}" yosys -q -l "$out/.ldpc_enc_z${zmax}_${flow}.log" -p "$read_cmd; $synth; tee -o $report.tmp stat" >/dev/null
  secs=$(( $(date +%s) - start ))
  {
    echo "# bbkit_ldpc_enc_top, Zmax=$zmax, encoder core one circulant per cycle, ChunkW=64, Yosys $(yosys -V | awk '{print $2}'), flow $flow ($synth)"
    echo "# regenerate: bitstreams/yosys/synth_ldpc_enc.sh $zmax $flow   (took ${secs}s on the build machine)"
    cat "$report.tmp"
  } > "$report"
  rm -f "$report.tmp" "$out/.ldpc_enc_z${zmax}_${flow}.log"
  echo "wrote $report (${secs}s)"
done
