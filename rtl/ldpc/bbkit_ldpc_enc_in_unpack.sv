// SPDX-License-Identifier: Apache-2.0
// Input payload of an encode op: 64-byte beats of MSB-first packed bits -> bit chunks in stream
// order (bit 0 of a chunk is the first bit).
//
// Byte i of a beat is in bits [8i+7:8i] and its bit 7 comes first (pack_bits of bits.h). The
// beats give payload_bits_i bits; the last chunk carries the remainder and last_o, and the
// zero padding of the final byte and beat is dropped.
`default_nettype none

module bbkit_ldpc_enc_in_unpack #(
  parameter int unsigned ChunkW = 64,  // bits per chunk, 8..512, a multiple of 8 dividing 512
  localparam int unsigned CntW = $clog2(ChunkW + 1)
) (
  input  wire logic              clk_i,
  input  wire logic              rst_ni,
  input  wire logic              start_i,         // begin an op of payload_bits_i bits
  input  wire logic [13:0]       payload_bits_i,  // 1..8448
  input  wire logic              in_valid_i,
  output      logic              in_ready_o,
  input  wire logic [511:0]      in_data_i,
  output      logic              valid_o,
  input  wire logic              ready_i,
  output      logic [ChunkW-1:0] data_o,
  output      logic [CntW-1:0]   n_o,
  output      logic              last_o
);

`ifndef SYNTHESIS
  initial begin
    assert (ChunkW >= 8 && ChunkW <= 512 && ChunkW % 8 == 0 && 512 % ChunkW == 0)
      else $fatal(1, "ChunkW must be a multiple of 8 dividing 512");
  end
`endif

  localparam int unsigned Chunks = 512 / ChunkW;  // chunks per beat
  localparam int unsigned IdxW = Chunks > 1 ? $clog2(Chunks) : 1;

  logic [511:0] beat_q;
  logic beat_v_q;
  logic [IdxW-1:0] idx_q;
  logic [13:0] remaining_q;

  assign in_ready_o = !beat_v_q && remaining_q != '0;

  logic [ChunkW-1:0] slice;
  if (Chunks > 1) begin : g_slice
    assign slice = beat_q[idx_q*ChunkW +: ChunkW];
  end else begin : g_whole
    assign slice = beat_q;
    logic unused_idx;
    assign unused_idx = ^idx_q;
  end
  // MSB-first bytes to stream order
  for (genvar i = 0; i < ChunkW / 8; i++) begin : g_byte
    for (genvar b = 0; b < 8; b++) begin : g_bit
      assign data_o[8*i + b] = slice[8*i + 7 - b];
    end
  end

  assign valid_o = beat_v_q;
  assign last_o = remaining_q <= 14'(ChunkW);
  assign n_o = last_o ? CntW'(remaining_q) : CntW'(ChunkW);

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      beat_q <= '0;
      beat_v_q <= 1'b0;
      idx_q <= '0;
      remaining_q <= '0;
    end else if (start_i) begin
      beat_v_q <= 1'b0;
      idx_q <= '0;
      remaining_q <= payload_bits_i;
    end else if (in_valid_i && in_ready_o) begin
      beat_q <= in_data_i;
      beat_v_q <= 1'b1;
      idx_q <= '0;
    end else if (valid_o && ready_i) begin
      remaining_q <= last_o ? 14'd0 : remaining_q - 14'(ChunkW);
      idx_q <= idx_q + IdxW'(1);
      if (last_o || 32'(idx_q) == Chunks - 1) beat_v_q <= 1'b0;
    end
  end

endmodule

`default_nettype wire
