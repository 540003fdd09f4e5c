// SPDX-License-Identifier: Apache-2.0
// CRC of TS 38.212 5.1 (CRC24A, CRC24B, CRC16), up to Width message bits per cycle: the long
// division of crc_bits_serial() in verification/model/common (register 0 at clear, bits in
// message order, no final inversion), unrolled over the bits of a cycle. The one CRC unit of the
// RTL: the decoder's check (Width 8; a code block passes when the remainder over all K' bits,
// payload followed by its parity, is zero) and the encoder's attachment (Width = its chunk width;
// the parity bits are the remainder, p0 = its highest coefficient).
`default_nettype none

module bbkit_crc #(
  parameter int unsigned Width = 8  // message bits per cycle, 1..512
) (
  input  wire logic             clk_i,
  input  wire logic             rst_ni,
  input  wire logic [1:0]       type_i,   // 0 none, 1 CRC24A, 2 CRC24B, 3 CRC16; held while bits flow
  input  wire logic             clear_i,  // start a new message (register to 0)
  input  wire logic             valid_i,
  input  wire logic [Width-1:0] bits_i,   // bits_i[0] first
  input  wire logic [$clog2(Width+1)-1:0] count_i,  // bits_i[count_i-1:0] are message bits, 1..Width
  output      logic             zero_o,   // the remainder of the bits so far is 0
  output      logic [23:0]      remainder_o  // the remainder (CRC16: bits 15:0, 23:16 are 0)
);

`ifndef SYNTHESIS
  initial begin
    assert (Width >= 1 && Width <= 512) else $fatal(1, "Width out of range 1..512");
  end
`endif

  localparam logic [23:0] Poly24A = 24'h864CFB;
  localparam logic [23:0] Poly24B = 24'h800063;
  localparam logic [23:0] Poly16 = 24'h001021;

  logic [23:0] reg_q, reg_d, poly, mask;
  logic crc16;
  assign crc16 = type_i == 2'd3;
  always_comb begin
    unique case (type_i)
      2'd1: poly = Poly24A;
      2'd2: poly = Poly24B;
      default: poly = Poly16;
    endcase
  end
  assign mask = crc16 ? 24'h00FFFF : 24'hFFFFFF;  // CRC16 lives in reg_q[15:0]

  logic feedback;
  always_comb begin
    reg_d = reg_q;
    feedback = 1'b0;
    for (int unsigned k = 0; k < Width; k++) begin
      feedback = (crc16 ? reg_d[15] : reg_d[23]) ^ bits_i[k];
      if (k < 32'(count_i)) reg_d = ({reg_d[22:0], 1'b0} & mask) ^ (feedback ? poly : 24'd0);
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) reg_q <= '0;
    else if (clear_i) reg_q <= '0;
    else if (valid_i) reg_q <= reg_d;
  end

  assign zero_o = reg_q == '0;
  assign remainder_o = reg_q;

endmodule

`default_nettype wire
