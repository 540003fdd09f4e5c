// SPDX-License-Identifier: Apache-2.0
// Batch engine of a bbkit RTL kernel (docs/card-contract.md, "Batches"): for each of NUM_OPS
// descriptors it fetches the 64-byte descriptor from DESC, checks what the shell owns (op type,
// payload alignment), runs the op on the datapath — input bytes from DATA+in_addr streamed in,
// output beats buffered and written to DATA+out_addr — and writes the 32-byte completion
// record to CMPL in one beat (so DONE lands with the rest of the record), counting OPS_DONE.
// With Harq (the decoder), the same for the HARQ streams on m_axi_harq: with
// HQ_COMBINE_IN_ENABLE the harq_in_len bytes at HARQ+harq_in_addr are streamed in (dp_hin_*),
// with HQ_COMBINE_OUT_ENABLE the datapath's dp_hout_* beats are written at HARQ+harq_out_addr
// (at most harq_out_cap bytes, dp_harq_out_len_i of them), and the record's harq_out_len is
// dp_harq_out_len_i. Without Harq the HARQ ports are idle and the flags are the datapath's
// business (BAD_FLAGS).
//
// Datapath port contract: docs/card-contract.md "Datapath interface". Errors the shell owns:
//  - op_type other than OpType: BAD_OP_TYPE, the datapath is not started;
//  - DATA + in_addr or DATA + out_addr not 64-byte aligned, or (Harq) HARQ + harq_in_addr with
//    HQ_COMBINE_IN_ENABLE or HARQ + harq_out_addr with HQ_COMBINE_OUT_ENABLE not 64-byte
//    aligned: BAD_ADDRESS (not started);
//  - an error response (RRESP/BRESP) on any access of the op: BUS_ERROR. A read error stops the
//    op like the watchdog does; a write error is reported when the op ends;
//  - the watchdog: an op still running WatchdogCycles after its start is stopped — the
//    datapath is held in reset for a cycle, the op's reads are drained, the writes already
//    under way finish — and completes with TIMEOUT.
// The shell never writes more than out_cap bytes (rounded up to whole beats) whatever the
// datapath offers. DESC must be 64-byte aligned and CMPL 32-byte aligned (the low address bits
// are ignored). A bus that never answers is outside the watchdog's reach (AXI gives no way to
// abandon a transaction).
`default_nettype none
`include "bbkit_axi_ports.svh"
`include "bbkit_dp_ports.svh"

module bbkit_batch_engine
  import bbkit_desc_pkg::*;
#(
  parameter int unsigned OpType = 1,                  // the op_type this kernel executes: 1..255
  parameter int unsigned WatchdogCycles = 32'h0100_0000,  // per-op limit, cycles: 16..2^32-1
  parameter int unsigned MaxBurst = 32,               // AXI burst length, beats: 1..64
  parameter int unsigned OutBufBeats = 64,            // output buffer, beats: 2*MaxBurst..1024, power of 2
  parameter bit          Harq = 1'b0                  // HARQ streams on m_axi_harq (decoder)
) (
  input  wire          clk_i,
  input  wire          rst_ni,
  // ap_ctrl, with the register block
  input  wire          ap_start_i,       // CTRL.ap_start
  input  wire          auto_restart_i,   // CTRL.auto_restart
  output logic         ap_start_ack_o,   // pulse: arguments sampled (ap_start hwclr, ap_ready hwset)
  output logic         ap_done_o,        // pulse: the batch's last record is written (ap_done hwset)
  output logic         ap_idle_o,
  input  wire  [63:0]  desc_base_i,
  input  wire  [63:0]  cmpl_base_i,
  input  wire  [63:0]  data_base_i,
  input  wire  [63:0]  harq_base_i,      // Harq only
  input  wire  [31:0]  num_ops_i,
  output logic [31:0]  ops_done_o,
  // the datapath (one op at a time)
  `BBKIT_DP_PORTS,
  // the datapath's HARQ streams (Harq only; idle otherwise)
  `BBKIT_DP_HARQ_PORTS,
  // m_axi_ctrl: descriptor reads, completion writes
  `BBKIT_AXI_M_PORTS(m_axi_ctrl),
  // m_axi_data: payload reads and writes
  `BBKIT_AXI_M_PORTS(m_axi_data),
  // m_axi_harq: HARQ reads and writes (Harq only; idle otherwise)
  `BBKIT_AXI_M_PORTS(m_axi_harq)
);

