#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Synthesizes the LDPC decoder core (bbkit_ldpc_dec) with Yosys, generic (synth) and AMD UltraScale+ (synth_xilinx), and writes the
# utilization reports beside this script (the flow itself: synth_lib.sh):
#   bitstreams/yosys/synth_ldpc_dec.sh [ZMAX] [FLOWS] [P]   (ZMAX default 384, FLOWS "generic xcup",
#   P = Parallelism, circulants per cycle, default 1; run from anywhere; nice level BBKIT_NICE,
#   default 19)
# Reports: reports/ldpc_dec_z<ZMAX>_{generic,xcup}.txt (P = 1) or ldpc_dec_p<P>_z<ZMAX>_..., one per flow.
set -euo pipefail
source "$(dirname "$0")/synth_lib.sh"
p=${3:-1}
case $p in
  1|2|4) ;;
  *) echo "synth_ldpc_dec.sh: P (Parallelism) is $p; allowed: 1, 2 or 4" >&2; exit 2 ;;
esac
if [ "$p" = 1 ]; then
  bbkit_synth bbkit_ldpc_dec rtl/ldpc/bbkit_ldpc_dec.f ldpc_dec "one circulant per cycle (P=1)" synth_ldpc_dec.sh "${1:-384}" "${2:-generic xcup}"
else
  bbkit_synth bbkit_ldpc_dec rtl/ldpc/bbkit_ldpc_dec.f "ldpc_dec_p$p" "$p circulants per cycle (P=$p)" synth_ldpc_dec.sh \
              "${1:-384}" "${2:-generic xcup}" "Parallelism=$p"
fi
