// SPDX-License-Identifier: Apache-2.0
// Soft buffer of one LDPC code block in the decoder core's column layout: word c, lane z holds
// the channel LLR of code bit c Zc + z (columns 0 and 1, the punctured ones, stay 0). One
// 8-bit-wide inferred RAM per lane, so the rate dematcher writes single LLRs and the core load
// reads whole columns.
//
// Ports, one operation per cycle, in priority order:
//  - clear: zeroes column clr_col_i in every lane;
//  - combine: adds llr_i to (add_col_i, add_lane_i) with saturation to [-127, 127], the golden
//    rate_dematch()'s fxp::LdpcChannelLlr::saturate (a read-modify-write, pipelined: one LLR per
//    cycle, back-to-back updates of the same position forwarded);
//  - read: column rd_col_i appears on rd_data_o one cycle later.
`default_nettype none

module bbkit_ldpc_soft_buf #(
  parameter int unsigned Zmax = 384,  // lanes, 2..384
  parameter int unsigned Cols = 68,   // columns (BG1: 68), 2..128
  localparam int unsigned ColW = $clog2(Cols),
  localparam int unsigned LaneW = $clog2(Zmax)
) (
  input  wire logic              clk_i,
  input  wire logic              rst_ni,
  input  wire logic              clr_valid_i,
  input  wire logic [ColW-1:0]   clr_col_i,
  input  wire logic              add_valid_i,
  input  wire logic [ColW-1:0]   add_col_i,
  input  wire logic [LaneW-1:0]  add_lane_i,
  input  wire logic [7:0]        llr_i,        // signed; -128 reads as -127
  input  wire logic              rd_valid_i,
  input  wire logic [ColW-1:0]   rd_col_i,
  output      logic [Zmax*8-1:0] rd_data_o,
  output      logic              busy_o        // a combine is still being written
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (Cols >= 2 && Cols <= 128) else $fatal(1, "Cols out of range 2..128");
  end
`endif

  // stage 1: the RAM read of the position is in flight
  logic s1_v_q;
  logic [ColW-1:0] s1_col_q;
  logic [LaneW-1:0] s1_lane_q;
  logic signed [7:0] s1_llr_q;
  // stage 2 (write-back of the previous combine): forwarded to stage 1 on the same position
  logic s2_v_q;
  logic [ColW-1:0] s2_col_q;
  logic [LaneW-1:0] s2_lane_q;
  logic signed [7:0] s2_sum_q;

  logic [Zmax*8-1:0] ram_rdata;
  logic signed [7:0] old_llr, sum;
  logic signed [8:0] sum_wide;
  assign old_llr = (s2_v_q && s2_col_q == s1_col_q && s2_lane_q == s1_lane_q) ? s2_sum_q
                   : ram_rdata[8*s1_lane_q +: 8];
  assign sum_wide = 9'(old_llr) + 9'(s1_llr_q);
  assign sum = sum_wide > 9'sd127 ? 8'sd127 : (sum_wide < -9'sd127 ? -8'sd127 : sum_wide[7:0]);

  logic ram_re;
  logic [ColW-1:0] ram_raddr;
  assign ram_re = add_valid_i || rd_valid_i;
  assign ram_raddr = add_valid_i ? add_col_i : rd_col_i;

  for (genvar z = 0; z < Zmax; z++) begin : g_lane
    logic we;
    logic [7:0] wdata;
    assign we = clr_valid_i || (s1_v_q && 32'(s1_lane_q) == z);
    assign wdata = clr_valid_i ? 8'd0 : sum;
    bbkit_sdp_ram #(.Depth(Cols), .Width(8)) u_ram (
      .clk_i,
      .we_i(we), .waddr_i(clr_valid_i ? clr_col_i : s1_col_q), .wdata_i(wdata),
      .re_i(ram_re), .raddr_i(ram_raddr), .rdata_o(ram_rdata[8*z +: 8])
    );
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      s1_v_q <= 1'b0;
      s1_col_q <= '0;
      s1_lane_q <= '0;
      s1_llr_q <= '0;
      s2_v_q <= 1'b0;
      s2_col_q <= '0;
      s2_lane_q <= '0;
      s2_sum_q <= '0;
    end else begin
      s1_v_q <= add_valid_i;
      s1_col_q <= add_col_i;
      s1_lane_q <= add_lane_i;
      s1_llr_q <= llr_i == 8'h80 ? -8'sd127 : llr_i;
      s2_v_q <= s1_v_q;
      s2_col_q <= s1_col_q;
      s2_lane_q <= s1_lane_q;
      s2_sum_q <= sum;
    end
  end

  assign rd_data_o = ram_rdata;
  assign busy_o = s1_v_q;

endmodule

`default_nettype wire
