// SPDX-License-Identifier: Apache-2.0
// File list of the LDPC encode datapath (paths relative to the repository root).
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
