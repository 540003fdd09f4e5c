// SPDX-License-Identifier: Apache-2.0
// LDPC rate dematching (inverse of TS 38.212 5.4.2, as the golden rate_dematch()): takes the E
// channel LLRs (one signed byte each, 64 per beat, in transmission order f_0 .. f_{E-1}) and
// issues, one per cycle, "combine LLR f_k into circular-buffer position p(k)" to the soft buffer.
//
// Why address generation and not an E-LLR buffer: E may be up to 2^22 LLRs while the soft
// buffer is at most Ncb <= 66 Zmax; and the bit interleaver (f_{i + c Qm} = e_{i E/Qm + c})
// only splits the stream into Qm rows that each walk the circular buffer in order: row i's c-th
// LLR is e_{i cols + c}, the position after row i's previous one (skipping the filler bits
// [K' - 2Zc, K - 2Zc), wrapping at Ncb). So one pointer per row (Qm <= 10 pointers) advanced one
// step per LLR places every LLR as it arrives, with no buffering and no per-LLR division. Each
// pointer's start, the position of e_{i cols}, is found once per op with a sequential divider:
// rank = (r0 + i cols) mod (Ncb - F) among the non-filler positions, r0 the rank of k0, then
// position -> (column, lane) = divmod(position, Zc). About 50 Qm + 25 cycles before the first
// LLR; then one LLR per cycle (64 cycles per beat).
`default_nettype none

module bbkit_ldpc_rate_dematch #(
  parameter int unsigned Zmax = 384,  // largest lifting size, 2..384
  localparam int unsigned LaneW = $clog2(Zmax)
) (
  input  wire logic              clk_i,
  input  wire logic              rst_ni,
  input  wire logic              start_i,   // parameters valid (held until done_o)
  input  wire logic [8:0]        zc_i,
  input  wire logic [14:0]       n_cb_i,
  input  wire logic [14:0]       k0_i,
  input  wire logic [13:0]       filler_begin_i,
  input  wire logic [13:0]       filler_end_i,
  input  wire logic [22:0]       e_i,
  input  wire logic [3:0]        qm_i,
  input  wire logic [22:0]       cols_i,    // E / Qm
  output      logic              done_o,    // one-cycle pulse after the last LLR was issued
  // LLR stream (the contract's input beats)
  input  wire logic              in_valid_i,
  output      logic              in_ready_o,
  input  wire logic [511:0]      in_data_i,
  // to the soft buffer: core column (circular-buffer column + 2) and lane
  output      logic              add_valid_o,
  output      logic [6:0]        add_col_o,
  output      logic [LaneW-1:0]  add_lane_o,
  output      logic [7:0]        add_llr_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
  end
`endif

  localparam int unsigned DivW = 24;
  localparam int unsigned MaxQm = 10;

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
  logic unused_div;  // quotients < 128 columns, remainders < 2^15
  assign unused_div = ^{div_busy, div_quot[DivW-1:7], div_rem[DivW-1:15]};
  logic [DivW-1:0] div_a, div_b, div_quot, div_rem;
  bbkit_udiv #(.Width(DivW)) u_div (
    .clk_i, .rst_ni,
    .start_i(div_go_q), .dividend_i(div_a), .divisor_i(div_b),
    .busy_o(div_busy), .done_o(div_done), .quot_o(div_quot), .rem_o(div_rem)
  );

  logic [3:0] row_q;           // row being set up, then row of the next LLR
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

  // ---- streaming ----
  logic beat_v_q;
  logic [511:0] beat_q;
  logic [5:0] byte_q;      // byte of the beat being consumed
  logic [22:0] llr_idx_q;  // f index of that byte
  logic consume, last_llr, beat_end;
  assign consume = state_q == SStream && beat_v_q;
  assign last_llr = llr_idx_q == e_i - 23'd1;
  assign beat_end = byte_q == 6'd63;
  assign in_ready_o = state_q == SStream && (!beat_v_q || (beat_end && !last_llr));

  // next position of the row being consumed: +1, jump over the fillers, wrap at Ncb
  logic [14:0] cur_j, nxt_j;
  logic [6:0] cur_col, nxt_col;
  logic [8:0] cur_lane, nxt_lane;
  assign cur_j = ptr_j_q[row_q];
  assign cur_col = ptr_col_q[row_q];
  assign cur_lane = ptr_lane_q[row_q];
  always_comb begin
    nxt_j = cur_j + 15'd1;
    nxt_col = cur_col;
    nxt_lane = cur_lane + 9'd1;
    if (n_filler != '0 && nxt_j == 15'(filler_begin_i)) begin
      nxt_j = 15'(filler_end_i);
      nxt_col = fe_col_q;
      nxt_lane = fe_lane_q;
    end else if (nxt_lane == zc_i) begin
      nxt_col = cur_col + 7'd1;
      nxt_lane = '0;
    end
    if (nxt_j == n_cb_i) begin
      nxt_j = '0;
      nxt_col = '0;
      nxt_lane = '0;
    end
  end

  assign add_valid_o = consume;
  assign add_col_o = cur_col + 7'd2;
  assign add_lane_o = cur_lane[LaneW-1:0];
  assign add_llr_o = beat_q[7:0];
  if (LaneW < 9) begin : g_unused_lane_msbs
    logic unused;
    assign unused = ^cur_lane[8:LaneW];
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
      for (int i = 0; i < int'(MaxQm); i++) begin
        ptr_j_q[i] <= '0;
        ptr_col_q[i] <= '0;
        ptr_lane_q[i] <= '0;
      end
      beat_v_q <= 1'b0;
      beat_q <= '0;
      byte_q <= '0;
      llr_idx_q <= '0;
      done_o <= 1'b0;
    end else begin
      div_go_q <= 1'b0;
      done_o <= 1'b0;
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
            row_q <= '0;
            byte_q <= '0;
            llr_idx_q <= '0;
            beat_v_q <= 1'b0;
            state_q <= SStream;
          end else begin
            row_q <= row_q + 4'd1;
            row_base_q <= row_base_q + cols_i;
            div_go_q <= 1'b1;
            state_q <= SRank;
          end
        end
        SStream: begin
          if (in_valid_i && in_ready_o) begin
            beat_q <= in_data_i;
            beat_v_q <= 1'b1;
            byte_q <= '0;
          end else if (consume && beat_end) begin
            beat_v_q <= 1'b0;
          end
          if (consume) begin
            ptr_j_q[row_q] <= nxt_j;
            ptr_col_q[row_q] <= nxt_col;
            ptr_lane_q[row_q] <= nxt_lane;
            row_q <= 4'(row_q + 4'd1) == qm_i ? '0 : row_q + 4'd1;
            llr_idx_q <= llr_idx_q + 23'd1;
            if (!(in_valid_i && in_ready_o)) begin
              beat_q <= {8'd0, beat_q[511:8]};
              byte_q <= byte_q + 6'd1;
            end
            if (last_llr) begin
              beat_v_q <= 1'b0;
              done_o <= 1'b1;
              state_q <= SIdle;
            end
          end
        end
        default: state_q <= SIdle;
      endcase
    end
  end

endmodule

`default_nettype wire
