// SPDX-License-Identifier: Apache-2.0
// File list of the Vitis RTL kernel bbkit_ldpc_enc (top module bbkit_ldpc_enc_kernel; paths relative to the repository root):
// the datapath's list, then bbkit_ldpc_enc_shell.f's files but the card-contract package that the
// datapath's list names already (Verilator stops on a file listed twice).
-f rtl/ldpc/bbkit_ldpc_enc_top.f
rtl/regs/generated/bbkit_ldpc_enc_regs_pkg.sv
rtl/regs/generated/bbkit_ldpc_enc_regs.sv
-f rtl/common/bbkit_kernel_ctrl.f
rtl/ldpc/bbkit_ldpc_enc_shell.sv
rtl/ldpc/bbkit_ldpc_enc_kernel.sv
