// SPDX-License-Identifier: Apache-2.0
// LDPC rate dematching (inverse of TS 38.212 5.4.2, as the golden rate_dematch()): takes the E
// channel LLRs (one signed byte each, 64 per beat, in transmission order f_0 .. f_{E-1}) and
// issues "combine these LLRs into these circular-buffer positions" to the soft buffer.
//
// Why address generation and not an E-LLR buffer: E may be up to 2^22 LLRs while the soft buffer
// holds at most Ncb <= 66 Zmax; and the bit interleaver (f_{i + c Qm} = e_{i E/Qm + c}) only
// splits the stream into Qm rows that each walk the circular buffer in order: row i's c-th LLR is
// e_{i cols + c}, the position after row i's previous one (skipping the filler bits
// [K' - 2Zc, K - 2Zc), wrapping at Ncb). So one pointer per row (Qm <= 10) places every LLR as it
// arrives, with no buffering and no per-LLR division. Each pointer's start, the position of
// e_{i cols}, is found once per op on a sequential divider: rank = (r0 + i cols) mod (Ncb - F)
// among the non-filler positions (r0 the rank of k0), then (column, lane) = divmod(position, Zc):
// about 50 Qm + 25 cycles before the first LLR.
//
// Throughput: the LLRs of one row within a beat (bytes o, o + Qm, o + 2Qm, ...) go to consecutive
// positions, so they are written as one chunk per cycle: gathered from the beat, rotated onto
// their lanes (bbkit_cyclic_shift), at most Zc of them (distinct lanes: a chunk covers lanes l ..
// Zc-1 of column c and 0 .. of column c + 1), cut at the filler gap and at Ncb. A beat takes Qm
// cycles when Zc >= 64 / Qm (64 / Qm LLRs per cycle), more with small Zc or a cut.
`default_nettype none

module bbkit_ldpc_rate_dematch #(
  parameter int unsigned Zmax = 384,  // largest lifting size, 2..384
  localparam int unsigned LaneW = $clog2(Zmax)
) (
  input  wire logic               clk_i,
  input  wire logic               rst_ni,
  input  wire logic               start_i,   // parameters valid (held until done_o)
  input  wire logic [8:0]         zc_i,
  input  wire logic [14:0]        n_cb_i,
  input  wire logic [14:0]        k0_i,
  input  wire logic [13:0]        filler_begin_i,
  input  wire logic [13:0]        filler_end_i,
  input  wire logic [22:0]        e_i,
  input  wire logic [3:0]         qm_i,
  input  wire logic [22:0]        cols_i,    // E / Qm
  output      logic               done_o,    // one-cycle pulse after the last chunk was issued
  // LLR stream (the contract's input beats)
  input  wire logic               in_valid_i,
  output      logic               in_ready_o,
  input  wire logic [511:0]       in_data_i,
  // to the soft buffer, registered: one chunk, lane z of column add_col_o (z >= add_lane_o) or
  // add_col_o + 1 (z < add_lane_o) takes add_data_o[9z+8:9z] = {valid, LLR}
  output      logic               add_valid_o,
  output      logic [6:0]         add_col_o,  // core column (circular-buffer column + 2)
  output      logic [LaneW-1:0]   add_lane_o,
  output      logic [Zmax*9-1:0]  add_data_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
  end
`endif

  localparam int unsigned DivW = 24;
  localparam int unsigned MaxQm = 10;
  localparam int unsigned ShW = $clog2(Zmax + 1);

  typedef enum logic [2:0] {SIdle, SFillerEnd, SRank, SPos, SStream} state_e;
  state_e state_q;

  logic [13:0] n_filler;
  logic [14:0] n_nonfiller;  // Ncb - F: positions that carry LLRs
  logic [14:0] r0;           // rank of k0 among them (k0 inside the fillers starts at filler_end)
  assign n_filler = filler_end_i - filler_begin_i;
  assign n_nonfiller = n_cb_i - 15'(n_filler);
  assign r0 = k0_i < 15'(filler_begin_i) ? k0_i
            : (k0_i < 15'(filler_end_i) ? 15'(filler_begin_i) : k0_i - 15'(n_filler));

  // ---- pointer set-up on one sequential divider ----
  logic div_go_q, div_done, div_busy;
  logic [DivW-1:0] div_a, div_b, div_quot, div_rem;
  logic unused_div;  // quotients < 128 columns, remainders < 2^15
  assign unused_div = ^{div_busy, div_quot[DivW-1:7], div_rem[DivW-1:15]};
  bbkit_divider #(.DividendW(DivW), .DivisorW(DivW)) u_div (
    .clk_i, .rst_ni,
    .start_i(div_go_q), .dividend_i(div_a), .divisor_i(div_b),
    .busy_o(div_busy), .done_o(div_done), .quotient_o(div_quot), .remainder_o(div_rem)
  );

  logic [3:0] row_q;           // row being set up
  logic [22:0] row_base_q;     // row_q * cols
  logic [14:0] pos_q;
  logic [14:0] pos;            // position of the row's first LLR, from its rank
  assign pos = div_rem[14:0] < 15'(filler_begin_i) ? div_rem[14:0] : div_rem[14:0] + 15'(n_filler);

  always_comb begin
    div_a = '0;
    div_b = DivW'(zc_i);
    unique case (state_q)
      SFillerEnd: div_a = DivW'(filler_end_i);
      SRank: begin
        div_a = DivW'(r0) + DivW'(row_base_q);
        div_b = DivW'(n_nonfiller);
      end
      SPos: div_a = DivW'(pos_q);
      default: ;
    endcase
  end

  logic [6:0] fe_col_q;
  logic [8:0] fe_lane_q;
  logic [14:0] ptr_j_q [MaxQm];
  logic [6:0] ptr_col_q [MaxQm];
  logic [8:0] ptr_lane_q [MaxQm];

  // ---- streaming: one chunk of one row per cycle ----
  logic beat_v_q;
  logic [511:0] beat_q;
  logic [6:0] beat_bytes_q;    // LLRs in this beat (64 but in the last one)
  logic [3:0] phase_q;         // f index of the beat's byte 0, mod Qm
  logic [3:0] off_q;           // byte offset of the row being consumed, 0..Qm-1
  logic row_v_q;               // rowvec_q holds the rest of that row
  logic [3:0] cur_row_q;
  logic [511:0] rowvec_q;         // up to 64 LLRs of one row
  logic [6:0] rem_q;
  logic [22:0] left_q;         // LLRs of the op not yet issued

  // The row of byte offset off_q in this beat, its bytes gathered, and how many there are:
  // gathered byte k = beat byte off_q + k Qm while that is below beat_bytes_q. Written as one
  // byte shift of the beat (off_q < 10) and, per k, a choice among the six Qm strides at constant
  // byte positions: 64 variable part-selects of the 512-bit beat would be 64 full-width shifters
  // (what kept Yosys from finishing the datapath).
  localparam logic [23:0] QmOpts = {4'd10, 4'd8, 4'd6, 4'd4, 4'd2, 4'd1};  // Qm option q in [4q+3:4q]
  logic [3:0] gather_row;
  logic [4:0] row_sum;
  logic [511:0] gathered, beat_off;
  logic [6:0] gathered_n;
  logic [7:0] avail;  // beat bytes from offset off_q on (the top bit: none)
  assign row_sum = 5'(phase_q) + 5'(off_q);
  assign gather_row = row_sum >= 5'(qm_i) ? 4'(row_sum - 5'(qm_i)) : row_sum[3:0];
  assign beat_off = beat_q >> {off_q, 3'b000};
  assign avail = 8'(beat_bytes_q) - 8'(off_q);
  logic [63:0] gather_v;  // gathered byte k is an LLR of the row (a prefix of the 64)
  for (genvar k = 0; k < 64; k++) begin : g_gather
    logic [7:0] by_qm [6];
    logic [9:0] pos_qm [6];  // k Qm for each Qm
    for (genvar q = 0; q < 6; q++) begin : g_qm
      assign pos_qm[q] = 10'(k * 32'(QmOpts[4*q +: 4]));
      if (k * 32'(QmOpts[4*q +: 4]) < 64) begin : g_in
        assign by_qm[q] = beat_off[8 * k * 32'(QmOpts[4*q +: 4]) +: 8];
      end else begin : g_out
        assign by_qm[q] = '0;
      end
    end
    logic [7:0] b;
    logic [9:0] k_qm;  // k Qm
    always_comb begin
      unique case (qm_i)
        4'd1: begin b = by_qm[0]; k_qm = pos_qm[0]; end
        4'd2: begin b = by_qm[1]; k_qm = pos_qm[1]; end
        4'd4: begin b = by_qm[2]; k_qm = pos_qm[2]; end
        4'd6: begin b = by_qm[3]; k_qm = pos_qm[3]; end
        4'd8: begin b = by_qm[4]; k_qm = pos_qm[4]; end
        4'd10: begin b = by_qm[5]; k_qm = pos_qm[5]; end
        // verilator coverage_off
        default: begin b = '0; k_qm = '1; end  // unreachable: Qm is checked before the op starts
        // verilator coverage_on
      endcase
    end
    assign gather_v[k] = !avail[7] && k_qm < 10'(avail);
    assign gathered[8*k +: 8] = gather_v[k] ? b : 8'd0;
  end
  always_comb begin
    gathered_n = '0;
    for (int unsigned k = 0; k < 64; k++)
      if (gather_v[k]) gathered_n = 7'(k + 1);
  end

  logic [511:0] src;
  logic [6:0] src_n;
  logic [3:0] row;
  assign src = row_v_q ? rowvec_q : gathered;
  assign src_n = row_v_q ? rem_q : gathered_n;
  assign row = row_v_q ? cur_row_q : gather_row;

  // chunk = min(src_n, Zc, up to the filler gap, up to Ncb)
  logic [14:0] cur_j, to_ncb, to_fill;
  logic [6:0] cur_col;
  logic [8:0] cur_lane;
  logic [9:0] chunk;
  assign cur_j = ptr_j_q[row];
  assign cur_col = ptr_col_q[row];
  assign cur_lane = ptr_lane_q[row];
  assign to_ncb = n_cb_i - cur_j;
  assign to_fill = (n_filler != '0 && cur_j < 15'(filler_begin_i)) ? 15'(filler_begin_i) - cur_j : 15'h7fff;
  always_comb begin
    chunk = 10'(src_n);
    if (10'(zc_i) < chunk) chunk = 10'(zc_i);
    if (to_fill < 15'(chunk)) chunk = to_fill[9:0];
    if (to_ncb < 15'(chunk)) chunk = to_ncb[9:0];
  end

  logic [14:0] nxt_j;
  logic [6:0] nxt_col;
  logic [8:0] nxt_lane;
  logic [9:0] lane_sum;
  assign lane_sum = 10'(cur_lane) + chunk;
  always_comb begin
    nxt_j = cur_j + 15'(chunk);
    nxt_col = cur_col;
    nxt_lane = lane_sum[8:0];
    if (n_filler != '0 && nxt_j == 15'(filler_begin_i)) begin
      nxt_j = 15'(filler_end_i);
      nxt_col = fe_col_q;
      nxt_lane = fe_lane_q;
    end else if (lane_sum >= 10'(zc_i)) begin
      nxt_col = cur_col + 7'd1;
      nxt_lane = 9'(lane_sum - 10'(zc_i));
    end
    if (nxt_j == n_cb_i) begin
      nxt_j = '0;
      nxt_col = '0;
      nxt_lane = '0;
    end
  end

  // 64 mod Qm is 4 for Qm = 6 and 10, else 0
  logic [4:0] phase_sum;
  logic [3:0] next_phase;
  assign phase_sum = 5'(phase_q) + ((qm_i == 4'd6 || qm_i == 4'd10) ? 5'd4 : 5'd0);
  assign next_phase = phase_sum >= 5'(qm_i) ? 4'(phase_sum - 5'(qm_i)) : phase_sum[3:0];

  logic issue, row_last, beat_last, op_last;
  assign issue = state_q == SStream && beat_v_q;
  assign row_last = 7'(chunk) == src_n;  // also a row without LLRs in a short last beat
  assign beat_last = row_last && 4'(off_q + 4'd1) == qm_i;
  assign op_last = 23'(chunk) == left_q;
  assign in_ready_o = state_q == SStream && (!beat_v_q || (issue && beat_last && !op_last));

  // lanes of the chunk: lane k < chunk holds {1, src byte k}, then rotated up by cur_lane mod Zc
  logic [Zmax*9-1:0] chunk_lanes, placed;
  for (genvar k = 0; k < Zmax; k++) begin : g_chunk
    if (k < 64) begin : g_src
      assign chunk_lanes[9*k +: 9] = {10'(k) < chunk, src[8*k +: 8]};
    end else begin : g_pad
      assign chunk_lanes[9*k +: 9] = '0;
    end
  end
  logic [8:0] rot;  // output lane z takes chunk lane (z - cur_lane) mod Zc
  assign rot = cur_lane == '0 ? '0 : zc_i - cur_lane;
  bbkit_cyclic_shift #(.Lanes(Zmax), .Width(9)) u_place (
    .data_i(chunk_lanes), .zc_i(zc_i[ShW-1:0]), .shift_i(rot[ShW-1:0]), .data_o(placed)
  );
  if (ShW < 9) begin : g_unused_msbs
    logic unused;
    assign unused = ^{rot[8:ShW], cur_lane[8:ShW]};
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      div_go_q <= 1'b0;
      row_q <= '0;
      row_base_q <= '0;
      pos_q <= '0;
      fe_col_q <= '0;
      fe_lane_q <= '0;
      for (int unsigned i = 0; i < MaxQm; i++) begin
        ptr_j_q[i] <= '0;
        ptr_col_q[i] <= '0;
        ptr_lane_q[i] <= '0;
      end
      beat_v_q <= 1'b0;
      beat_q <= '0;
      beat_bytes_q <= '0;
      phase_q <= '0;
      off_q <= '0;
      row_v_q <= 1'b0;
      cur_row_q <= '0;
      rowvec_q <= '0;
      rem_q <= '0;
      left_q <= '0;
      done_o <= 1'b0;
      add_valid_o <= 1'b0;
      add_col_o <= '0;
      add_lane_o <= '0;
      add_data_o <= '0;
    end else begin
      div_go_q <= 1'b0;
      done_o <= 1'b0;
      add_valid_o <= issue;
      add_col_o <= cur_col + 7'd2;
      add_lane_o <= cur_lane[LaneW-1:0];
      add_data_o <= placed;
      unique case (state_q)
        SIdle: if (start_i) begin
          row_q <= '0;
          row_base_q <= '0;
          div_go_q <= 1'b1;
          state_q <= SFillerEnd;
        end
        SFillerEnd: if (div_done) begin
          fe_col_q <= div_quot[6:0];
          fe_lane_q <= div_rem[8:0];
          div_go_q <= 1'b1;
          state_q <= SRank;
        end
        SRank: if (div_done) begin
          pos_q <= pos;
          ptr_j_q[row_q] <= pos;
          div_go_q <= 1'b1;
          state_q <= SPos;
        end
        SPos: if (div_done) begin
          ptr_col_q[row_q] <= div_quot[6:0];
          ptr_lane_q[row_q] <= div_rem[8:0];
          if (4'(row_q + 4'd1) == qm_i) begin
            beat_v_q <= 1'b0;
            phase_q <= '0;
            left_q <= e_i;
            state_q <= SStream;
          end else begin
            row_q <= row_q + 4'd1;
            row_base_q <= row_base_q + cols_i;
            div_go_q <= 1'b1;
            state_q <= SRank;
          end
        end
        SStream: begin
          if (issue) begin
            ptr_j_q[row] <= nxt_j;
            ptr_col_q[row] <= nxt_col;
            ptr_lane_q[row] <= nxt_lane;
            left_q <= left_q - 23'(chunk);
            if (row_last) begin
              row_v_q <= 1'b0;
              off_q <= off_q + 4'd1;
            end else begin
              row_v_q <= 1'b1;
              cur_row_q <= row;
              rowvec_q <= src >> {chunk[6:0], 3'b000};  // chunk <= src_n <= 64
              rem_q <= src_n - 7'(chunk);
            end
            if (beat_last) begin
              beat_v_q <= 1'b0;
              // the next beat starts 64 LLRs on: its phase moves by 64 mod Qm
              phase_q <= next_phase;
            end
            if (op_last) begin
              beat_v_q <= 1'b0;
              done_o <= 1'b1;
              state_q <= SIdle;
            end
          end
          if (in_valid_i && in_ready_o) begin
            beat_q <= in_data_i;
            beat_v_q <= 1'b1;
            beat_bytes_q <= (left_q - (issue ? 23'(chunk) : 23'd0)) >= 23'd64 ? 7'd64
                            : 7'(left_q - (issue ? 23'(chunk) : 23'd0));
            off_q <= '0;
            row_v_q <= 1'b0;
          end
        end
        default: state_q <= SIdle;
      endcase
    end
  end

endmodule

`default_nettype wire
