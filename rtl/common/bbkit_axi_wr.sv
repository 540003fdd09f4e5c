// SPDX-License-Identifier: Apache-2.0
// AXI4 write master: writes a command's beats as INCR bursts from an input stream.
//
// A command names a beat-aligned address and a beat count; the engine splits it into bursts of
// at most MaxBurst beats that never cross a 4 KiB boundary (AXI4 rule), sends each burst's
// address, then its beats from data_i/strb_i with WLAST on the last, and keeps up to
// MaxOutstanding bursts awaiting their write response. The caller issues a command only when
// its beats are available (e.g. buffered), so a started burst always completes. err_o is
// sticky: a BRESP other than OKAY since the last clear_err_i.
`default_nettype none
`include "bbkit_axi_ports.svh"

module bbkit_axi_wr #(
  parameter int unsigned DataW = 512,         // AXI data width in bits: 32..1024, power of two
  parameter int unsigned MaxBurst = 32,       // beats per burst: 1..256, at most 4096 / (DataW/8)
  parameter int unsigned MaxOutstanding = 4,  // bursts awaiting BRESP: 1..15
  localparam int unsigned BeatBytes = DataW / 8,
  localparam int unsigned BeatShift = $clog2(BeatBytes)
) (
  input  wire                  clk_i,
  input  wire                  rst_ni,
  // Command: write cmd_beats_i beats at cmd_addr_i (BeatBytes-aligned; low bits ignored).
  input  wire                  cmd_valid_i,
  output logic                 cmd_ready_o,
  input  wire  [63:0]          cmd_addr_i,
  input  wire  [31:0]          cmd_beats_i,
  input  wire                  clear_err_i,
  output logic                 busy_o,      // a command is being written or responses are due
  output logic                 err_o,       // sticky: a write response with BRESP != OKAY
  // Beats to write, in address order.
  input  wire                  data_valid_i,
  output logic                 data_ready_o,
  input  wire  [DataW-1:0]     data_i,
  input  wire  [BeatBytes-1:0] strb_i,
  // AXI4 write channels (one ID, INCR bursts of full-width beats).
  `BBKIT_AXI_WR_PORTS(m_axi, DataW-1, BeatBytes-1)
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

  typedef enum logic [1:0] {StIdle, StAddr, StData} state_e;
  state_e      state_q;
  logic [63:0] addr_q;       // next burst's address
  logic [31:0] left_q;       // beats of the command not yet in a burst
  logic [7:0]  len_q;        // current burst: AWLEN
  logic [7:0]  beat_q;       // current burst: beats sent
  logic [3:0]  pending_q;    // bursts sent (address issued) whose response has not come
  logic        err_q;

  logic [12:0] to_page;
  logic [31:0] burst;
  always_comb begin
    to_page = 13'(PageBeats) - 13'(addr_q[11:BeatShift]);
    burst = 32'(MaxBurst);
    if (32'(to_page) < burst) burst = 32'(to_page);
    if (left_q < burst) burst = left_q;
  end

  logic aw_done, w_beat, b_done, w_last;
  assign aw_done = m_axi_awvalid && m_axi_awready;
  assign w_beat  = m_axi_wvalid && m_axi_wready;
  assign w_last  = beat_q == len_q;
  assign b_done  = m_axi_bvalid && m_axi_bready;

  assign busy_o      = state_q != StIdle || pending_q != 0;
  assign cmd_ready_o = state_q == StIdle;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q   <= StIdle;
      addr_q    <= '0;
      left_q    <= '0;
      len_q     <= '0;
      beat_q    <= '0;
      pending_q <= '0;
      err_q     <= 1'b0;
    end else begin
      unique case (state_q)
        StIdle: if (cmd_valid_i && cmd_beats_i != 0) begin
          addr_q  <= {cmd_addr_i[63:BeatShift], BeatShift'(0)};
          left_q  <= cmd_beats_i;
          state_q <= StAddr;
        end
        StAddr: if (aw_done) begin
          len_q   <= 8'(burst - 32'd1);
          beat_q  <= '0;
          addr_q  <= addr_q + (64'(burst) << BeatShift);
          left_q  <= left_q - burst;
          state_q <= StData;
        end
        StData: if (w_beat) begin
          beat_q <= beat_q + 8'd1;
          if (w_last) state_q <= left_q != 0 ? StAddr : StIdle;
        end
        default: state_q <= StIdle;
      endcase
      pending_q <= pending_q + 4'(aw_done) - 4'(b_done);
      if (clear_err_i) err_q <= 1'b0;
      else if (b_done && m_axi_bresp != 2'b00) err_q <= 1'b1;
    end
  end
  assign err_o = err_q;

  // The address is offered only with room for its response (at most MaxOutstanding pending).
  assign m_axi_awvalid = state_q == StAddr && 32'(pending_q) < 32'(MaxOutstanding);
  assign m_axi_awaddr  = addr_q;
  assign m_axi_awlen   = 8'(burst - 32'd1);
  assign m_axi_awsize  = 3'(BeatShift);
  assign m_axi_awburst = 2'b01;  // INCR

  assign m_axi_wvalid = state_q == StData && data_valid_i;
  assign m_axi_wdata  = data_i;
  assign m_axi_wstrb  = strb_i;
  assign m_axi_wlast  = w_last;
  assign data_ready_o = state_q == StData && m_axi_wready;
  assign m_axi_bready = 1'b1;
  logic unused;
  assign unused = ^cmd_addr_i[BeatShift-1:0];
endmodule

`default_nettype wire
