// SPDX-License-Identifier: Apache-2.0
// File list of the Vitis RTL kernel bbkit_ldpc_enc (top module bbkit_ldpc_enc_kernel; paths relative to the repository root).
+incdir+rtl/common
rtl/regs/generated/bbkit_desc_pkg.sv
rtl/ldpc/bbkit_ldpc_bg_pkg.sv
rtl/common/bbkit_sdp_ram.sv
rtl/common/bbkit_cyclic_shift.sv
rtl/common/bbkit_divider.sv
rtl/ldpc/bbkit_ldpc_enc_desc_check.sv
rtl/ldpc/bbkit_ldpc_enc_in_unpack.sv
rtl/common/bbkit_crc.sv
rtl/ldpc/bbkit_ldpc_enc_crc_attach.sv
rtl/ldpc/bbkit_ldpc_enc_col_assemble.sv
rtl/ldpc/bbkit_ldpc_enc.sv
rtl/ldpc/bbkit_ldpc_enc_rate_match.sv
rtl/ldpc/bbkit_ldpc_enc_out_pack.sv
rtl/ldpc/bbkit_ldpc_enc_top.sv
rtl/regs/generated/bbkit_ldpc_enc_regs_pkg.sv
rtl/regs/generated/bbkit_ldpc_enc_regs.sv
rtl/common/bbkit_fifo.sv
rtl/common/bbkit_axi_rd.sv
rtl/common/bbkit_axi_wr.sv
rtl/common/bbkit_stream_wr.sv
rtl/common/bbkit_batch_engine.sv
rtl/common/bbkit_kernel_ctrl.sv
rtl/ldpc/bbkit_ldpc_enc_shell.sv
rtl/ldpc/bbkit_ldpc_enc_kernel.sv
