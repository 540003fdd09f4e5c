// SPDX-License-Identifier: Apache-2.0
// Synchronous show-ahead FIFO (first word visible on rdata_o while not empty), inferred storage.
//
// flush_i empties it in one cycle (a push in the same cycle is dropped). The storage is a
// register array read combinationally (distributed RAM on FPGAs); count_o says how many words
// it holds.
`default_nettype none

module bbkit_fifo #(
  parameter int unsigned Width = 512,  // bits per word: 1..4096
  parameter int unsigned Depth = 64,   // words: 2..1024, power of two
  localparam int unsigned AddrW = $clog2(Depth)
) (
  input  wire              clk_i,
  input  wire              rst_ni,
  input  wire              flush_i,
  input  wire              push_i,     // ignored when full
  input  wire  [Width-1:0] wdata_i,
  input  wire              pop_i,      // ignored when empty
  output logic [Width-1:0] rdata_o,
  output logic             empty_o,
  output logic             full_o,
  output logic [AddrW:0]   count_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Width >= 1 && Width <= 4096) else $fatal(1, "Width out of range 1..4096");
    assert (Depth >= 2 && Depth <= 1024 && (Depth & (Depth - 1)) == 0) else $fatal(1, "Depth: 2..1024, power of 2");
  end
`endif

  logic [Width-1:0] mem_q [Depth];
  logic [AddrW:0]   wptr_q, rptr_q;  // one extra bit tells full from empty

  logic do_push, do_pop;
  assign count_o = wptr_q - rptr_q;
  assign empty_o = count_o == 0;
  assign full_o  = count_o == (AddrW + 1)'(Depth);
  assign do_push = push_i && !full_o && !flush_i;
  assign do_pop  = pop_i && !empty_o && !flush_i;
  assign rdata_o = mem_q[rptr_q[AddrW-1:0]];

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wptr_q <= '0;
      rptr_q <= '0;
    end else if (flush_i) begin
      rptr_q <= wptr_q;
    end else begin
      wptr_q <= wptr_q + (AddrW + 1)'(do_push);
      rptr_q <= rptr_q + (AddrW + 1)'(do_pop);
    end
  end

  always_ff @(posedge clk_i) begin
    if (do_push) mem_q[wptr_q[AddrW-1:0]] <= wdata_i;
  end
endmodule

`default_nettype wire
