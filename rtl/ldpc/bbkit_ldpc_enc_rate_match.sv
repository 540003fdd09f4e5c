// SPDX-License-Identifier: Apache-2.0
// Rate matching of an encoded code block (TS 38.212 5.4.2): bit selection from the circular
// buffer and bit interleaving, as one bit stream in transmission order (f_0 first).
//
// Bit selection takes e_k = d[(k0 + j) mod Ncb] skipping the fillers; interleaving sends
// f[i Qm + r] = e[r E/Qm + i], so the output walks Qm readers round robin, reader r starting at
// the non-filler position r E/Qm past k0. Positions are kept as base-graph column and lane of
// h = d index + 2Zc, so a reader steps without division; the jumps (over the fillers [K', K)
// to column kb, and at Ncb back to column 2) land on column boundaries.
// Set-up (k0 = floor(num Ncb / (den Zc)) Zc, E/Qm, the reader starts) runs on one serial
// divider while the encoder works; go_i then streams E bits, one per cycle, reading codeword
// columns from the core (one cycle latency; the core's read data holds between reads).
`default_nettype none

module bbkit_ldpc_enc_rate_match #(
  parameter int unsigned Zmax = 384,  // largest lifting size, 2..384
  localparam int unsigned MaxQm = 10,
  localparam int unsigned HW = 15     // h < 68 * 384
) (
  input  wire logic            clk_i,
  input  wire logic            rst_ni,
  input  wire logic            start_i,      // begin set-up; the configuration is held to done
  input  wire logic            cfg_bg1_i,
  input  wire logic [8:0]      cfg_zc_i,
  input  wire logic [13:0]     cfg_k_i,      // K
  input  wire logic [13:0]     cfg_k_prime_i,
  input  wire logic [14:0]     cfg_n_cb_i,   // Ncb, K-2Zc..N
  input  wire logic [22:0]     cfg_e_i,      // E, a multiple of Qm, <= 2^22
  input  wire logic [3:0]      cfg_qm_i,     // 1, 2, 4, 6, 8, 10
  input  wire logic [1:0]      cfg_rv_i,
  output      logic            setup_done_o, // level: set-up finished
  input  wire logic            go_i,         // codeword complete: stream the E bits
  // codeword column reads
  output      logic            rd_valid_o,
  output      logic [6:0]      rd_col_o,
  input  wire logic [Zmax-1:0] rd_data_i,
  // rate-matched, interleaved bits
  output      logic            bit_valid_o,
  input  wire logic            bit_ready_i,
  output      logic            bit_o,
  output      logic            bit_last_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
  end
`endif

  typedef enum logic [3:0] {
    SIdle, SK0, SK0Wait, SEq, SEqWait, SStep, SStepWait, SInit, SReader, SReaderWait, SReady, SRun
  } state_e;
  state_e state_q;

  // ---- derived constants ----
  logic [13:0] two_zc, filler_begin, n_filler;
  logic [14:0] n_full, nv, wrap_h;
  logic [6:0] kb;
  assign two_zc = 14'({cfg_zc_i, 1'b0});
  assign n_full = cfg_bg1_i ? 15'(cfg_zc_i * 66) : 15'(cfg_zc_i * 50);  // den * Zc of k0
  assign n_filler = cfg_k_i - cfg_k_prime_i;
  assign filler_begin = cfg_k_prime_i - two_zc;          // in d: [K'-2Zc, K-2Zc)
  assign nv = cfg_n_cb_i - 15'(n_filler);                 // non-filler bits of the buffer
  assign wrap_h = cfg_n_cb_i + 15'(two_zc);               // h one past the buffer
  assign kb = cfg_bg1_i ? 7'd22 : 7'd10;

  logic [5:0] k0_num;  // Table 5.4.2.1-2 numerators
  always_comb begin
    unique case ({cfg_bg1_i, cfg_rv_i})
      3'b1_01: k0_num = 6'd17;
      3'b1_10: k0_num = 6'd33;
      3'b1_11: k0_num = 6'd56;
      3'b0_01: k0_num = 6'd13;
      3'b0_10: k0_num = 6'd25;
      3'b0_11: k0_num = 6'd43;
      default: k0_num = 6'd0;
    endcase
  end

  // ---- one serial divider for the set-up ----
  logic div_start, div_busy, div_done;
  logic [23:0] div_a, div_q;
  logic [15:0] div_b, div_r;
  bbkit_divider #(.DividendW(24), .DivisorW(16)) u_div (
    .clk_i, .rst_ni, .start_i(div_start), .dividend_i(div_a), .divisor_i(div_b),
    .busy_o(div_busy), .done_o(div_done), .quotient_o(div_q), .remainder_o(div_r)
  );
  logic unused_div_busy;
  assign unused_div_busy = div_busy;

  logic [14:0] k0_q;     // k0 in d
  logic [22:0] eq_q;     // E / Qm
  logic [14:0] step_q;   // E / Qm mod Nv
  logic [14:0] u_q;      // non-filler index of the reader being set up
  logic [3:0] j_q;       // reader being set up / next reader to emit
  logic [HW-1:0] h_set;  // its start h
  logic [14:0] d_set;
  assign d_set = u_q < 15'(filler_begin) ? u_q : u_q + 15'(n_filler);
  assign h_set = d_set + 15'(two_zc);

  always_comb begin
    div_start = 1'b0;
    div_a = '0;
    div_b = '0;
    unique case (state_q)
      SK0: begin div_start = 1'b1; div_a = 24'(k0_num * cfg_n_cb_i); div_b = 16'(n_full); end
      SEq: begin div_start = 1'b1; div_a = 24'(cfg_e_i); div_b = 16'(cfg_qm_i); end
      SStep: begin div_start = 1'b1; div_a = 24'(eq_q); div_b = 16'(nv); end
      SReader: begin div_start = 1'b1; div_a = 24'(h_set); div_b = 16'(cfg_zc_i); end
      default: ;
    endcase
  end

  // non-filler index of k0: positions inside the fillers start at the first bit after them
  logic [14:0] idx0;
  always_comb begin
    if (k0_q <= 15'(filler_begin)) idx0 = k0_q;
    else if (k0_q < 15'(filler_begin) + 15'(n_filler)) idx0 = 15'(filler_begin);
    else idx0 = k0_q - 15'(n_filler);
    if (idx0 >= nv) idx0 = idx0 - nv;
  end
  logic [15:0] u_next;
  assign u_next = 16'(u_q) + 16'(step_q);

  // ---- readers ----
  logic [MaxQm*HW-1:0] rd_h_q;
  logic [MaxQm*7-1:0] rd_c_q;
  logic [MaxQm*9-1:0] rd_l_q;
  logic [3:0] rr_q;  // reader of the next output bit
  logic [HW-1:0] cur_h, nxt_h;
  logic [6:0] cur_c, nxt_c;
  logic [8:0] cur_l, nxt_l;
  assign cur_h = rd_h_q[rr_q*HW +: HW];
  assign cur_c = rd_c_q[rr_q*7 +: 7];
  assign cur_l = rd_l_q[rr_q*9 +: 9];
  always_comb begin  // one step along the circular buffer
    nxt_h = cur_h + HW'(1);
    nxt_c = cur_c;
    nxt_l = cur_l + 9'd1;
    if (nxt_l == cfg_zc_i) begin
      nxt_l = '0;
      nxt_c = cur_c + 7'd1;
    end
    if (nxt_h == HW'(cfg_k_prime_i) && n_filler != '0) begin
      nxt_h = HW'(cfg_k_i);
      nxt_c = kb;
      nxt_l = '0;
    end
    if (nxt_h == wrap_h) begin
      nxt_h = HW'(two_zc);
      nxt_c = 7'd2;
      nxt_l = '0;
    end
  end

  logic [22:0] count_q;  // bits issued
  logic pend_q, last_q;
  logic [8:0] lane_q;
  logic issue;
  assign issue = state_q == SRun && count_q != cfg_e_i && (!pend_q || bit_ready_i);
  assign rd_valid_o = issue;
  assign rd_col_o = cur_c;
  assign bit_valid_o = pend_q;
  localparam int unsigned LaneW = Zmax > 1 ? $clog2(Zmax) : 1;
  assign bit_o = rd_data_i[lane_q[LaneW-1:0]];  // lane_q < Zc <= Zmax
  if (LaneW < 9) begin : g_unused_lane_msbs
    logic unused;
    assign unused = ^lane_q[8:LaneW];
  end
  assign bit_last_o = last_q;
  assign setup_done_o = state_q == SReady || state_q == SRun;

  logic set_reader;
  assign set_reader = state_q == SReaderWait && div_done;
  for (genvar r = 0; r < MaxQm; r++) begin : g_reader
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        rd_h_q[r*HW +: HW] <= '0;
        rd_c_q[r*7 +: 7] <= '0;
        rd_l_q[r*9 +: 9] <= '0;
      end else if (set_reader && j_q == 4'(r)) begin
        rd_h_q[r*HW +: HW] <= h_set;
        rd_c_q[r*7 +: 7] <= div_q[6:0];
        rd_l_q[r*9 +: 9] <= div_r[8:0];
      end else if (issue && rr_q == 4'(r)) begin
        rd_h_q[r*HW +: HW] <= nxt_h;
        rd_c_q[r*7 +: 7] <= nxt_c;
        rd_l_q[r*9 +: 9] <= nxt_l;
      end
    end
  end
  logic unused_div_bits;
  assign unused_div_bits = ^{div_q[23:7], div_r[15:9]};

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      k0_q <= '0;
      eq_q <= '0;
      step_q <= '0;
      u_q <= '0;
      j_q <= '0;
      rr_q <= '0;
      count_q <= '0;
      pend_q <= 1'b0;
      last_q <= 1'b0;
      lane_q <= '0;
    end else begin
      if (bit_ready_i) pend_q <= 1'b0;
      unique case (state_q)
        SIdle: if (start_i) state_q <= cfg_rv_i == 2'd0 ? SEq : SK0;
        SK0: state_q <= SK0Wait;
        SK0Wait: if (div_done) begin
          k0_q <= 15'(div_q[6:0] * cfg_zc_i);
          state_q <= SEq;
        end
        SEq: state_q <= SEqWait;
        SEqWait: if (div_done) begin
          eq_q <= div_q[22:0];
          state_q <= SStep;
        end
        SStep: state_q <= SStepWait;
        SStepWait: if (div_done) begin
          step_q <= div_r[14:0];
          state_q <= SInit;
        end
        SInit: begin
          u_q <= idx0;
          j_q <= '0;
          state_q <= SReader;
        end
        SReader: state_q <= SReaderWait;
        SReaderWait: if (div_done) begin
          u_q <= u_next >= 16'(nv) ? 15'(u_next - 16'(nv)) : u_next[14:0];
          j_q <= j_q + 4'd1;
          state_q <= j_q + 4'd1 == cfg_qm_i ? SReady : SReader;
        end
        SReady: if (go_i) begin
          rr_q <= '0;
          count_q <= '0;
          state_q <= SRun;
        end
        SRun: begin
          if (issue) begin
            pend_q <= 1'b1;
            last_q <= count_q + 23'd1 == cfg_e_i;
            lane_q <= cur_l;
            count_q <= count_q + 23'd1;
            rr_q <= rr_q + 4'd1 == cfg_qm_i ? 4'd0 : rr_q + 4'd1;
          end
          if (count_q == cfg_e_i && (!pend_q || bit_ready_i)) state_q <= SIdle;
        end
        default: state_q <= SIdle;
      endcase
      if (start_i) begin
        pend_q <= 1'b0;
        k0_q <= '0;
        if (state_q != SIdle) state_q <= cfg_rv_i == 2'd0 ? SEq : SK0;
      end
    end
  end

endmodule

`default_nettype wire
