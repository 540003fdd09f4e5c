// SPDX-License-Identifier: Apache-2.0
// File list of the Vitis RTL kernel bbkit_ldpc_dec (top module bbkit_ldpc_dec_kernel; paths relative to the repository root):
// the datapath's list, then bbkit_ldpc_dec_shell.f's files but the card-contract package that the
// datapath's list names already (Verilator stops on a file listed twice).
-f rtl/ldpc/bbkit_ldpc_dec_top.f
rtl/regs/generated/bbkit_ldpc_dec_regs_pkg.sv
rtl/regs/generated/bbkit_ldpc_dec_regs.sv
-f rtl/common/bbkit_kernel_ctrl.f
rtl/ldpc/bbkit_ldpc_dec_shell.sv
rtl/ldpc/bbkit_ldpc_dec_kernel.sv
