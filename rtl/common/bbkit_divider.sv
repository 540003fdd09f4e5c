// SPDX-License-Identifier: Apache-2.0
// Unsigned integer division, one quotient bit per cycle (restoring), for set-up arithmetic that
// is off the data path: quotient and remainder DividendW + 1 cycles after start_i.
//
// A zero divisor gives an all-ones quotient and the dividend as remainder (callers check).
`default_nettype none

module bbkit_divider #(
  parameter int unsigned DividendW = 24,  // dividend and quotient bits, 2..64
  parameter int unsigned DivisorW = 16,   // divisor and remainder bits, 1..DividendW
  localparam int unsigned CntW = $clog2(DividendW + 1)
) (
  input  wire logic                 clk_i,
  input  wire logic                 rst_ni,
  input  wire logic                 start_i,     // samples dividend_i and divisor_i
  input  wire logic [DividendW-1:0] dividend_i,
  input  wire logic [DivisorW-1:0]  divisor_i,
  output      logic                 busy_o,
  output      logic                 done_o,      // one-cycle pulse; results held until the next start
  output      logic [DividendW-1:0] quotient_o,
  output      logic [DivisorW-1:0]  remainder_o
);

`ifndef SYNTHESIS
  initial begin
    assert (DividendW >= 2 && DividendW <= 64) else $fatal(1, "DividendW out of range 2..64");
    assert (DivisorW >= 1 && DivisorW <= DividendW) else $fatal(1, "DivisorW out of range 1..DividendW");
  end
`endif

  logic [DivisorW-1:0] divisor_q, rem_q;
  logic [DividendW-1:0] quo_q;  // dividend bits still to bring down, shifted out at the top
  logic [CntW-1:0] cnt_q;

  logic [DivisorW:0] trial;
  logic fits;
  assign trial = {rem_q, quo_q[DividendW-1]};
  assign fits = trial >= {1'b0, divisor_q};

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      divisor_q <= '0;
      rem_q <= '0;
      quo_q <= '0;
      cnt_q <= '0;
      busy_o <= 1'b0;
      done_o <= 1'b0;
    end else begin
      done_o <= 1'b0;
      if (start_i) begin
        divisor_q <= divisor_i;
        rem_q <= '0;
        quo_q <= dividend_i;
        cnt_q <= CntW'(DividendW);
        busy_o <= 1'b1;
      end else if (busy_o) begin
        rem_q <= fits ? DivisorW'(trial - {1'b0, divisor_q}) : trial[DivisorW-1:0];
        quo_q <= {quo_q[DividendW-2:0], fits};
        cnt_q <= cnt_q - CntW'(1);
        if (cnt_q == CntW'(1)) begin
          busy_o <= 1'b0;
          done_o <= 1'b1;
        end
      end
    end
  end

  assign quotient_o = quo_q;
  assign remainder_o = rem_q;

endmodule

`default_nettype wire
