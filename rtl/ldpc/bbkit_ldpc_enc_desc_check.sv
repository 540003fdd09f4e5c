// SPDX-License-Identifier: Apache-2.0
// Descriptor check of an LDPC encode op: the encode branch of check_ldpc_desc() in
// host/src/runtime/ldpc_exec.cpp, in its order of checks, and the code parameters it derives.
//
// Combinational. op_type is the shell's check (BAD_OP_TYPE); everything after it is here:
// basegraph -> Zc (a 38.212 lifting size <= Zmax) -> op_flags (only CRC attach and RATE_MATCH, at
// most one CRC type, RATE_MATCH set) -> iter_max = 0 -> the rate-matching parameters of
// derive_code_params (K' in [2Zc+1, K], Qm in {1,2,4,6,8,10}, E in [Qm, 2^22] and a multiple of
// Qm, rv <= 3, Ncb 0 or in [K-2Zc, N]) -> K' > CRC length (all BAD_RATE_MATCH) -> in_len =
// ceil((K'-CRC)/8) and out_cap >= ceil(E/8) (BAD_LENGTH).
`default_nettype none

module bbkit_ldpc_enc_desc_check #(
  parameter int unsigned Zmax = 384  // largest lifting size served, 2..384
) (
  input  wire bbkit_desc_pkg::ldpc_desc_t desc_i,
  output      logic [7:0]                 error_code_o,  // bbkit_desc_pkg::error_code_e
  // derived code parameters, meaningful when error_code_o is NONE
  output      logic [1:0]                 crc_sel_o,     // 0 none, 1 CRC24A, 2 CRC24B, 3 CRC16
  output      logic [4:0]                 crc_len_o,     // 0, 24 or 16
  output      logic [13:0]                k_o,           // K = 22 Zc or 10 Zc
  output      logic [13:0]                k_prime_o,     // K' = K - F
  output      logic [14:0]                n_cb_o,        // Ncb (N when the descriptor gives 0)
  output      logic [13:0]                payload_bits_o // K' - CRC length: the input bits
);

  // Parameter legality, checked at elaboration (simulation; synthesis defines SYNTHESIS).
`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
  end
