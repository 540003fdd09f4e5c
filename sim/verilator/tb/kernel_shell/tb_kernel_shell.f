// SPDX-License-Identifier: Apache-2.0
// The decoder kernel shell with the testbench loopback datapath (paths relative to the repository root).
-f rtl/ldpc/bbkit_ldpc_dec_shell.f
sim/verilator/tb/kernel_shell/tb_loopback_datapath.sv
sim/verilator/tb/kernel_shell/tb_kernel_shell_top.sv
