# SPDX-License-Identifier: Apache-2.0
# Vitis HLS project for one bbkit LDPC kernel, from its recipe (../recipe/<kernel>.json):
# C simulation, synthesis, C/RTL co-simulation and export of the .xo for v++.
#
#   vitis_hls -f run_hls.tcl -tclargs <kernel> [steps]
#     kernel  bbkit_ldpc_enc | bbkit_ldpc_dec | bbkit_ldpc_dec_axis (a recipe in ../recipe)
#     steps   comma list of csim,csynth,cosim,export (default: csim,csynth,cosim,export)
#   Environment: BBKIT_PART overrides the recipe's part (default xcu250-figd2104-2L-e, Alveo
#   U250); BBKIT_CLOCK_NS overrides the clock period (default 3.33 ns, 300 MHz).
#
# NOT RUN in the bbkit development environment (no Vitis there): see hls/README.md.
set here [file dirname [file normalize [info script]]]
source [file join $here recipe.tcl]
set kernel_dir [file normalize [file join $here ..]]

if {[llength $argv] < 1} {
  error "usage: vitis_hls -f run_hls.tcl -tclargs <kernel> \[csim,csynth,cosim,export\]"
}
set name [lindex $argv 0]
set steps [split [expr {[llength $argv] > 1 ? [lindex $argv 1] : "csim,csynth,cosim,export"}] ","]
set recipe [bbkit_read_recipe [file join $kernel_dir recipe $name.json]]

set part [dict get $recipe part]
if {[info exists ::env(BBKIT_PART)]} { set part $::env(BBKIT_PART) }
set clock [dict get $recipe clock_period_ns]
if {[info exists ::env(BBKIT_CLOCK_NS)]} { set clock $::env(BBKIT_CLOCK_NS) }

open_project -reset [file join build $name]
set_top [dict get $recipe top]
foreach src [bbkit_recipe_paths $recipe sources $kernel_dir] {
  add_files $src -cflags [bbkit_recipe_cflags $recipe $kernel_dir]
}
foreach tb [bbkit_recipe_paths $recipe testbench $kernel_dir] {
  add_files -tb $tb -cflags [bbkit_recipe_cflags $recipe $kernel_dir 1]
}
open_solution -reset solution1 -flow_target vitis
set_part $part
create_clock -period $clock -name default
# -flow_target vitis: s_axilite control (ap_ctrl_hs) and 64-bit m_axi addresses, as v++ expects.

set tb_args [join [dict get $recipe testbench_args] " "]
if {[lsearch $steps csim] >= 0}   { csim_design -argv $tb_args }
if {[lsearch $steps csynth] >= 0} { csynth_design }
if {[lsearch $steps cosim] >= 0}  { cosim_design -argv $tb_args -trace_level none }
if {[lsearch $steps export] >= 0} { export_design -format xo -output [file join build $name.xo] }
exit
