#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Synthesizes the LDPC decode datapath (bbkit_ldpc_dec_top) with Yosys, generic (synth) and AMD UltraScale+ (synth_xilinx), and writes the
# utilization reports beside this script (the flow itself: synth_lib.sh):
#   bitstreams/yosys/synth_ldpc_dec_top.sh [ZMAX] [FLOWS]   (ZMAX default 384, FLOWS "generic xcup"; run from
#   anywhere; nice level BBKIT_NICE, default 19)
# Reports: reports/ldpc_dec_top_z<ZMAX>_{generic,xcup}.txt (Yosys `stat`), one per flow.
set -euo pipefail
source "$(dirname "$0")/synth_lib.sh"
bbkit_synth bbkit_ldpc_dec_top rtl/ldpc/bbkit_ldpc_dec_top.f ldpc_dec_top "decoder core one circulant per cycle (P=1), MaxIter=100" synth_ldpc_dec_top.sh "${1:-384}" "${2:-generic xcup}"
