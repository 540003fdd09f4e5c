// SPDX-License-Identifier: Apache-2.0
// File list of the Vitis RTL kernel bbkit_ldpc_dec (top module bbkit_ldpc_dec_kernel; paths relative to the repository root).
+incdir+rtl/common
rtl/regs/generated/bbkit_desc_pkg.sv
rtl/ldpc/bbkit_ldpc_bg_pkg.sv
rtl/common/bbkit_sdp_ram.sv
rtl/common/bbkit_cyclic_shift.sv
rtl/common/bbkit_divider.sv
rtl/common/bbkit_crc.sv
rtl/ldpc/bbkit_ldpc_dec.sv
rtl/ldpc/bbkit_ldpc_dec_check.sv
rtl/ldpc/bbkit_ldpc_rate_dematch.sv
rtl/ldpc/bbkit_ldpc_soft_buf.sv
rtl/ldpc/bbkit_ldpc_hard_out.sv
rtl/ldpc/bbkit_ldpc_harq_out.sv
rtl/ldpc/bbkit_ldpc_dec_top.sv
rtl/regs/generated/bbkit_ldpc_dec_regs_pkg.sv
rtl/regs/generated/bbkit_ldpc_dec_regs.sv
rtl/common/bbkit_fifo.sv
rtl/common/bbkit_axi_rd.sv
rtl/common/bbkit_axi_wr.sv
rtl/common/bbkit_stream_wr.sv
rtl/common/bbkit_batch_engine.sv
rtl/common/bbkit_kernel_ctrl.sv
rtl/ldpc/bbkit_ldpc_dec_shell.sv
rtl/ldpc/bbkit_ldpc_dec_kernel.sv
