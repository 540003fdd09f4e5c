// SPDX-License-Identifier: Apache-2.0
// Sequential unsigned divider (restoring, one quotient bit per cycle): Width cycles from start_i
// to done_o. Control-path arithmetic of the LDPC datapaths (k0, E / Qm, positions / Zc), where a
// few tens of cycles per op cost nothing and a combinational divider would cost thousands of LUTs.
//
// A divisor of 0 gives an all-ones quotient and the dividend as remainder (callers never ask it).
`default_nettype none

module bbkit_udiv #(
  parameter int unsigned Width = 24  // bits of dividend, divisor, quotient and remainder, 2..32
) (
  input  wire logic             clk_i,
  input  wire logic             rst_ni,
  input  wire logic             start_i,     // sample the operands; ignored while busy
  input  wire logic [Width-1:0] dividend_i,
  input  wire logic [Width-1:0] divisor_i,
  output      logic             busy_o,
  output      logic             done_o,      // one-cycle pulse; quot_o / rem_o hold until next start
  output      logic [Width-1:0] quot_o,
  output      logic [Width-1:0] rem_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Width >= 2 && Width <= 32) else $fatal(1, "Width out of range 2..32");
  end
`endif

  localparam int unsigned CntW = $clog2(Width + 1);

  logic [Width-1:0] divisor_q, quot_q, rem_q;
  logic [CntW-1:0] count_q;
  logic busy_q, done_q;

  // One restoring step: shift the next dividend bit (held in quot_q's MSB) into the remainder.
  logic [Width:0] trial;
  assign trial = {rem_q, quot_q[Width-1]} - {1'b0, divisor_q};

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      divisor_q <= '0;
      quot_q <= '0;
      rem_q <= '0;
      count_q <= '0;
      busy_q <= 1'b0;
      done_q <= 1'b0;
    end else begin
      done_q <= 1'b0;
      if (!busy_q && start_i) begin
        divisor_q <= divisor_i;
        quot_q <= dividend_i;
        rem_q <= '0;
        count_q <= CntW'(Width);
        busy_q <= 1'b1;
      end else if (busy_q) begin
        if (trial[Width]) begin  // negative: keep the remainder, quotient bit 0
          rem_q <= {rem_q[Width-2:0], quot_q[Width-1]};
          quot_q <= {quot_q[Width-2:0], 1'b0};
        end else begin
          rem_q <= trial[Width-1:0];
          quot_q <= {quot_q[Width-2:0], 1'b1};
        end
        count_q <= count_q - CntW'(1);
        if (count_q == CntW'(1)) begin
          busy_q <= 1'b0;
          done_q <= 1'b1;
        end
      end
    end
  end

  assign busy_o = busy_q;
  assign done_o = done_q;
  assign quot_o = quot_q;
  assign rem_o = rem_q;

endmodule

`default_nettype wire
