// SPDX-License-Identifier: Apache-2.0
// File list of the LDPC encoder kernel shell: register block, batch engine, AXI engines (paths relative to the repository root).
rtl/regs/generated/bbkit_desc_pkg.sv
rtl/regs/generated/bbkit_ldpc_enc_regs_pkg.sv
rtl/regs/generated/bbkit_ldpc_enc_regs.sv
-f rtl/common/bbkit_kernel_ctrl.f
rtl/ldpc/bbkit_ldpc_enc_shell.sv
