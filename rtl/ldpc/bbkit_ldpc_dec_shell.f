// SPDX-License-Identifier: Apache-2.0
// File list of the LDPC decoder kernel shell: register block, batch engine, AXI engines (paths relative to the repository root).
+incdir+rtl/common
rtl/regs/generated/bbkit_desc_pkg.sv
rtl/regs/generated/bbkit_ldpc_dec_regs_pkg.sv
rtl/regs/generated/bbkit_ldpc_dec_regs.sv
rtl/common/bbkit_fifo.sv
rtl/common/bbkit_axi_rd.sv
rtl/common/bbkit_axi_wr.sv
rtl/common/bbkit_stream_wr.sv
rtl/common/bbkit_batch_engine.sv
rtl/common/bbkit_kernel_ctrl.sv
rtl/ldpc/bbkit_ldpc_dec_shell.sv
