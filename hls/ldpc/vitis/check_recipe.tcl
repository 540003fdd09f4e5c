# SPDX-License-Identifier: Apache-2.0
# Prints what run_hls.tcl would hand to Vitis for one recipe (top, files, flags), one item per
# line; the CTest hls.vitis_recipe.* compares it with CMake's reading of the same recipe, so the
# Tcl reader and the native build cannot drift apart. tclsh check_recipe.tcl <recipe.json>
set here [file dirname [file normalize [info script]]]
source [file join $here recipe.tcl]
set path [file normalize [lindex $argv 0]]
set base [file dirname [file dirname $path]]
set r [bbkit_read_recipe $path]
puts "top=[dict get $r top]"
foreach s [bbkit_recipe_paths $r sources $base] { puts "source=$s" }
foreach s [bbkit_recipe_paths $r testbench $base] { puts "testbench=$s" }
puts "cflags=[bbkit_recipe_cflags $r $base]"
puts "tb_cflags=[bbkit_recipe_cflags $r $base 1]"
puts "clock=[dict get $r clock_period_ns]"
puts "part=[dict get $r part]"
