# SPDX-License-Identifier: Apache-2.0
# The encoder kernel's HLS project: vitis_hls -f run_hls_enc.tcl (all steps; see run_hls.tcl).
set argv [list bbkit_ldpc_enc]
source [file join [file dirname [file normalize [info script]]] run_hls.tcl]
