// SPDX-License-Identifier: Apache-2.0
// Output payload of an encode op: bit chunks (stream order from bit 0, up to 64 bits) -> 64-byte
// beats of MSB-first packed bits.
//
// Bit n of the stream goes to byte n/8, bit 7 - n%8 (pack_bits of bits.h); byte i of a beat is in
// bits [8i+7:8i]. The chunks are gathered in stream order; a beat leaves when 512 bits are in, or
// after the last chunk with the bits past the end of the stream 0.
`default_nettype none

module bbkit_ldpc_enc_out_pack (
  input  wire logic         clk_i,
  input  wire logic         rst_ni,
  input  wire logic         start_i,      // begin an op
  input  wire logic         valid_i,
  output      logic         ready_o,
  input  wire logic [63:0]  data_i,       // bit 0 first
  input  wire logic [6:0]   n_i,          // valid bits, 1..64
  input  wire logic         last_i,
  output      logic         out_valid_o,
  input  wire logic         out_ready_i,
  output      logic [511:0] out_data_o,
  output      logic         out_last_o    // the beat holds the stream's last bit
);

  localparam int unsigned AccW = 512 + 64;

  logic [AccW-1:0] acc_q;
  logic [9:0] fill_q;  // bits in acc_q, <= AccW
  logic last_seen_q;
  logic beat_v_q, beat_last_q;
  logic [511:0] beat_q;

  // a beat moves out of the gatherer when it is whole, or at the end with what is there
  logic move;
  assign move = (fill_q >= 10'd512 || (last_seen_q && fill_q != '0)) && (!beat_v_q || out_ready_i);
  logic [AccW-1:0] acc_moved;
  logic [9:0] fill_moved;
  assign acc_moved = move ? acc_q >> 512 : acc_q;
  assign fill_moved = move ? (fill_q >= 10'd512 ? fill_q - 10'd512 : '0) : fill_q;

  // room for a chunk: under 512 bits held, or a whole beat surely moving out this cycle
  assign ready_o = !last_seen_q && (fill_q < 10'd512 || !beat_v_q);
  logic accept;
  assign accept = valid_i && ready_o;
  logic [63:0] chunk;
  assign chunk = data_i & ~({64{1'b1}} << n_i);

  // stream order to MSB-first bytes
  logic [511:0] beat_bytes;
  for (genvar i = 0; i < 64; i++) begin : g_byte
    for (genvar b = 0; b < 8; b++) begin : g_bit
      assign beat_bytes[8*i + 7 - b] = acc_q[8*i + b];
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acc_q <= '0;
      fill_q <= '0;
      last_seen_q <= 1'b0;
      beat_v_q <= 1'b0;
      beat_last_q <= 1'b0;
      beat_q <= '0;
    end else if (start_i) begin
      acc_q <= '0;
      fill_q <= '0;
      last_seen_q <= 1'b0;
      beat_v_q <= 1'b0;
      beat_last_q <= 1'b0;
    end else begin
      if (beat_v_q && out_ready_i) beat_v_q <= 1'b0;
      if (move) begin
        beat_q <= beat_bytes;
        beat_v_q <= 1'b1;
        beat_last_q <= last_seen_q && fill_q <= 10'd512;
      end
      acc_q <= accept ? acc_moved | (AccW'(chunk) << fill_moved) : acc_moved;
      fill_q <= accept ? fill_moved + 10'(n_i) : fill_moved;
      if (accept && last_i) last_seen_q <= 1'b1;
    end
  end

  assign out_valid_o = beat_v_q;
  assign out_data_o = beat_q;
  assign out_last_o = beat_last_q;

endmodule

`default_nettype wire
