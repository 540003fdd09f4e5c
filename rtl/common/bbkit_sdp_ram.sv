// SPDX-License-Identifier: Apache-2.0
// Simple dual-port RAM (one write port, one read port, one clock), inferred: no vendor primitive.
//
// Read data appears one cycle after the read address (registered read, maps to block RAM). A read
// of the address written in the same cycle returns the old word.
`default_nettype none

module bbkit_sdp_ram #(
  parameter int unsigned Depth = 64,   // words, 2..65536
  parameter int unsigned Width = 32,   // bits per word, 1..65536
  localparam int unsigned AddrW = $clog2(Depth)
) (
  input  wire logic             clk_i,
  input  wire logic             we_i,
  input  wire logic [AddrW-1:0] waddr_i,
  input  wire logic [Width-1:0] wdata_i,
  input  wire logic             re_i,
  input  wire logic [AddrW-1:0] raddr_i,
  output      logic [Width-1:0] rdata_o
);

  // Parameter legality, checked at elaboration (simulation; synthesis defines SYNTHESIS).
`ifndef SYNTHESIS
  initial begin
    assert (Depth >= 2 && Depth <= 65536) else $fatal(1, "Depth out of range 2..65536");
    assert (Width >= 1 && Width <= 65536) else $fatal(1, "Width out of range 1..65536");
  end
`endif

  logic [Width-1:0] mem_q [Depth];

  always_ff @(posedge clk_i) begin
    if (we_i) mem_q[waddr_i] <= wdata_i;
  end

  always_ff @(posedge clk_i) begin
    if (re_i) rdata_o <= mem_q[raddr_i];
  end

endmodule

`default_nettype wire
