# SPDX-License-Identifier: Apache-2.0
# Reads a kernel recipe (hls/ldpc/recipe/<name>.json) into a Tcl dict: the same file CMake's
# native C-simulation build reads, so Vitis and the native build compile the same sources with
# the same include directories and flags. The recipe format is flat: string values and arrays
# of strings, which is all this reader accepts (Vitis's Tcl has no JSON package).
proc bbkit_read_recipe {path} {
  set f [open $path r]
  set text [read $f]
  close $f
  set recipe [dict create]
  foreach {all key body} [regexp -all -inline {"([A-Za-z_]+)"\s*:\s*\[([^\]]*)\]} $text] {
    set items {}
    foreach {m item} [regexp -all -inline {"([^"]*)"} $body] {
      lappend items $item
    }
    dict set recipe $key $items
  }
  foreach {all key value} [regexp -all -inline {"([A-Za-z_]+)"\s*:\s*"([^"]*)"} $text] {
    dict set recipe $key $value
  }
  foreach key {name top sources include_dirs cflags testbench testbench_include_dirs clock_period_ns part} {
    if {![dict exists $recipe $key]} {
      error "recipe $path: missing \"$key\""
    }
  }
  return $recipe
}

# Absolute paths of the recipe's array `key`, relative to the kernel directory `base`.
proc bbkit_recipe_paths {recipe key base} {
  set out {}
  foreach p [dict get $recipe $key] {
    lappend out [file normalize [file join $base $p]]
  }
  return $out
}

# Compiler flags of the kernel (cflags + -I include_dirs) and of the testbench (+ its dirs).
proc bbkit_recipe_cflags {recipe base {testbench 0}} {
  set flags [dict get $recipe cflags]
  set dirs [bbkit_recipe_paths $recipe include_dirs $base]
  if {$testbench} {
    set dirs [concat $dirs [bbkit_recipe_paths $recipe testbench_include_dirs $base]]
  }
  foreach d $dirs {
    lappend flags "-I$d"
  }
  return [join $flags " "]
}
