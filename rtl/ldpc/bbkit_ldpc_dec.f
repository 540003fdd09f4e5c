// SPDX-License-Identifier: Apache-2.0
// File list of the LDPC decoder core (paths relative to the repository root).
rtl/ldpc/bbkit_ldpc_bg_pkg.sv
rtl/common/bbkit_sdp_ram.sv
rtl/common/bbkit_cyclic_shift.sv
rtl/ldpc/bbkit_ldpc_dec.sv
