# SPDX-License-Identifier: Apache-2.0
# Packages one bbkit RTL kernel as a Vitis .xo (Vivado batch mode):
#   vivado -mode batch -source package_kernel.tcl -tclargs <kernel> <out.xo> [part]
# <kernel> is bbkit_ldpc_dec or bbkit_ldpc_enc. Its RTL comes from the file list
# rtl/ldpc/<kernel>_kernel.f (read by scripts/rtl_filelist.py: python3 must be on PATH), the top module is
# <kernel>_kernel (the name <kernel> belongs to the decoder core), packaged as an IP named
# <kernel>, and kernel.xml is generated from the register map
# (bitstreams/vitis/generated/<kernel>.xml, scripts/gen_regs.sh). See README.md.
if {[llength $argv] < 2} {
  error "usage: vivado -mode batch -source package_kernel.tcl -tclargs <kernel> <out.xo> \[part\]"
}
set kernel  [lindex $argv 0]
set xo_path [file normalize [lindex $argv 1]]
# The part only steers IP packaging checks; the v++ link targets the platform's part.
set part    [expr {[llength $argv] > 2 ? [lindex $argv 2] : "xcu280-fsvh2892-2L-e"}]

set here [file normalize [file dirname [info script]]]
set root [file normalize "$here/../.."]
set kernel_xml "$here/generated/$kernel.xml"
set filelist   "$root/rtl/ldpc/${kernel}_kernel.f"
foreach f [list $kernel_xml $filelist] {
  if {![file exists $f]} { error "bbkit: $f is missing (kernel '$kernel': see bitstreams/vitis/README.md)" }
}

# The sources in the list's order and its include folders, as scripts/rtl_filelist.py reads the list.
set rel_list [string range $filelist [expr {[string length $root] + 1}] end]
set sources [split [string trim [exec python3 $root/scripts/rtl_filelist.py expand --root $root $rel_list]] "\n"]
set incdirs [split [string trim [exec python3 $root/scripts/rtl_filelist.py incdirs --root $root $rel_list]] "\n"]
if {$incdirs eq {""}} { set incdirs {} }

set work [file normalize "./bbkit_pack_$kernel"]
file delete -force $work
create_project -force pack_$kernel $work -part $part
add_files -norecurse $sources
# The `include headers (bbkit_axi_ports.svh) of each +incdir+ folder go into the project, so
# -import_files packages them with the IP, and the folders onto the include path.
foreach dir $incdirs {
  set headers [glob -nocomplain -directory $dir *.svh *.vh]
  if {[llength $headers] > 0} {
    add_files -norecurse $headers
    set_property file_type {Verilog Header} [get_files $headers]
  }
}
if {[llength $incdirs] > 0} { set_property include_dirs $incdirs [current_fileset] }
set_property top ${kernel}_kernel [current_fileset]
update_compile_order -fileset sources_1

ipx::package_project -root_dir "$work/ip" -vendor bbkit -library kernel -taxonomy /KernelIP \
  -import_files -set_current false
ipx::unload_core "$work/ip/component.xml"
ipx::edit_ip_in_project -upgrade true -name edit_$kernel -directory "$work/edit" "$work/ip/component.xml"
set core [ipx::current_core]
set_property name $kernel $core
set_property version 1.0 $core
set_property core_revision 1 $core

# Every AXI interface runs on ap_clk; ap_rst_n is its active-low reset (Vitis RTL-kernel rules).
foreach busif [ipx::get_bus_interfaces -of_objects $core] {
  set name [get_property name $busif]
  if {[string match "m_axi_*" $name] || $name eq "s_axi_control"} {
    ipx::associate_bus_interfaces -busif $name -clock ap_clk $core
  }
}
# The control space is 4 KiB, as in kernel.xml and the register map.
set regs [ipx::get_address_blocks -of_objects [ipx::get_memory_maps s_axi_control -of_objects $core]]
set_property range 4096 $regs

set_property sdx_kernel true $core
set_property sdx_kernel_type rtl $core
set_property ipi_drc {ignore_freq_hz true} $core
set_property vitis_drc {ctrl_protocol ap_ctrl_hs} $core
ipx::update_checksums $core
ipx::check_integrity -kernel $core
ipx::save_core $core
close_project -delete

file delete -force $xo_path
package_xo -xo_path $xo_path -kernel_name $kernel -ip_directory "$work/ip" -kernel_xml $kernel_xml
puts "bbkit: packaged $kernel into $xo_path"
