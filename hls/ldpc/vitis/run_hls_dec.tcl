# SPDX-License-Identifier: Apache-2.0
# The decoder kernel's HLS project: vitis_hls -f run_hls_dec.tcl (all steps; see run_hls.tcl).
set argv [list bbkit_ldpc_dec]
source [file join [file dirname [file normalize [info script]]] run_hls.tcl]
