// SPDX-License-Identifier: Apache-2.0
// Soft buffer of one LDPC code block in the decoder core's column layout: word c, lane z holds
// the channel LLR of code bit c Zc + z (columns 0 and 1, the punctured ones, stay 0). One
// 8-bit-wide inferred RAM per lane, each with its own address, so the rate dematcher writes a
// chunk of consecutive positions (lanes l.. of column c, lanes ..l-1 of column c + 1) per cycle
// and the core load reads whole columns.
//
// Ports, one operation per cycle, in priority order:
//  - clear: zeroes column clr_col_i in every lane;
//  - combine: lane z with add_data_i[9z+8] set adds the LLR add_data_i[9z+7:9z] to its word of
//    column add_col_i (z >= add_lane_i) or add_col_i + 1 (z < add_lane_i), saturating to
//    [-127, 127] as the golden rate_dematch()'s fxp::LdpcChannelLlr::saturate; a pipelined
//    read-modify-write (one chunk per cycle, back-to-back updates of a lane's word forwarded);
//    -128 reads as -127;
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
  input  wire logic [Zmax*9-1:0] add_data_i,   // per lane {valid, signed LLR}
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

  // stage 1: the RAM reads of the chunk are in flight; stage 2: its write-back, forwarded to
  // stage 1 where a lane's word is the same
  logic s1_v_q, s2_v_q;
  logic [ColW-1:0] s1_col_q, s2_col_q;
  logic [LaneW-1:0] s1_lane_q, s2_lane_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      s1_v_q <= 1'b0;
      s1_col_q <= '0;
      s1_lane_q <= '0;
      s2_v_q <= 1'b0;
      s2_col_q <= '0;
      s2_lane_q <= '0;
    end else begin
      s1_v_q <= add_valid_i;
      s1_col_q <= add_col_i;
      s1_lane_q <= add_lane_i;
      s2_v_q <= s1_v_q;
      s2_col_q <= s1_col_q;
      s2_lane_q <= s1_lane_q;
    end
  end

  for (genvar z = 0; z < Zmax; z++) begin : g_lane
    localparam logic [LaneW-1:0] Lane = LaneW'(z);
    // this lane's word of a chunk
    // (the comparison is constant in the last lane of a power-of-two Zmax: the waiver says so)
    logic [ColW-1:0] add_word, s1_word, s2_word;
    /* verilator lint_off CMPCONST */
    assign add_word = Lane >= add_lane_i ? add_col_i : add_col_i + ColW'(1);
    assign s1_word = Lane >= s1_lane_q ? s1_col_q : s1_col_q + ColW'(1);
    assign s2_word = Lane >= s2_lane_q ? s2_col_q : s2_col_q + ColW'(1);
    /* verilator lint_on CMPCONST */

    logic s1_en_q, s2_en_q;
    logic signed [7:0] s1_llr_q, s2_sum_q, rdata, old_llr, sum;
    logic signed [8:0] sum_wide;
    assign old_llr = (s2_v_q && s2_en_q && s2_word == s1_word) ? s2_sum_q : rdata;
    assign sum_wide = 9'(old_llr) + 9'(s1_llr_q);
    assign sum = sum_wide > 9'sd127 ? 8'sd127 : (sum_wide < -9'sd127 ? -8'sd127 : sum_wide[7:0]);

    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        s1_en_q <= 1'b0;
        s1_llr_q <= '0;
        s2_en_q <= 1'b0;
        s2_sum_q <= '0;
      end else begin
        s1_en_q <= add_data_i[9*z + 8];
        s1_llr_q <= add_data_i[9*z +: 8] == 8'h80 ? -8'sd127 : add_data_i[9*z +: 8];
        s2_en_q <= s1_en_q;
        s2_sum_q <= sum;
      end
    end

    logic we;
    assign we = clr_valid_i || (s1_v_q && s1_en_q);
    bbkit_sdp_ram #(.Depth(Cols), .Width(8)) u_ram (
      .clk_i,
      .we_i(we), .waddr_i(clr_valid_i ? clr_col_i : s1_word), .wdata_i(clr_valid_i ? 8'd0 : sum),
      .re_i(add_valid_i || rd_valid_i), .raddr_i(add_valid_i ? add_word : rd_col_i), .rdata_o(rdata)
    );
    assign rd_data_o[8*z +: 8] = rdata;
  end

  assign busy_o = s1_v_q;

endmodule

`default_nettype wire
