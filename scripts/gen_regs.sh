#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates every file the card contract drives (docs/card-contract.md): from the SystemRDL
# register maps (rtl/regs/*.rdl) and the descriptor (rtl/regs/bbkit_desc.toml), the SV register
# blocks and packages, the C/C++ headers, the Markdown reference and the Vitis kernel.xml.
# Usage: scripts/gen_regs.sh [--out DIR]   (default: write into the repository)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
py=${BBKIT_PYTHON:-$root/.venv/bin/python}
"$py" "$root/scripts/gen_regs.py" "$@"
"$py" "$root/scripts/gen_desc.py" "$@"