`endif

  localparam int unsigned FlagCrc24a = bbkit_desc_pkg::LdpcOpFlagsCrc24aAttach;
  localparam int unsigned FlagCrc24b = bbkit_desc_pkg::LdpcOpFlagsCrc24bAttach;
  localparam int unsigned FlagCrc16 = bbkit_desc_pkg::LdpcOpFlagsCrc16Attach;
  localparam int unsigned FlagRm = bbkit_desc_pkg::LdpcOpFlagsRateMatch;

  logic unused_fields;  // addresses, tag and HARQ fields are the shell's or unused by encode
  assign unused_fields = ^{desc_i.op_type, desc_i.tag, desc_i.in_addr, desc_i.out_addr, desc_i.harq_in_addr,
                           desc_i.harq_in_len, desc_i.harq_out_addr, desc_i.harq_out_cap, desc_i.reserved0};

  logic [31:0] flags, allowed;
  assign flags = desc_i.op_flags;
  always_comb begin
    allowed = '0;
    allowed[FlagCrc24a] = 1'b1;
    allowed[FlagCrc24b] = 1'b1;
    allowed[FlagCrc16] = 1'b1;
    allowed[FlagRm] = 1'b1;
  end

  // Zc: one of the 51 lifting sizes and within this build.
  logic zc_ok;
  assign zc_ok = desc_i.z_c[15:9] == '0 && bbkit_ldpc_bg_pkg::lifting_set(desc_i.z_c[8:0]) != 4'd8 &&
                 32'(desc_i.z_c) <= Zmax;

  // Code shape (valid once basegraph and Zc passed).
  logic bg1;
  logic [8:0] zc;
  logic [13:0] k, k_min_ncb, two_zc;
  logic [14:0] n;
  assign bg1 = desc_i.basegraph == 8'd1;
  assign zc = desc_i.z_c[8:0];
  assign k = bg1 ? 14'(zc * 22) : 14'(zc * 10);
  assign n = bg1 ? 15'(zc * 66) : 15'(zc * 50);
  assign two_zc = 14'({zc, 1'b0});
  assign k_min_ncb = k - two_zc;  // K - 2Zc: Ncb must hold every non-filler information bit

  // CRC type chosen for attachment.
  logic [1:0] crc_sel;
  logic [4:0] crc_len;
  always_comb begin
    if (flags[FlagCrc24a]) begin crc_sel = 2'd1; crc_len = 5'd24; end
    else if (flags[FlagCrc24b]) begin crc_sel = 2'd2; crc_len = 5'd24; end
    else if (flags[FlagCrc16]) begin crc_sel = 2'd3; crc_len = 5'd16; end
    else begin crc_sel = 2'd0; crc_len = 5'd0; end
  end
  logic two_crcs;
  assign two_crcs = (32'(flags[FlagCrc24a]) + 32'(flags[FlagCrc24b]) + 32'(flags[FlagCrc16])) > 1;

  // E mod Qm for Qm = 6 and 10 without a divider: 4 = 1 (mod 3) and 16 = 1 (mod 5), so the
  // residue of E is that of the sum of its base-4 (mod 3) or base-16 (mod 5) digits.
  logic [22:0] e23;
  logic [23:0] e24;  // whole digits
  assign e23 = desc_i.e[22:0];
  assign e24 = {1'b0, e23};
  logic [5:0] sum4;
  logic [6:0] sum16;
  always_comb begin
    sum4 = '0;
    for (int i = 0; i < 12; i++) sum4 += 6'(e24[2*i +: 2]);
    sum16 = '0;
    for (int i = 0; i < 6; i++) sum16 += 7'(e24[4*i +: 4]);
  end
  logic e_mod3_zero, e_mod5_zero;
  assign e_mod3_zero = (sum4 % 6'd3) == 6'd0;
  assign e_mod5_zero = (sum16 % 7'd5) == 7'd0;

  logic qm_ok, e_multiple;
  always_comb begin
    unique case (desc_i.q_m)
      8'd1: begin qm_ok = 1'b1; e_multiple = 1'b1; end
      8'd2: begin qm_ok = 1'b1; e_multiple = e23[0] == 1'b0; end
      8'd4: begin qm_ok = 1'b1; e_multiple = e23[1:0] == 2'd0; end
      8'd6: begin qm_ok = 1'b1; e_multiple = e23[0] == 1'b0 && e_mod3_zero; end
      8'd8: begin qm_ok = 1'b1; e_multiple = e23[2:0] == 3'd0; end
      8'd10: begin qm_ok = 1'b1; e_multiple = e23[0] == 1'b0 && e_mod5_zero; end
      default: begin qm_ok = 1'b0; e_multiple = 1'b0; end
    endcase
  end

  // derive_code_params: K' = K - F in [2Zc+1, K], Qm, E, rv, Ncb.
  logic k_prime_ok, e_ok, ncb_ok, rm_ok;
  logic [13:0] k_prime;
  assign k_prime_ok = 32'(desc_i.n_filler) + 32'(two_zc) + 1 <= 32'(k);
  assign k_prime = k - desc_i.n_filler[13:0];
  assign e_ok = desc_i.e >= 32'(desc_i.q_m) && desc_i.e <= (32'd1 << 22) && e_multiple;
  assign ncb_ok = desc_i.n_cb == '0 || (desc_i.n_cb >= 16'(k_min_ncb) && desc_i.n_cb <= 16'(n));
  assign rm_ok = k_prime_ok && qm_ok && e_ok && desc_i.rv_index <= 8'd3 && ncb_ok;

  logic [13:0] payload;
  assign payload = k_prime - 14'(crc_len);
  logic [31:0] in_bytes, out_bytes;
  assign in_bytes = (32'(payload) + 32'd7) >> 3;
  assign out_bytes = (32'(e23) + 32'd7) >> 3;

  always_comb begin
    error_code_o = bbkit_desc_pkg::ERROR_CODE_NONE;
    if (desc_i.basegraph != 8'd1 && desc_i.basegraph != 8'd2) error_code_o = bbkit_desc_pkg::ERROR_CODE_BAD_BASEGRAPH;
    else if (!zc_ok) error_code_o = bbkit_desc_pkg::ERROR_CODE_BAD_ZC;
    else if ((flags & ~allowed) != '0 || two_crcs || !flags[FlagRm]) error_code_o = bbkit_desc_pkg::ERROR_CODE_BAD_FLAGS;
    else if (desc_i.iter_max != 8'd0) error_code_o = bbkit_desc_pkg::ERROR_CODE_BAD_ITER;
    else if (!rm_ok || k_prime <= 14'(crc_len)) error_code_o = bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
    else if (desc_i.in_len != in_bytes || desc_i.out_cap < out_bytes) error_code_o = bbkit_desc_pkg::ERROR_CODE_BAD_LENGTH;
  end

  assign crc_sel_o = crc_sel;
  assign crc_len_o = crc_len;
  assign k_o = k;
  assign k_prime_o = k_prime;
  assign n_cb_o = desc_i.n_cb == '0 ? n : desc_i.n_cb[14:0];
  assign payload_bits_o = payload;

endmodule

`default_nettype wire
