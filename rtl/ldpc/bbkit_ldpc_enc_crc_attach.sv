// SPDX-License-Identifier: Apache-2.0
// CRC attachment on a bit-chunk stream (TS 38.212 5.1): passes the payload chunks through and
// appends the CRC24A, CRC24B or CRC16 parity bits as one more chunk.
//
// Chunks carry their bits in stream order from bit 0 up (bit 0 is the first bit); n_i of them
// are valid (1..ChunkW) and last_i marks the payload's final chunk. The CRC register (init 0, no
// final inversion, as crc.h; rtl/common/bbkit_crc.sv) is updated on each accepted payload chunk,
// up to ChunkW bits per cycle; after the last payload chunk the parity chunk (p0 first) goes out with last_o. Without
// a CRC type the payload passes unchanged.
`default_nettype none

module bbkit_ldpc_enc_crc_attach #(
  parameter int unsigned ChunkW = 64,  // bits per chunk, 32..512 (holds a 24-bit CRC)
  localparam int unsigned CntW = $clog2(ChunkW + 1)
) (
  input  wire logic              clk_i,
  input  wire logic              rst_ni,
  input  wire logic              clear_i,     // start of an op: CRC register to 0
  input  wire logic [1:0]        crc_sel_i,   // 0 none, 1 CRC24A, 2 CRC24B, 3 CRC16 (held for the op)
  // payload chunks in
  input  wire logic              valid_i,
  output      logic              ready_o,
  input  wire logic [ChunkW-1:0] data_i,
  input  wire logic [CntW-1:0]   n_i,
  input  wire logic              last_i,
  // payload and parity chunks out
  output      logic              valid_o,
  input  wire logic              ready_i,
  output      logic [ChunkW-1:0] data_o,
  output      logic [CntW-1:0]   n_o,
  output      logic              last_o
);

`ifndef SYNTHESIS
  initial begin
    assert (ChunkW >= 32 && ChunkW <= 512) else $fatal(1, "ChunkW out of range 32..512");
  end
`endif

  logic is16;
  assign is16 = crc_sel_i == 2'd3;

  logic [23:0] crc_q;
  logic parity_q;  // the payload is through; the parity chunk is offered

  // The division of the accepted payload chunks, up to ChunkW bits per cycle (the shared CRC unit).
  logic unused_zero;
  bbkit_crc #(.Width(ChunkW)) u_crc (
    .clk_i, .rst_ni,
    .type_i(crc_sel_i), .clear_i, .valid_i(!parity_q && valid_i && ready_i), .bits_i(data_i), .count_i(n_i),
    .zero_o(unused_zero), .remainder_o(crc_q)
  );

  logic has_crc;
  assign has_crc = crc_sel_i != 2'd0;

  // Parity bits p0 (the highest remainder coefficient) first.
  logic [ChunkW-1:0] parity_chunk;
  logic [23:0] crc_msb_aligned;  // CRC16 moved to the top of the 24-bit register
  assign crc_msb_aligned = is16 ? {crc_q[15:0], 8'd0} : crc_q;
  always_comb begin
    parity_chunk = '0;
    for (int unsigned i = 0; i < 24; i++) parity_chunk[i] = crc_msb_aligned[23 - i];
  end

  assign valid_o = parity_q ? 1'b1 : valid_i;
  assign data_o = parity_q ? parity_chunk : data_i;
  assign n_o = parity_q ? (is16 ? CntW'(16) : CntW'(24)) : n_i;
  assign last_o = parity_q ? 1'b1 : (last_i && !has_crc);
  assign ready_o = !parity_q && ready_i;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      parity_q <= 1'b0;
    end else if (clear_i) begin
      parity_q <= 1'b0;
    end else if (parity_q) begin
      if (ready_i) parity_q <= 1'b0;
    end else if (valid_i && ready_i) begin
      parity_q <= last_i && has_crc;
    end
  end

endmodule

`default_nettype wire
