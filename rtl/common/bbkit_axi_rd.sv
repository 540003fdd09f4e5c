// SPDX-License-Identifier: Apache-2.0
// AXI4 read master: reads a command's beats as INCR bursts and streams the data out in order.
//
// A command names a beat-aligned address and a beat count; the engine splits it into bursts of
// at most MaxBurst beats that never cross a 4 KiB boundary (AXI4 rule), keeps up to
// MaxOutstanding bursts in flight (one ID, so data returns in order) and passes every R beat
// to data_o, back-pressured by data_ready_i. abort_i stops issuing new bursts and drops the
// data of the bursts already issued (their beats are still accepted, as AXI requires), so a
// consumer that stops early never leaves the bus hanging. err_o is sticky: an RRESP other than
// OKAY since the last clear_err_i.
`default_nettype none
`include "bbkit_axi_ports.svh"

module bbkit_axi_rd #(
  parameter int unsigned DataW = 512,         // AXI data width in bits: 32..1024, power of two
  parameter int unsigned MaxBurst = 32,       // beats per burst: 1..256, at most 4096 / (DataW/8)
  parameter int unsigned MaxOutstanding = 4,  // bursts in flight: 1..15
  localparam int unsigned BeatBytes = DataW / 8,
  localparam int unsigned BeatShift = $clog2(BeatBytes)
) (
  input  wire               clk_i,
  input  wire               rst_ni,
  // Command: read cmd_beats_i beats from cmd_addr_i (BeatBytes-aligned; low bits ignored).
  input  wire               cmd_valid_i,
  output logic              cmd_ready_o,
  input  wire  [63:0]       cmd_addr_i,
  input  wire  [31:0]       cmd_beats_i,
  input  wire               abort_i,      // stop issuing and drop the rest of the command's data
  input  wire               clear_err_i,
  output logic              busy_o,       // a command is being issued or bursts are in flight
  output logic              err_o,        // sticky: an R beat came with RRESP != OKAY
  // Data, in address order.
  output logic              data_valid_o,
  input  wire               data_ready_i,
  output logic [DataW-1:0]  data_o,
  // AXI4 read channels (one ID, INCR bursts of full-width beats).
  `BBKIT_AXI_RD_PORTS(m_axi, DataW-1)
);

`ifndef SYNTHESIS
  initial begin
    assert (DataW >= 32 && DataW <= 1024 && (DataW & (DataW - 1)) == 0) else $fatal(1, "DataW: 32..1024, power of 2");
    assert (MaxBurst >= 1 && MaxBurst <= 256 && MaxBurst * BeatBytes <= 4096)
      else $fatal(1, "MaxBurst: 1..256 beats and at most 4 KiB");
    assert (MaxOutstanding >= 1 && MaxOutstanding <= 15) else $fatal(1, "MaxOutstanding: 1..15");
  end
`endif

  localparam int unsigned PageBeats = 4096 / BeatBytes;

  logic [63:0] addr_q;           // next burst's address
  logic [31:0] left_q;           // beats not yet requested
  logic        aborting_q;
  logic [3:0]  inflight_q;       // bursts requested and not yet finished (RLAST seen)
  logic        ar_valid_q;
  logic [63:0] ar_addr_q;
  logic [7:0]  ar_len_q;
  logic        err_q;

  // Beats to the next 4 KiB boundary, capped by MaxBurst and by what is left.
  logic [12:0] to_page;
  logic [31:0] burst;
  always_comb begin
    to_page = 13'(PageBeats) - 13'(addr_q[11:BeatShift]);
    burst = 32'(MaxBurst);
    if (32'(to_page) < burst) burst = 32'(to_page);
    if (left_q < burst) burst = left_q;
  end

  logic issue, ar_done, r_beat, r_end;
  assign issue   = !ar_valid_q && left_q != 0 && !aborting_q && 32'(inflight_q) < 32'(MaxOutstanding);
  assign ar_done = ar_valid_q && m_axi_arready;
  assign r_beat  = m_axi_rvalid && m_axi_rready;
  assign r_end   = r_beat && m_axi_rlast;

  assign busy_o      = left_q != 0 || ar_valid_q || inflight_q != 0;
  assign cmd_ready_o = !busy_o;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      addr_q     <= '0;
      left_q     <= '0;
      aborting_q <= 1'b0;
      inflight_q <= '0;
      ar_valid_q <= 1'b0;
      ar_addr_q  <= '0;
      ar_len_q   <= '0;
      err_q      <= 1'b0;
    end else begin
      if (cmd_valid_i && cmd_ready_o) begin
        addr_q     <= {cmd_addr_i[63:BeatShift], BeatShift'(0)};
        left_q     <= cmd_beats_i;
        aborting_q <= 1'b0;
      end else begin
        if (abort_i) begin
          aborting_q <= 1'b1;
          left_q     <= '0;
        end
        if (issue && !abort_i) begin
          ar_valid_q <= 1'b1;  // held until accepted, whatever happens meanwhile (AXI rule)
          ar_addr_q  <= addr_q;
          ar_len_q   <= 8'(burst - 32'd1);
          addr_q     <= addr_q + (64'(burst) << BeatShift);
          left_q     <= left_q - burst;
        end
        if (!busy_o) aborting_q <= 1'b0;
      end
      if (ar_done) ar_valid_q <= 1'b0;
      inflight_q <= inflight_q + 4'(issue && !abort_i) - 4'(r_end);
      if (clear_err_i) err_q <= 1'b0;
      else if (r_beat && m_axi_rresp != 2'b00) err_q <= 1'b1;
    end
  end
  assign err_o = err_q;

  assign m_axi_arvalid = ar_valid_q;
  assign m_axi_araddr  = ar_addr_q;
  assign m_axi_arlen   = ar_len_q;
  assign m_axi_arsize  = 3'(BeatShift);
  assign m_axi_arburst = 2'b01;  // INCR

  // Data straight through; while aborting every beat is taken and dropped.
  assign data_valid_o = m_axi_rvalid && !aborting_q;
  assign data_o       = m_axi_rdata;
  assign m_axi_rready = aborting_q || data_ready_i;
  logic unused;
  assign unused = ^cmd_addr_i[BeatShift-1:0];
endmodule

`default_nettype wire