`ifndef SYNTHESIS
  initial begin
    assert (OpType >= 1 && OpType <= 255) else $fatal(1, "OpType out of range 1..255");
    assert (WatchdogCycles >= 16) else $fatal(1, "WatchdogCycles must be at least 16");
    assert (MaxBurst >= 1 && MaxBurst <= 64) else $fatal(1, "MaxBurst out of range 1..64");
    assert (OutBufBeats >= 2 * MaxBurst && OutBufBeats <= 1024 && (OutBufBeats & (OutBufBeats - 1)) == 0)
      else $fatal(1, "OutBufBeats: a power of 2 in 2*MaxBurst..1024");
  end
`endif

  typedef enum logic [3:0] {
    StIdle, StFetch, StFetchWait, StCheck, StDpStart, StRun, StStop, StCmpl, StCmplWait
  } state_e;

  state_e       state_q;
  logic [63:0]  cycle_q;
  logic [63:0]  desc_base_q, cmpl_base_q, data_base_q, harq_base_q;
  logic [31:0]  num_ops_q, index_q, ops_done_q;
  ldpc_desc_t   desc_q;
  logic [63:0]  t0_q;             // cycle the op's descriptor read was issued
  logic [31:0]  watchdog_q;       // cycles the datapath has had the op
  logic         dp_rst_q;
  // the op's result
  logic         dp_done_q;        // the datapath finished (result below valid)
  logic [15:0]  res_status_q;
  logic [7:0]   res_code_q, res_iter_q;
  logic [31:0]  res_out_len_q, res_harq_len_q;

  // ---------------------------------------------------------------- engines
  logic        crd_cmd_valid, crd_cmd_ready, crd_busy, crd_err, crd_valid;
  logic [511:0] crd_data;
  logic        cwr_cmd_valid, cwr_cmd_ready, cwr_busy, cwr_err;
  logic [511:0] cwr_data;
  logic [63:0] cwr_strb;
  logic        cwr_data_ready;
  logic        drd_cmd_valid, drd_cmd_ready, drd_busy, drd_err, drd_abort;
  logic        dwr_busy, dwr_err, dwr_finished;
  logic        hrd_busy, hrd_err, hwr_busy, hwr_err, hwr_finished;
  logic        clear_err;
  logic        fetch_issue, dp_issue, cmpl_issue, op_end, batch_end;

  bbkit_axi_rd #(.MaxBurst(MaxBurst), .MaxOutstanding(1)) u_ctrl_rd (
    .clk_i, .rst_ni,
    .cmd_valid_i(crd_cmd_valid), .cmd_ready_o(crd_cmd_ready),
    .cmd_addr_i(desc_base_q + {26'd0, index_q, 6'd0}), .cmd_beats_i(32'd1),
    .abort_i(1'b0), .clear_err_i(clear_err), .busy_o(crd_busy), .err_o(crd_err),
    .data_valid_o(crd_valid), .data_ready_i(1'b1), .data_o(crd_data),
    `BBKIT_AXI_RD_CONNECT(m_axi, m_axi_ctrl)
  );

  logic [63:0] cmpl_addr;
  assign cmpl_addr = cmpl_base_q + {27'd0, index_q, 5'd0};
  bbkit_axi_wr #(.MaxBurst(MaxBurst), .MaxOutstanding(1)) u_ctrl_wr (
    .clk_i, .rst_ni,
    .cmd_valid_i(cwr_cmd_valid), .cmd_ready_o(cwr_cmd_ready), .cmd_addr_i(cmpl_addr), .cmd_beats_i(32'd1),
    .clear_err_i(clear_err), .busy_o(cwr_busy), .err_o(cwr_err),
    .data_valid_i(1'b1), .data_ready_o(cwr_data_ready), .data_i(cwr_data), .strb_i(cwr_strb),
    `BBKIT_AXI_WR_CONNECT(m_axi, m_axi_ctrl)
  );

  logic [63:0] in_base, out_base;
  logic [32:0] in_beats, cap_beats;
  assign in_base   = data_base_q + desc_q.in_addr;
  assign out_base  = data_base_q + desc_q.out_addr;
  assign in_beats  = ({1'b0, desc_q.in_len} + 33'd63) >> 6;
  assign cap_beats = ({1'b0, desc_q.out_cap} + 33'd63) >> 6;

  bbkit_axi_rd #(.MaxBurst(MaxBurst), .MaxOutstanding(4)) u_data_rd (
    .clk_i, .rst_ni,
    .cmd_valid_i(drd_cmd_valid), .cmd_ready_o(drd_cmd_ready), .cmd_addr_i(in_base),
    .cmd_beats_i(in_beats[31:0]),
    .abort_i(drd_abort), .clear_err_i(clear_err), .busy_o(drd_busy), .err_o(drd_err),
    .data_valid_o(dp_in_valid_o), .data_ready_i(dp_in_ready_i), .data_o(dp_in_data_o),
    `BBKIT_AXI_RD_CONNECT(m_axi, m_axi_data)
  );

  logic running, stopping, op_start;
  assign running  = state_q == StRun;
  assign stopping = state_q == StStop;

  bbkit_stream_wr #(.MaxBurst(MaxBurst), .BufBeats(OutBufBeats)) u_data_wr (
    .clk_i, .rst_ni, .start_i(op_start), .run_i(running), .done_i(dp_done_q), .base_i(out_base),
    .cap_beats_i(cap_beats), .len_i(res_out_len_q), .flush_i(op_end), .clear_err_i(clear_err),
    .finished_o(dwr_finished), .busy_o(dwr_busy), .err_o(dwr_err),
    .valid_i(dp_out_valid_i), .ready_o(dp_out_ready_o), .data_i(dp_out_data_i),
    `BBKIT_AXI_WR_CONNECT(m_axi, m_axi_data)
  );

  // ---------------------------------------------------------------- HARQ streams
  logic        hq_in, hq_out;
  logic [63:0] hin_base, hout_base;
  logic        hq_addr_bad;
  assign hq_in       = Harq && desc_q.op_flags[LdpcOpFlagsHqCombineInEnable];
  assign hq_out      = Harq && desc_q.op_flags[LdpcOpFlagsHqCombineOutEnable];
  assign hin_base    = harq_base_q + 64'(desc_q.harq_in_addr);
  assign hout_base   = harq_base_q + 64'(desc_q.harq_out_addr);
  assign hq_addr_bad = (hq_in && hin_base[5:0] != 6'd0) || (hq_out && hout_base[5:0] != 6'd0);

  if (Harq) begin : g_harq
    logic [32:0] hin_beats, hcap_beats;
    assign hin_beats  = hq_in ? ({1'b0, desc_q.harq_in_len} + 33'd63) >> 6 : 33'd0;
    assign hcap_beats = hq_out ? ({1'b0, desc_q.harq_out_cap} + 33'd63) >> 6 : 33'd0;
    logic hrd_cmd_ready;
    bbkit_axi_rd #(.MaxBurst(MaxBurst), .MaxOutstanding(4)) u_harq_rd (
      .clk_i, .rst_ni,
      .cmd_valid_i(dp_issue && hin_beats != 0), .cmd_ready_o(hrd_cmd_ready), .cmd_addr_i(hin_base),
      .cmd_beats_i(hin_beats[31:0]),
      .abort_i(drd_abort), .clear_err_i(clear_err), .busy_o(hrd_busy), .err_o(hrd_err),
      .data_valid_o(dp_hin_valid_o), .data_ready_i(dp_hin_ready_i), .data_o(dp_hin_data_o),
      `BBKIT_AXI_RD_CONNECT(m_axi, m_axi_harq)
    );
    bbkit_stream_wr #(.MaxBurst(MaxBurst), .BufBeats(OutBufBeats)) u_harq_wr (
      .clk_i, .rst_ni, .start_i(op_start), .run_i(running), .done_i(dp_done_q), .base_i(hout_base),
      .cap_beats_i(hcap_beats), .len_i(res_harq_len_q), .flush_i(op_end), .clear_err_i(clear_err),
      .finished_o(hwr_finished), .busy_o(hwr_busy), .err_o(hwr_err),
      .valid_i(dp_hout_valid_i), .ready_o(dp_hout_ready_o), .data_i(dp_hout_data_i),
      `BBKIT_AXI_WR_CONNECT(m_axi, m_axi_harq)
    );
    logic unused_harq;
    assign unused_harq = hrd_cmd_ready;
  end else begin : g_no_harq
    assign hrd_busy = 1'b0;
    assign hrd_err = 1'b0;
    assign hwr_busy = 1'b0;
    assign hwr_err = 1'b0;
    assign hwr_finished = 1'b1;
    assign dp_hin_valid_o = 1'b0;
    assign dp_hin_data_o = '0;
    assign dp_hout_ready_o = 1'b1;
    assign m_axi_harq_awvalid = 1'b0;
    assign m_axi_harq_awaddr  = '0;
    assign m_axi_harq_awlen   = '0;
    assign m_axi_harq_awsize  = 3'd6;
    assign m_axi_harq_awburst = 2'b01;
    assign m_axi_harq_wvalid  = 1'b0;
    assign m_axi_harq_wdata   = '0;
    assign m_axi_harq_wstrb   = '0;
    assign m_axi_harq_wlast   = 1'b0;
    assign m_axi_harq_bready  = 1'b1;
    assign m_axi_harq_arvalid = 1'b0;
    assign m_axi_harq_araddr  = '0;
    assign m_axi_harq_arlen   = '0;
    assign m_axi_harq_arsize  = 3'd6;
    assign m_axi_harq_arburst = 2'b01;
    assign m_axi_harq_rready  = 1'b1;
    logic unused_harq;
    assign unused_harq = ^{dp_hin_ready_i, dp_hout_valid_i, dp_hout_data_i, `BBKIT_AXI_M_INPUTS(m_axi_harq),
                           hin_base, hout_base, desc_q.harq_in_len, desc_q.harq_out_cap};
  end

  // ---------------------------------------------------------------- control
  logic start_batch;
  assign start_batch = (state_q == StIdle && ap_start_i) ||
                       (state_q == StCmplWait && !cwr_busy && index_q + 32'd1 == num_ops_q && auto_restart_i);

  assign fetch_issue = state_q == StFetch && crd_cmd_ready;
  assign dp_issue    = state_q == StDpStart && dp_ready_i;
  assign cmpl_issue  = state_q == StCmpl && cwr_cmd_ready;

  assign crd_cmd_valid = fetch_issue;
  assign drd_cmd_valid = dp_issue && in_beats != 0;
  assign cwr_cmd_valid = cmpl_issue;
  assign clear_err     = fetch_issue;

  // The op is over when the datapath is done and every output beat is written, or when it was
  // stopped and the traffic under way has drained.
  logic run_finished, stop_finished;
  assign run_finished  = running && dp_done_q && dwr_finished && hwr_finished && !drd_busy && !hrd_busy;
  assign stop_finished = stopping && !dwr_busy && !drd_busy && !hwr_busy && !hrd_busy;
  assign op_end        = run_finished || stop_finished;
  assign op_start      = dp_issue;
  assign drd_abort     = (running && (dp_done_q || stop_now)) || stopping;
  assign batch_end     = state_q == StCmplWait && !cwr_busy && index_q + 32'd1 == num_ops_q;

  // Completion record in its half of the 64-byte beat.
  cmpl_t rec;
  always_comb begin
    rec = '0;
    rec.status     = res_status_q | 16'(1 << CmplStatusDone);
    rec.error_code = res_code_q;
    rec.iterations = res_iter_q;
    rec.tag        = desc_q.tag;
    rec.out_len    = res_out_len_q;
    rec.harq_out_len = res_harq_len_q;
    rec.cycles     = cycle_q - t0_q;
    cwr_data = cmpl_addr[5] ? {rec, 256'd0} : {256'd0, rec};
    cwr_strb = cmpl_addr[5] ? {32'hFFFF_FFFF, 32'd0} : {32'd0, 32'hFFFF_FFFF};
  end

  // Errors the shell detects itself: the record then says ERR with the code and nothing else.
  error_code_e check_code, fail_code;
  logic        stop_now, fail_now;
  always_comb begin
    check_code = ERROR_CODE_NONE;
    if (crd_err) check_code = ERROR_CODE_BUS_ERROR;
    else if (desc_q.op_type != 8'(OpType)) check_code = ERROR_CODE_BAD_OP_TYPE;
    else if (in_base[5:0] != 6'd0 || out_base[5:0] != 6'd0 || hq_addr_bad) check_code = ERROR_CODE_BAD_ADDRESS;
  end
  assign stop_now = running && !dp_done_q && !dp_done_i && (drd_err || hrd_err || watchdog_q >= WatchdogCycles);
  always_comb begin
    fail_now  = 1'b0;
    fail_code = check_code;
    if (state_q == StCheck && check_code != ERROR_CODE_NONE) begin
      fail_now = 1'b1;
    end else if (stop_now) begin
      fail_now  = 1'b1;
      fail_code = (drd_err || hrd_err) ? ERROR_CODE_BUS_ERROR : ERROR_CODE_TIMEOUT;
    end else if (run_finished && (dwr_err || drd_err || hwr_err || hrd_err)) begin
      fail_now  = 1'b1;
      fail_code = ERROR_CODE_BUS_ERROR;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q       <= StIdle;
      cycle_q       <= '0;
      desc_base_q   <= '0;
      cmpl_base_q   <= '0;
      data_base_q   <= '0;
      harq_base_q   <= '0;
      num_ops_q     <= '0;
      index_q       <= '0;
      ops_done_q    <= '0;
      desc_q        <= '0;
      t0_q          <= '0;
      watchdog_q    <= '0;
      dp_rst_q      <= 1'b0;
      dp_done_q     <= 1'b0;
      res_status_q  <= '0;
      res_code_q    <= '0;
      res_iter_q    <= '0;
      res_out_len_q <= '0;
      res_harq_len_q <= '0;
    end else begin
      cycle_q  <= cycle_q + 64'd1;
      dp_rst_q <= 1'b0;

      if (start_batch) begin
        desc_base_q <= desc_base_i;
        cmpl_base_q <= cmpl_base_i;
        data_base_q <= data_base_i;
        harq_base_q <= Harq ? harq_base_i : 64'd0;
        num_ops_q   <= num_ops_i;
        index_q     <= '0;
        ops_done_q  <= '0;
        state_q     <= num_ops_i == 0 ? StIdle : StFetch;
      end else begin
        unique case (state_q)
          StIdle: ;
          StFetch: if (fetch_issue) begin
            t0_q    <= cycle_q;
            state_q <= StFetchWait;
          end
          StFetchWait: begin
            if (crd_valid) desc_q <= ldpc_desc_t'(crd_data);
            if (!crd_busy) state_q <= StCheck;
          end
          StCheck: begin
            res_status_q  <= '0;
            res_code_q    <= '0;
            res_iter_q    <= '0;
            res_out_len_q <= '0;
            res_harq_len_q <= '0;
            state_q       <= check_code == ERROR_CODE_NONE ? StDpStart : StCmpl;
          end
          StDpStart: if (dp_issue) begin
            watchdog_q   <= '0;
            dp_done_q    <= 1'b0;
            state_q      <= StRun;
          end
          StRun: begin
            if (!dp_done_q) watchdog_q <= watchdog_q + 32'd1;
            if (dp_done_i && !dp_done_q) begin
              dp_done_q     <= 1'b1;
              res_status_q  <= dp_status_i & 16'((1 << CmplStatusSynErr) | (1 << CmplStatusCrcErr) |
                                                 (1 << CmplStatusErr));
              res_code_q    <= dp_error_code_i;
              res_iter_q    <= dp_iterations_i;
              res_out_len_q <= dp_out_len_i;
              res_harq_len_q <= Harq ? dp_harq_out_len_i : 32'd0;
            end else if (stop_now) begin
              dp_rst_q <= 1'b1;  // the datapath forgets the op
              state_q  <= StStop;
            end
            if (run_finished) state_q <= StCmpl;
          end
          StStop: if (stop_finished) state_q <= StCmpl;
          StCmpl: if (cmpl_issue) state_q <= StCmplWait;
          StCmplWait: if (!cwr_busy) begin
            ops_done_q <= ops_done_q + 32'd1;
            index_q    <= index_q + 32'd1;
            state_q    <= batch_end ? StIdle : StFetch;
          end
          default: state_q <= StIdle;
        endcase
      end
      if (fail_now) begin
        res_status_q  <= 16'(1 << CmplStatusErr);
        res_code_q    <= fail_code;
        res_iter_q    <= '0;
        res_out_len_q <= '0;
        res_harq_len_q <= '0;
      end
    end
  end

  assign ap_start_ack_o = start_batch;
  assign ap_done_o      = batch_end || (start_batch && num_ops_i == 0);
  assign ap_idle_o      = state_q == StIdle;
  assign ops_done_o     = ops_done_q;

  assign dp_rst_no  = rst_ni && !dp_rst_q;
  assign dp_start_o = dp_issue;
  assign dp_desc_o  = desc_q;
  assign dp_cycle_o = cycle_q;

  logic unused;
  assign unused = ^{cwr_data_ready, drd_cmd_ready, cwr_err, harq_base_i, dp_harq_out_len_i};
endmodule

`default_nettype wire
