// SPDX-License-Identifier: Apache-2.0
// Bit-serial CRC of TS 38.212 5.1 (CRC24A, CRC24B, CRC16), the long division of
// crc_bits_serial() in verification/model/common: register 0 at clear, one message bit per cycle
// MSB-first. A code block passes its check when the remainder over all K' bits (payload followed
// by its parity) is zero.
`default_nettype none

module bbkit_crc_serial (
  input  wire logic        clk_i,
  input  wire logic        rst_ni,
  input  wire logic [1:0]  type_i,    // 0 none, 1 CRC24A, 2 CRC24B, 3 CRC16; held while bits flow
  input  wire logic        clear_i,   // start a new message (register to 0)
  input  wire logic        valid_i,
  input  wire logic        bit_i,
  output      logic        zero_o     // the remainder of the bits so far is 0
);

  localparam logic [23:0] Poly24A = 24'h864CFB;
  localparam logic [23:0] Poly24B = 24'h800063;
  localparam logic [23:0] Poly16 = 24'h001021;

  logic [23:0] reg_q, poly;
  logic top, feedback;
  always_comb begin
    unique case (type_i)
      2'd1: poly = Poly24A;
      2'd2: poly = Poly24B;
      default: poly = Poly16;
    endcase
  end
  assign top = type_i == 2'd3 ? reg_q[15] : reg_q[23];
  assign feedback = top ^ bit_i;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) reg_q <= '0;
    else if (clear_i) reg_q <= '0;
    else if (valid_i) begin
      // CRC16 keeps its 16 bits in reg_q[15:0]: the shifted-out bit 15 is dropped by the mask
      reg_q <= ({reg_q[22:0], 1'b0} & (type_i == 2'd3 ? 24'h00FFFF : 24'hFFFFFF)) ^ (feedback ? poly : 24'd0);
    end
  end

  assign zero_o = reg_q == '0;

endmodule

`default_nettype wire
