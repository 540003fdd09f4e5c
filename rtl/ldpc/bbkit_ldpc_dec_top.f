// SPDX-License-Identifier: Apache-2.0
// File list of the LDPC decode datapath (paths relative to the repository root).
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
