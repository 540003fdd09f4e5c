// SPDX-License-Identifier: Apache-2.0
// Output payload of an encode op: a bit stream -> 64-byte beats of MSB-first packed bits.
//
// Bit n of the stream goes to byte n/8, bit 7 - n%8 (pack_bits of bits.h); byte i of a beat is in
// bits [8i+7:8i]. A beat goes out when 512 bits are in or after the last bit; the bits past the
// end of the stream are 0.
`default_nettype none

module bbkit_ldpc_enc_out_pack (
  input  wire logic         clk_i,
  input  wire logic         rst_ni,
  input  wire logic         bit_valid_i,
  output      logic         bit_ready_o,
  input  wire logic         bit_i,
  input  wire logic         bit_last_i,
  output      logic         out_valid_o,
  input  wire logic         out_ready_i,
  output      logic [511:0] out_data_o,
  output      logic         out_last_o    // the beat holds the stream's last bit
);

  logic [511:0] acc_q;
  logic [8:0] cnt_q;  // bits in acc_q
  logic full_q, last_q;

  logic [8:0] pos;  // MSB first within each byte
  assign pos = {cnt_q[8:3], ~cnt_q[2:0]};

  assign bit_ready_o = !full_q;
  assign out_valid_o = full_q;
  assign out_data_o = acc_q;
  assign out_last_o = last_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acc_q <= '0;
      cnt_q <= '0;
      full_q <= 1'b0;
      last_q <= 1'b0;
    end else if (full_q) begin
      if (out_ready_i) begin
        acc_q <= '0;
        cnt_q <= '0;
        full_q <= 1'b0;
        last_q <= 1'b0;
      end
    end else if (bit_valid_i) begin
      acc_q[pos] <= bit_i;
      cnt_q <= cnt_q + 9'd1;
      full_q <= cnt_q == 9'd511 || bit_last_i;
      last_q <= bit_last_i;
    end
  end

endmodule

`default_nettype wire
