// SPDX-License-Identifier: Apache-2.0
// One output stream of an op to memory, for the batch engine: the datapath's 64-byte beats are
// buffered (BufBeats) and written at base_i as 4 KiB-safe INCR bursts (bbkit_axi_wr), at most
// cap_beats_i beats whatever the datapath offers, and of the final beat only the bytes below
// len_i (known once done_i is set).
//
// Before the op's result is known (done_i low) a burst goes out only while more beats wait
// behind it, so the final (partial) beat is always written with its length known; the buffer
// holds at least 2 MaxBurst beats so that never stalls the stream. The stream is always taken:
// kept while the op runs and fits the capacity, dropped otherwise.
`default_nettype none
`include "bbkit_axi_ports.svh"

module bbkit_stream_wr #(
  parameter int unsigned MaxBurst = 32,  // AXI burst length, beats: 1..64
  parameter int unsigned BufBeats = 64   // buffer, beats: 2*MaxBurst..1024, power of 2
) (
  input  wire          clk_i,
  input  wire          rst_ni,
  input  wire          start_i,      // a new op: counters cleared
  input  wire          run_i,        // the op runs (beats are kept and written)
  input  wire          done_i,       // the datapath is done: len_i is final
  input  wire  [63:0]  base_i,       // 64-byte aligned
  input  wire  [32:0]  cap_beats_i,
  input  wire  [31:0]  len_i,        // bytes the op writes (with done_i)
  input  wire          flush_i,      // the op is over: drop what is left
  input  wire          clear_err_i,
  output logic         finished_o,   // done, every beat of len_i handed out and written
  output logic         busy_o,       // a burst is under way or awaits its response
  output logic         err_o,        // sticky BRESP error since clear_err_i
  // the datapath's stream
  input  wire          valid_i,
  output logic         ready_o,
  input  wire  [511:0] data_i,
  // AXI4 write channels
  `BBKIT_AXI_WR_PORTS(m_axi, 511, 63)
);

`ifndef SYNTHESIS
  initial begin
    assert (MaxBurst >= 1 && MaxBurst <= 64) else $fatal(1, "MaxBurst out of range 1..64");
    assert (BufBeats >= 2 * MaxBurst && BufBeats <= 1024 && (BufBeats & (BufBeats - 1)) == 0)
      else $fatal(1, "BufBeats: a power of 2 in 2*MaxBurst..1024");
  end
`endif

  localparam int unsigned BufW = $clog2(BufBeats) + 1;

  logic [32:0] recv_q;    // beats taken from the datapath and kept
  logic [32:0] commit_q;  // beats handed to the write engine as commands
  logic [32:0] sent_q;    // beats sent on W

  logic          push, buf_empty, buf_full, wr_ready, cmd_ready, cmd_valid;
  logic [511:0]  buf_rdata;
  logic [BufW-1:0] buf_count;
  logic [31:0]   cmd_beats;
  logic [63:0]   strb;

  bbkit_fifo #(.Width(512), .Depth(BufBeats)) u_buf (
    .clk_i, .rst_ni, .flush_i, .push_i(push), .wdata_i(data_i),
    .pop_i(wr_ready && !buf_empty), .rdata_o(buf_rdata), .empty_o(buf_empty), .full_o(buf_full),
    .count_o(buf_count)
  );

  bbkit_axi_wr #(.MaxBurst(MaxBurst), .MaxOutstanding(4)) u_wr (
    .clk_i, .rst_ni,
    .cmd_valid_i(cmd_valid), .cmd_ready_o(cmd_ready),
    .cmd_addr_i(base_i + (64'(commit_q) << 6)), .cmd_beats_i(cmd_beats),
    .clear_err_i, .busy_o, .err_o,
    .data_valid_i(!buf_empty), .data_ready_o(wr_ready), .data_i(buf_rdata), .strb_i(strb),
    `BBKIT_AXI_WR_CONNECT(m_axi, m_axi)
  );

  // Beats the op writes: what the datapath reported, never past what it delivered or the capacity.
  logic [32:0] len_beats, total, uncommitted;
  logic [6:0]  last_bytes;
  assign len_beats   = ({1'b0, len_i} + 33'd63) >> 6;
  assign total       = len_beats < recv_q ? len_beats : recv_q;
  assign uncommitted = recv_q - commit_q;
  assign last_bytes  = len_i[5:0] == 6'd0 ? 7'd64 : {1'b0, len_i[5:0]};

  always_comb begin
    cmd_valid = 1'b0;
    cmd_beats = 32'(MaxBurst);
    if (run_i && !done_i && uncommitted > 33'(MaxBurst)) begin
      cmd_valid = cmd_ready;
    end else if (run_i && done_i && commit_q < total) begin
      cmd_valid = cmd_ready;
      cmd_beats = 32'(total - commit_q);
    end
  end

  always_comb begin
    strb = '1;
    if (done_i && sent_q + 33'd1 == total && total == len_beats)
      strb = 64'((65'd1 << last_bytes) - 65'd1);
  end

  assign ready_o = (run_i && !done_i) ? !buf_full : 1'b1;
  assign push    = run_i && !done_i && valid_i && !buf_full && recv_q < cap_beats_i;

  assign finished_o = done_i && commit_q >= total && !busy_o && !cmd_valid;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      recv_q   <= '0;
      commit_q <= '0;
      sent_q   <= '0;
    end else if (start_i) begin
      recv_q   <= '0;
      commit_q <= '0;
      sent_q   <= '0;
    end else begin
      if (push) recv_q <= recv_q + 33'd1;
      if (cmd_valid) commit_q <= commit_q + {1'b0, cmd_beats};
      if (wr_ready && !buf_empty) sent_q <= sent_q + 33'd1;
    end
  end

  logic unused;
  assign unused = ^buf_count;
endmodule

`default_nettype wire
