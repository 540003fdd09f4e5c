#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds bbkit.xclbin for an Alveo card with Vitis: packages each RTL kernel (package_kernel.tcl)
# and links them with the generated connectivity.
#   PLATFORM=xilinx_u280_gen3x16_xdma_1_202211_1 MEMORY=hbm bitstreams/vitis/build.sh [outdir]
# MEMORY is hbm (U50/U55C/U280) or ddr (U200/U250). Needs vivado and v++ on PATH (source the
# Vitis settings64.sh) and the RTL kernel tops (rtl/ldpc/<kernel>_kernel.f). See README.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mkdir -p "${1:-build-vitis}" && cd "${1:-build-vitis}" && pwd)
: "${PLATFORM:?set PLATFORM to the Vitis platform name or .xpfm path}"
memory=${MEMORY:-hbm}
cfg="$here/generated/link_$memory.cfg"
[ -f "$cfg" ] || { echo "build.sh: no link config for MEMORY=$memory ($cfg)" >&2; exit 2; }
for tool in vivado v++; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool not on PATH (source Vitis settings64.sh)" >&2; exit 2; }
done
cd "$out"
xos=()
for kernel in bbkit_ldpc_dec bbkit_ldpc_enc; do
  vivado -mode batch -nojournal -log "package_$kernel.log" -source "$here/package_kernel.tcl" \
         -tclargs "$kernel" "$out/$kernel.xo"
  xos+=("$out/$kernel.xo")
done
v++ --link --target hw --platform "$PLATFORM" --config "$cfg" --save-temps -o "$out/bbkit.xclbin" "${xos[@]}"
echo "build.sh: $out/bbkit.xclbin; check it with: bbkit xclbin info $out/bbkit.xclbin"
