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
// divider while the encoder works. After go_i, each cycle one reader (round robin) may fetch the
// rest of its current column from the core (up to Zc bits, cut at the filler start K' and at
// the end of the buffer) into its bit buffer, and when every reader holds W = floor(64/Qm) bits,
// W symbols of Qm bits leave as one chunk (W Qm <= 64 bits, stream order from bit 0).
`default_nettype none

module bbkit_ldpc_enc_rate_match #(
  parameter int unsigned Zmax = 384,  // largest lifting size, 2..384
  localparam int unsigned MaxQm = 10,
  localparam int unsigned HW = 15,    // h < 68 * 384
  localparam int unsigned BufW = Zmax + 128,  // reader buffer: a column plus two chunks
  localparam int unsigned CntW = $clog2(BufW + 1)
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
  output      logic            span_valid_o, // level: last_h_o is valid (k0 is known)
  output      logic [14:0]     last_h_o,     // last codeword position read (h = d index + 2Zc)
  input  wire logic            go_i,         // codeword complete: stream the E bits
  // codeword column reads
  output      logic            rd_valid_o,
  output      logic [6:0]      rd_col_o,
  input  wire logic [Zmax-1:0] rd_data_i,
  // rate-matched, interleaved bits in chunks of up to 64
  output      logic            valid_o,
  input  wire logic            ready_i,
  output      logic [63:0]     data_o,
  output      logic [6:0]      n_o,
  output      logic            last_o
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
  assign setup_done_o = state_q == SReady || state_q == SRun;

  // The walk reads [k0, k0 + E + fillers passed) of the buffer, all of it once it wraps: the
  // encoder need not compute the parity columns past the last position.
  logic [23:0] span;
  logic [14:0] last_d;
  assign span = 24'(k0_q) + 24'(cfg_e_i) + (k0_q < 15'(cfg_k_i - two_zc) ? 24'(n_filler) : 24'd0);
  assign last_d = span >= 24'(cfg_n_cb_i) ? cfg_n_cb_i - 15'd1 : 15'(span - 24'd1);
  assign last_h_o = last_d + 15'(two_zc);
  assign span_valid_o = state_q != SIdle && state_q != SK0 && state_q != SK0Wait;

  // ---- readers: fetch position (h, column, lane) and a bit buffer each ----
  logic [MaxQm*HW-1:0] rd_h_q;
  logic [MaxQm*7-1:0] rd_c_q;
  logic [MaxQm*9-1:0] rd_l_q;
  logic [MaxQm*BufW-1:0] buf_q;
  logic [MaxQm*CntW-1:0] cnt_q;
  logic [3:0] rr_q;  // reader considered for a fetch this cycle

  // symbols per chunk: floor(64 / Qm)
  logic [6:0] w;
  always_comb begin
    unique case (cfg_qm_i)
      4'd1: w = 7'd64;
      4'd2: w = 7'd32;
      4'd4: w = 7'd16;
      4'd6: w = 7'd10;
      4'd8: w = 7'd8;
      default: w = 7'd6;
    endcase
  end

  // fetch: the rest of reader rr's column, up to the next jump (K' or the buffer end)
  logic [HW-1:0] f_h, f_limit, f_h_next;
  logic [6:0] f_c, f_c_next;
  logic [8:0] f_l, f_l_next, f_n;
  logic [CntW-1:0] f_cnt;
  assign f_h = rd_h_q[rr_q*HW +: HW];
  assign f_c = rd_c_q[rr_q*7 +: 7];
  assign f_l = rd_l_q[rr_q*9 +: 9];
  assign f_cnt = cnt_q[rr_q*CntW +: CntW];
  assign f_limit = f_h < HW'(cfg_k_prime_i) ? HW'(cfg_k_prime_i) : wrap_h;
  always_comb begin
    f_n = cfg_zc_i - f_l;
    if (f_limit - f_h < HW'(f_n)) f_n = 9'(f_limit - f_h);
    f_h_next = f_h + HW'(f_n);
    f_c_next = f_c;
    f_l_next = f_l + f_n;
    if (f_l_next == cfg_zc_i) begin
      f_l_next = '0;
      f_c_next = f_c + 7'd1;
    end
    if (f_h_next == HW'(cfg_k_prime_i)) begin  // over the fillers
      f_h_next = HW'(cfg_k_i);
      f_c_next = kb;
      f_l_next = '0;
    end
    if (f_h_next == wrap_h) begin
      f_h_next = HW'(two_zc);
      f_c_next = 7'd2;
      f_l_next = '0;
    end
  end

  // bits already claimed in the reader's buffer: held, plus the fetch in flight
  logic ins_v_q;
  logic [3:0] ins_r_q;
  logic [8:0] ins_l_q, ins_n_q;
  logic running;
  assign running = state_q == SRun;
  logic [CntW:0] claimed;
  assign claimed = (CntW+1)'(f_cnt) + (ins_v_q && ins_r_q == rr_q ? (CntW+1)'(ins_n_q) : '0);
  logic fetch;
  assign fetch = running && (CntW+1)'(claimed) + (CntW+1)'(cfg_zc_i) <= (CntW+1)'(BufW);
  assign rd_valid_o = fetch;
  assign rd_col_o = f_c;

  // consume: W symbols (fewer at the end) when every reader holds W bits
  logic [22:0] sym_q;  // symbols sent
  logic [22:0] sym_left;
  logic [6:0] take;
  assign sym_left = eq_q - sym_q;
  assign take = sym_left < 23'(w) ? 7'(sym_left) : w;
  logic all_ready;
  always_comb begin
    all_ready = 1'b1;
    for (int unsigned r = 0; r < MaxQm; r++) begin
      if (4'(r) < cfg_qm_i && cnt_q[r*CntW +: CntW] < CntW'(w)) all_ready = 1'b0;
    end
  end
  assign valid_o = running && sym_left != '0 && all_ready;
  logic consume;
  assign consume = valid_o && ready_i;
  assign last_o = sym_left <= 23'(w);
  assign n_o = 7'(take * cfg_qm_i[3:0]);

  // interleave: chunk bit k is symbol k / Qm of reader k % Qm
  localparam int unsigned NumQm = 6;  // Qm = 1, 2, 4, 6, 8, 10
  logic [NumQm-1:0] qm_is;
  for (genvar q = 0; q < NumQm; q++) begin : g_qm_sel
    localparam int unsigned Qm = q == 0 ? 1 : q == 1 ? 2 : q == 2 ? 4 : q == 3 ? 6 : q == 4 ? 8 : 10;
    assign qm_is[q] = cfg_qm_i == 4'(Qm);
  end
  for (genvar k = 0; k < 64; k++) begin : g_chunk_bit
    logic [NumQm-1:0] cand;
    for (genvar q = 0; q < NumQm; q++) begin : g_qm
      localparam int unsigned Qm = q == 0 ? 1 : q == 1 ? 2 : q == 2 ? 4 : q == 3 ? 6 : q == 4 ? 8 : 10;
      localparam int unsigned Reader = k % Qm;
      localparam int unsigned Symbol = k / Qm;
      assign cand[q] = qm_is[q] & buf_q[Reader*BufW + Symbol];
    end
    assign data_o[k] = |cand;
  end

  // the fetched bits, aligned to lane 0 and cut to their count
  logic [Zmax-1:0] ins_bits;
  localparam int unsigned LaneW = Zmax > 1 ? $clog2(Zmax) : 1;
  assign ins_bits = (rd_data_i >> ins_l_q[LaneW-1:0]) & ~({Zmax{1'b1}} << ins_n_q);
  if (LaneW < 9) begin : g_unused_lane_msbs
    logic unused;
    assign unused = ^ins_l_q[8:LaneW];
  end

  logic set_reader;
  assign set_reader = state_q == SReaderWait && div_done;

  // One placement shifter for all readers: only the reader whose fetch lands this cycle inserts,
  // after its held bits (net of this cycle's consumption).
  logic [CntW-1:0] ins_cnt, ins_pos;
  logic [BufW-1:0] placed;
  assign ins_cnt = cnt_q[ins_r_q*CntW +: CntW];
  assign ins_pos = ins_cnt - (consume ? CntW'(w) : '0);
  assign placed = BufW'(ins_bits) << ins_pos;

  for (genvar r = 0; r < MaxQm; r++) begin : g_reader
    logic [CntW-1:0] cnt_after;  // after this cycle's consumption (readers past Qm stay empty)
    logic [BufW-1:0] buf_after;
    logic drain;
    assign drain = consume && 4'(r) < cfg_qm_i;
    assign cnt_after = cnt_q[r*CntW +: CntW] - (drain ? CntW'(w) : '0);
    assign buf_after = drain ? buf_q[r*BufW +: BufW] >> w : buf_q[r*BufW +: BufW];
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        rd_h_q[r*HW +: HW] <= '0;
        rd_c_q[r*7 +: 7] <= '0;
        rd_l_q[r*9 +: 9] <= '0;
        buf_q[r*BufW +: BufW] <= '0;
        cnt_q[r*CntW +: CntW] <= '0;
      end else begin
        if (set_reader && j_q == 4'(r)) begin
          rd_h_q[r*HW +: HW] <= h_set;
          rd_c_q[r*7 +: 7] <= div_q[6:0];
          rd_l_q[r*9 +: 9] <= div_r[8:0];
        end else if (fetch && rr_q == 4'(r)) begin
          rd_h_q[r*HW +: HW] <= f_h_next;
          rd_c_q[r*7 +: 7] <= f_c_next;
          rd_l_q[r*9 +: 9] <= f_l_next;
        end
        if (start_i) begin
          buf_q[r*BufW +: BufW] <= '0;
          cnt_q[r*CntW +: CntW] <= '0;
        end else if (ins_v_q && ins_r_q == 4'(r)) begin
          buf_q[r*BufW +: BufW] <= buf_after | placed;
          cnt_q[r*CntW +: CntW] <= cnt_after + CntW'(ins_n_q);
        end else begin
          buf_q[r*BufW +: BufW] <= buf_after;
          cnt_q[r*CntW +: CntW] <= cnt_after;
        end
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
      sym_q <= '0;
      ins_v_q <= 1'b0;
      ins_r_q <= '0;
      ins_l_q <= '0;
      ins_n_q <= '0;
    end else begin
      ins_v_q <= fetch;
      ins_r_q <= rr_q;
      ins_l_q <= f_l;
      ins_n_q <= f_n;
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
          sym_q <= '0;
          state_q <= SRun;
        end
        SRun: begin
          rr_q <= rr_q + 4'd1 == cfg_qm_i ? 4'd0 : rr_q + 4'd1;
          if (consume) begin
            sym_q <= sym_q + 23'(take);
            if (last_o) state_q <= SIdle;
          end
        end
        default: state_q <= SIdle;
      endcase
      if (start_i) begin
        k0_q <= '0;
        ins_v_q <= 1'b0;
        if (state_q != SIdle) state_q <= cfg_rv_i == 2'd0 ? SEq : SK0;
      end
    end
  end

endmodule

`default_nettype wire
