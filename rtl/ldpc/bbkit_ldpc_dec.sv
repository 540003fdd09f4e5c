// SPDX-License-Identifier: Apache-2.0
// LDPC decoder core: layered, integer box-plus check node, bit-exact to the golden model
// (docs/fixed-point.md, LDPC decoder; rule CheckRule::BoxPlus).
//
// Arithmetic (as verification/model/ldpc/src/layered_min_sum.cpp): channel LLR 8b, APP and Q 10b
// (symmetric saturation, +-511), check message R 8b stored per check as (A_all, A_others, index
// of the smallest |Q|, signs of R). A_all is the box-plus of every |Q| of the check, A_others of
// every |Q| but the smallest, both accumulated in edge order with a boxplus b = min(a, b) -
// c(|a - b|) + c(a + b), c(d) = round(4 ln(1 + e^(-d/4))) = 3, 2, 1, 0 for d = 0, 1..3, 4..8, >= 9;
// |R| = clamp(scaled(A) - offset, 0, 127) with scaled(A) = A (the model's default, offset 0) or
// (A * 13) >> 4; layers = base-graph rows in order, syndrome check after each full iteration
// (early stop), iteration count reported. (The model's min-sum rule is not implemented here.)
//
// Microarchitecture: P = Parallelism circulants (P x Zc lanes) per cycle, one pass per layer, layers
// overlapped. The read side streams a layer's columns from the APP memory in the golden edge order
// (the box-plus accumulation is order-dependent), P consecutive edges a cycle when their columns
// lie in different APP banks (a "read group"; the base-graph package holds the schedule, see
// rtl/ldpc/tools/dec_schedule.py), through one forward cyclic shifter per slot, computes
// Q = APP - R_old, accumulates (A_all, A_others, index, signs) in every lane over the group's edges
// in order, and keeps Q (with the edge's column and shift) in a Q memory of P banks (edge index mod
// P). Four cycles after a layer's last read its check node is final: it is written to the check
// memory and latched for the write-back side, which streams the layer's Q values out in
// write-back groups (up to P edges in the package's write-back order: columns the next rows read
// soonest first, different APP and Q banks) and writes APP = Q + R_new through one inverse shifter
// per slot, while the read side already runs the next layer. Bypasses shorten the layer-to-layer
// bubble to 2 cycles: the write-back's Q-memory read starts while the last group is still
// accumulating (a read of a Q word written in that cycle takes the word being written) and its
// first APP takes R_new straight from the accumulators; a read may issue up to two cycles before
// the write of its column, and its s2 then takes the word being written (before the inverse shift,
// rotated once by the sum of both shifts) or, one cycle later, the word just written, instead of
// the RAM's. Layered semantics stay the golden model's: a scoreboard of columns pending write-back
// stalls a read group with such a column until its write-back is in w0. One write-back slot: a
// layer's last read group waits until the previous layer's write-back has room. The syndrome pass
// after an iteration (when early stop is on, and after the last one) runs once the pipeline is
// empty, streams the rows' read groups back to back and stops issuing at the first unsatisfied
// row. The APP memory holds one column (Zmax LLRs) per word in P banks (the bank of a column comes
// from the package), the check memory one layer per word, the Q memory one edge per word; all are
// inferred RAMs.
//
// Host side (valid when idle): configuration inputs held from the first load to done_o; the soft
// buffer written column by column through load_* (column c, lane z = code bit c*Zc + z, punctured
// columns 0 and 1 and bits past Ncb written as 0; filler positions [K', K) are forced to +511
// here); start_i runs one decode; done_o pulses with the status; hard bits are read back column
// by column through rd_*. An illegal configuration ends at once with err_o set; a watchdog bounds
// every decode.
`default_nettype none

module bbkit_ldpc_dec #(
  parameter int unsigned Zmax = 384,                // largest lifting size served, 2..384
  parameter int unsigned Parallelism = 1,           // circulants per cycle: 1, 2 or 4
  parameter int unsigned WatchdogCycles = 1 << 22,  // abort a decode after this many cycles, >= 2^18
  localparam int unsigned ZcW = 9,
  localparam int unsigned LlrW = 8,
  localparam int unsigned AppW = 10,
  localparam int unsigned MagW = 7,                 // |R| <= 127
  localparam int unsigned IdxW = 5,                 // index of the smallest |Q| within a row, < MaxRowDegree
  localparam int unsigned SgnW = bbkit_ldpc_bg_pkg::MaxRowDegree,
  localparam int unsigned StateW = 2 * MagW + IdxW + SgnW
) (
  input  wire logic                  clk_i,
  input  wire logic                  rst_ni,
  // configuration
  input  wire logic [1:0]            cfg_bg_i,          // 1 or 2
  input  wire logic [ZcW-1:0]        cfg_zc_i,          // one of the 51 lifting sizes, <= Zmax
  input  wire logic [13:0]           cfg_k_prime_i,     // K' (fillers are [K', K)), 1..K
  input  wire logic [5:0]            cfg_layers_i,      // rows to run, 4..46 (BG1) or 4..42 (BG2)
  input  wire logic [6:0]            cfg_max_iter_i,    // 1..100
  input  wire logic                  cfg_early_stop_i,  // stop at the first zero syndrome
  input  wire logic                  cfg_norm_i,        // 1: scale the check magnitude by 13/16 (floor); 0: no scaling
  input  wire logic [3:0]            cfg_offset_i,      // subtracted from the scaled magnitude, 0..15
  // soft-buffer load, one APP column per write
  input  wire logic                  load_valid_i,
  input  wire logic [6:0]            load_col_i,
  input  wire logic [Zmax*LlrW-1:0]  load_llr_i,
  // control and status
  input  wire logic                  start_i,
  output      logic                  busy_o,
  output      logic                  done_o,            // one-cycle pulse; status valid until next start
  output      logic [2:0]            err_o,             // 0 ok, else an Err* code below
  output      logic                  syndrome_err_o,    // H c != 0 after the last iteration
  output      logic [6:0]            iterations_o,
  output      logic [31:0]           cycles_o,          // start to done
  // hard-decision read-back, one column per read, one cycle latency
  input  wire logic                  rd_valid_i,
  input  wire logic [6:0]            rd_col_i,
  output      logic                  rd_valid_o,
  output      logic [Zmax-1:0]       rd_hard_o
);

  // Package items are named with their package: Yosys 0.23 parses no import in a module.

  // Parameter legality, checked at elaboration (simulation; synthesis defines SYNTHESIS).
`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (Parallelism == 1 || Parallelism == 2 || Parallelism == 4)
      else $fatal(1, "Parallelism must be 1, 2 or 4");
    assert (WatchdogCycles >= (1 << 18)) else $fatal(1, "WatchdogCycles below 2^18");
  end
`endif

  localparam int unsigned P = Parallelism;
  localparam logic [2:0] ErrNone = 3'd0, ErrBg = 3'd1, ErrZc = 3'd2, ErrIter = 3'd3,
                         ErrLayers = 3'd4, ErrKPrime = 3'd5, ErrWatchdog = 3'd6;
  localparam int unsigned Cols = 68;  // APP words per bank: BG1 columns
  localparam logic signed [AppW-1:0] AppMax = 10'sd511;

  typedef enum logic [2:0] {
    SIdle, SRow, SRun, SDrain, SSynRow, SSyn, SSynDrain, SDone
  } state_e;

  state_e state_q, state_d;

  // ---- the schedule for P (base-graph package, rtl/ldpc/tools/dec_schedule.py) ----
  function automatic logic [8:0] row_start(input logic [1:0] bg, input logic [5:0] row);
    row_start = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_row_start(row) : bbkit_ldpc_bg_pkg::bg2_row_start(row);
  endfunction
  function automatic logic [bbkit_ldpc_bg_pkg::EdgeW-1:0] edge_rom(input logic [1:0] bg, input logic [8:0] index);
    edge_rom = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_edge(index) : bbkit_ldpc_bg_pkg::bg2_edge(index);
  endfunction
  // size of the read group starting at edge `index`
  function automatic logic [2:0] rd_len(input logic [1:0] bg, input logic [8:0] index);
    if (P == 4) rd_len = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p4_rd_len(index) : bbkit_ldpc_bg_pkg::bg2_p4_rd_len(index);
    else if (P == 2) rd_len = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p2_rd_len(index) : bbkit_ldpc_bg_pkg::bg2_p2_rd_len(index);
    else rd_len = 3'd1;
  endfunction
  // first write-back group of a row (entry Rows: the group count)
  function automatic logic [8:0] wb_row_start(input logic [1:0] bg, input logic [5:0] row);
    if (P == 4) wb_row_start = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p4_wb_row_start(row) : bbkit_ldpc_bg_pkg::bg2_p4_wb_row_start(row);
    else if (P == 2) wb_row_start = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p2_wb_row_start(row) : bbkit_ldpc_bg_pkg::bg2_p2_wb_row_start(row);
    else wb_row_start = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p1_wb_row_start(row) : bbkit_ldpc_bg_pkg::bg2_p1_wb_row_start(row);
  endfunction
  // a write-back group: slot s = {valid, edge index within the row} in bits 6s+5..6s
  function automatic logic [23:0] wb_group(input logic [1:0] bg, input logic [8:0] index);
    if (P == 4) wb_group = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p4_wb_group(index) : bbkit_ldpc_bg_pkg::bg2_p4_wb_group(index);
    else if (P == 2) wb_group = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p2_wb_group(index) : bbkit_ldpc_bg_pkg::bg2_p2_wb_group(index);
    else wb_group = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p1_wb_group(index) : bbkit_ldpc_bg_pkg::bg2_p1_wb_group(index);
  endfunction
  // APP-memory bank of a column
  // (bank indices are 2 bits for every P)
  function automatic logic [1:0] app_bank(input logic [1:0] bg, input logic [6:0] col);
    if (P == 4) app_bank = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p4_bank(col) : bbkit_ldpc_bg_pkg::bg2_p4_bank(col);
    else if (P == 2) app_bank = bg == 2'd1 ? bbkit_ldpc_bg_pkg::bg1_p2_bank(col) : bbkit_ldpc_bg_pkg::bg2_p2_bank(col);
    else app_bank = 2'd0;
  endfunction
  // Q-memory bank of an edge: its index within the row mod P
  function automatic logic [1:0] q_bank(input logic [IdxW-1:0] k);
    q_bank = 2'(32'(k) % P);
  endfunction

  // ---- configuration checks (combinational on the inputs, sampled at start) ----
  logic [3:0] ils;
  logic [5:0] bg_rows;
  logic [13:0] k_full;  // K = 22 Zc or 10 Zc
  logic [2:0] cfg_err;
  assign ils = bbkit_ldpc_bg_pkg::lifting_set(cfg_zc_i);
  assign bg_rows = cfg_bg_i == 2'd1 ? 6'(bbkit_ldpc_bg_pkg::Bg1Rows) : 6'(bbkit_ldpc_bg_pkg::Bg2Rows);
  assign k_full = cfg_bg_i == 2'd1 ? 14'(cfg_zc_i * 22) : 14'(cfg_zc_i * 10);
  always_comb begin
    cfg_err = ErrNone;
    if (cfg_bg_i != 2'd1 && cfg_bg_i != 2'd2) cfg_err = ErrBg;
    else if (ils == 4'd8 || 32'(cfg_zc_i) > Zmax) cfg_err = ErrZc;
    else if (cfg_max_iter_i == 7'd0 || cfg_max_iter_i > 7'd100) cfg_err = ErrIter;
    else if (cfg_layers_i < 6'd4 || cfg_layers_i > bg_rows) cfg_err = ErrLayers;
    else if (cfg_k_prime_i == 14'd0 || cfg_k_prime_i > k_full) cfg_err = ErrKPrime;
  end

  // ---- read sequencer: which read group to issue ----
  logic [5:0] row_q, row_d;
  logic [6:0] iter_q, iter_d;
  logic [8:0] edge_q, edge_d;      // global index of the group's first edge within the base graph
  logic [8:0] edge_end_q, edge_end_d;
  logic [IdxW-1:0] k_q, k_d;       // index of the group's first edge within the row
  logic bank_q, bank_d;            // Q-memory half of the layer being read (alternates per layer)
  logic syn_fail_q, syn_fail_d;
  logic [31:0] cycles_q;
  logic watchdog;

  // The group being issued: its size, and per slot the edge's column and shift V mod Zc
  // (restoring division, no divider).
  logic [2:0] grp_len;
  logic cur_v [P];                 // slot holds an edge of the group
  logic [6:0] cur_col [P];
  logic [8:0] cur_shift [P];
  assign grp_len = rd_len(cfg_bg_i, edge_q);
  for (genvar i = 0; i < P; i++) begin : g_cur
    logic [bbkit_ldpc_bg_pkg::EdgeW-1:0] e;
    logic [8:0] v;
    assign e = edge_rom(cfg_bg_i, edge_q + 9'(i));
    assign cur_v[i] = 3'(i) < grp_len;
    assign cur_col[i] = e[bbkit_ldpc_bg_pkg::EdgeW-1 -: 7];
    assign v = e[9*ils[2:0] +: 9];
    always_comb begin
      logic [17:0] rem;
      rem = 18'(v);
      for (int b = 8; b >= 0; b--) begin
        if (rem >= (18'(cfg_zc_i) << b)) rem = rem - (18'(cfg_zc_i) << b);
      end
      cur_shift[i] = rem[8:0];
    end
  end

  // ---- write-back side state (declared here: the read side's hazard checks use it) ----
  logic wb_run_q;                  // a layer's write-back group is being issued (w0)
  logic [IdxW-1:0] wb_j_q;         // write-back group within the layer
  logic [IdxW-1:0] wb_groups_q;    // write-back groups of that layer
  logic [5:0] wb_row_q;
  logic [8:0] wb_base_q;           // global index of that layer's first edge
  logic [8:0] wb_gbase_q;          // index of that layer's first write-back group
  logic wb_bank_q;
  logic w0_v [P];                  // the group in w0, per slot (from the package)
  logic [IdxW-1:0] w0_k [P];
  logic [6:0] w0_col [P];
  logic w1_any_q, w1_first_q;      // w1 holds a group / the layer's first one: R_new from the accumulators
  logic w1_v_q [P];
  logic [IdxW-1:0] w1_k_q [P];
  logic [5:0] w1_row_q;
  logic [6:0] w1_col [P];          // column and shift of the edge in w1 (from the Q memory)
  logic [8:0] w1_shift [P];
  logic w2_v_q [P];
  logic [6:0] w2_col_q [P];
  logic [8:0] w2_shift_q [P];
  logic [Cols-1:0] pending_q;      // columns read by a layer and not yet written back
  logic [IdxW-1:0] wb_hold_q;      // cycles until a layer's last read group may issue (one write-back slot)

  // The column's write-back is still ahead. A read issued while the column is in w0 is early
  // enough: its s2 comes in the write's cycle and takes the word being written (w2) instead of the
  // RAM's. (Once the column is in w1 its pending bit is clear.)
  logic hazard, slot_wait, dec_issue, syn_issue, issue, last_issue;
  assign last_issue = edge_q + 9'(grp_len) == edge_end_q;
  logic [Cols-1:0] w0_cols;  // columns of the write-back group in w0
  always_comb begin
    w0_cols = '0;
    for (int j = 0; j < P; j++) if (wb_run_q && w0_v[j]) w0_cols[w0_col[j]] = 1'b1;
    hazard = 1'b0;
    for (int i = 0; i < P; i++) hazard |= cur_v[i] && pending_q[cur_col[i]] && !w0_cols[cur_col[i]];
  end
  assign slot_wait = last_issue && wb_hold_q != '0;
  assign dec_issue = state_q == SRun && !hazard && !slot_wait;
  assign syn_issue = state_q == SSyn && !syn_fail_q;
  assign issue = dec_issue || syn_issue;

  logic [Cols-1:0] issued_cols;  // columns of the read group issued now
  always_comb begin
    issued_cols = '0;
    for (int i = 0; i < P; i++) if (dec_issue && cur_v[i]) issued_cols[cur_col[i]] = 1'b1;
  end

  logic first_iter;
  assign first_iter = iter_q == 7'd1;

  // ---- read pipeline: s1 read address, s2 RAM data -> forward shift, s3 per-lane Q and check node ----
  logic s1_any_q, s2_any_q, s3_any_q;          // a group is in the stage
  logic s1_v_q [P], s2_v_q [P], s3_v_q [P];    // per slot
  logic s1_last_q, s2_last_q, s3_last_q;       // the row's last group
  logic s1_first_q, s2_first_q, s3_first_q;    // the layer is in the first iteration: R_old = 0
  logic s1_bank_q, s2_bank_q, s3_bank_q;
  logic [5:0] s1_row_q, s2_row_q;
  logic [6:0] s1_col_q [P], s2_col_q [P], s3_col_q [P];
  logic [8:0] s1_shift_q [P], s2_shift_q [P], s3_shift_q [P];
  logic [IdxW-1:0] s1_k_q, s2_k_q, s3_k_q;     // the group's first edge within the row
  logic [8:0] s1_edge_q, s2_edge_q;
  logic s2_fwd_q [P];   // s1's RAM read met the write of its column: s2 takes the forwarded word
  logic s2_w2_q [P];    // the column is written in s2's cycle: s2 takes w2's word, rotated once
  logic [1:0] s2_fwd_sel_q [P], s2_w2_sel_q [P];  // the write-back slot forwarded from
  logic [8:0] s2_w2_shift_q [P];  // (inverse shift of the write + this read's shift) mod Zc
  logic w2_any;
  always_comb begin
    w2_any = 1'b0;
    for (int j = 0; j < P; j++) w2_any |= w2_v_q[j];
  end
  logic pipe_empty;
  assign pipe_empty = !(s1_any_q || s2_any_q || s3_any_q || wb_run_q || w1_any_q || w2_any);

  logic flush;  // abort: drop everything in flight
  assign flush = watchdog;

  logic syn_phase;  // the pipeline carries syndrome reads, not decode reads
  assign syn_phase = state_q == SSyn || state_q == SSynDrain;

  // inverse shift of the edge in w1 (as w2 will apply it) plus the shift of the read in s1, mod Zc:
  // rotating by a, then by b, is rotating by (a + b) mod Zc
  function automatic logic [8:0] mod_zc_sum(input logic [8:0] a, input logic [8:0] b, input logic [8:0] zc);
    logic [9:0] sum;
    sum = {1'b0, a} + {1'b0, b};
    mod_zc_sum = sum >= {1'b0, zc} ? 9'(sum - {1'b0, zc}) : sum[8:0];
  endfunction
  logic [8:0] w1_inv_shift [P];
  for (genvar j = 0; j < P; j++) begin : g_w1_inv
    assign w1_inv_shift[j] = w1_shift[j] == 9'd0 ? 9'd0 : cfg_zc_i - w1_shift[j];
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      {s1_any_q, s2_any_q, s3_any_q} <= '0;
      {s1_last_q, s2_last_q, s3_last_q} <= '0;
      {s1_first_q, s2_first_q, s3_first_q} <= '0;
      {s1_bank_q, s2_bank_q, s3_bank_q} <= '0;
      {s1_row_q, s2_row_q} <= '0;
      {s1_k_q, s2_k_q, s3_k_q} <= '0;
      {s1_edge_q, s2_edge_q} <= '0;
      for (int i = 0; i < P; i++) begin
        {s1_v_q[i], s2_v_q[i], s3_v_q[i]} <= '0;
        {s1_col_q[i], s2_col_q[i], s3_col_q[i]} <= '0;
        {s1_shift_q[i], s2_shift_q[i], s3_shift_q[i]} <= '0;
        s2_fwd_q[i] <= 1'b0;
        s2_w2_q[i] <= 1'b0;
        s2_fwd_sel_q[i] <= '0;
        s2_w2_sel_q[i] <= '0;
        s2_w2_shift_q[i] <= '0;
      end
    end else begin
      s1_any_q <= issue && !flush;
      s1_last_q <= last_issue;
      s1_first_q <= first_iter;
      s1_bank_q <= bank_q;
      s1_row_q <= row_q;
      s1_k_q <= k_q;
      s1_edge_q <= edge_q;
      s2_any_q <= s1_any_q && !flush;
      s2_last_q <= s1_last_q;
      s2_first_q <= s1_first_q;
      s2_bank_q <= s1_bank_q;
      s2_row_q <= s1_row_q;
      s2_k_q <= s1_k_q;
      s2_edge_q <= s1_edge_q;
      s3_any_q <= s2_any_q && !flush;
      s3_last_q <= s2_last_q;
      s3_first_q <= s2_first_q;
      s3_bank_q <= s2_bank_q;
      s3_k_q <= s2_k_q;
      for (int i = 0; i < P; i++) begin
        s1_v_q[i] <= issue && !flush && cur_v[i];
        s1_col_q[i] <= cur_col[i];
        s1_shift_q[i] <= cur_shift[i];
        s2_v_q[i] <= s1_v_q[i] && !flush;
        s2_col_q[i] <= s1_col_q[i];
        s2_shift_q[i] <= s1_shift_q[i];
        s3_v_q[i] <= s2_v_q[i] && !flush;
        s3_col_q[i] <= s2_col_q[i];
        s3_shift_q[i] <= s2_shift_q[i];
        // a column is in at most one write-back slot
        s2_fwd_q[i] <= 1'b0;
        s2_w2_q[i] <= 1'b0;
        for (int j = 0; j < P; j++) begin
          if (s1_v_q[i] && w2_v_q[j] && w2_col_q[j] == s1_col_q[i]) begin
            s2_fwd_q[i] <= 1'b1;
            s2_fwd_sel_q[i] <= 2'(j);
          end
          if (s1_v_q[i] && w1_v_q[j] && w1_col[j] == s1_col_q[i]) begin
            s2_w2_q[i] <= 1'b1;
            s2_w2_sel_q[i] <= 2'(j);
            s2_w2_shift_q[i] <= mod_zc_sum(w1_inv_shift[j], s1_shift_q[i], cfg_zc_i);
          end
        end
      end
    end
  end

  logic s3_dec;  // a decode group is in s3 this cycle
  assign s3_dec = s3_any_q && !syn_phase;

  // ---- APP memory: P banks, one column of Zmax 10-bit LLRs per word ----
  logic host_load, host_read;
  assign host_load = state_q == SIdle && load_valid_i;
  assign host_read = state_q == SIdle && rd_valid_i;
  logic [Zmax*AppW-1:0] load_word;
  logic [Zmax*AppW-1:0] app_rdata [P];   // per bank
  logic [Zmax*AppW-1:0] fwd_word [P];    // per read slot, after the forward shifter
  logic [Zmax*AppW-1:0] w2_word [P];     // per write-back slot, before the inverse shifter
  logic [Zmax*AppW-1:0] back_word [P];   // per write-back slot, after it
  logic [Zmax*AppW-1:0] written_q [P];   // the last word written per write-back slot, forwarded to s2
  logic [1:0] rd_bank_q;           // bank of the host read-back
  for (genvar b = 0; b < P; b++) begin : g_app_bank
    logic we, re;
    logic [6:0] waddr, raddr;
    logic [Zmax*AppW-1:0] wdata;
    always_comb begin
      we = host_load && app_bank(cfg_bg_i, load_col_i) == 2'(b);
      waddr = load_col_i;
      wdata = load_word;
      for (int j = 0; j < P; j++) begin
        if (w2_v_q[j] && app_bank(cfg_bg_i, w2_col_q[j]) == 2'(b)) begin
          we = 1'b1;
          waddr = w2_col_q[j];
          wdata = back_word[j];
        end
      end
      re = host_read && app_bank(cfg_bg_i, rd_col_i) == 2'(b);
      raddr = rd_col_i;
      for (int i = 0; i < P; i++) begin
        if (s1_v_q[i] && app_bank(cfg_bg_i, s1_col_q[i]) == 2'(b)) begin
          re = 1'b1;
          raddr = s1_col_q[i];
        end
      end
    end
    // (ports connect to plain signals: Yosys 0.23 fails on array elements as port connections)
    logic [Zmax*AppW-1:0] rdata;
    bbkit_sdp_ram #(.Depth(Cols), .Width(Zmax * AppW)) u_app_ram (
      .clk_i,
      .we_i(we), .waddr_i(waddr), .wdata_i(wdata),
      .re_i(re), .raddr_i(raddr), .rdata_o(rdata)
    );
    assign app_rdata[b] = rdata;
  end
  always_ff @(posedge clk_i) rd_bank_q <= app_bank(cfg_bg_i, rd_col_i);
  logic [Zmax*AppW-1:0] rd_word;  // the read-back column
  always_comb begin
    rd_word = '0;
    for (int b = 0; b < P; b++) if (rd_bank_q == 2'(b)) rd_word = app_rdata[b];
  end

  // Shift amounts are < Zc <= Zmax, so the shifters take the low bits (a legal Zc fits).
  localparam int unsigned ShW = $clog2(Zmax + 1);
  for (genvar i = 0; i < P; i++) begin : g_slot_shift
    logic [Zmax*AppW-1:0] s2_word;
    logic [8:0] s2_rot;
    always_ff @(posedge clk_i) written_q[i] <= back_word[i];
    always_comb begin
      s2_word = '0;
      for (int b = 0; b < P; b++) begin
        if (s2_w2_q[i] ? s2_w2_sel_q[i] == 2'(b)
                       : (s2_fwd_q[i] ? s2_fwd_sel_q[i] == 2'(b) : app_bank(cfg_bg_i, s2_col_q[i]) == 2'(b)))
          s2_word = s2_w2_q[i] ? w2_word[b] : (s2_fwd_q[i] ? written_q[b] : app_rdata[b]);
      end
    end
    assign s2_rot = s2_w2_q[i] ? s2_w2_shift_q[i] : s2_shift_q[i];
    logic [Zmax*AppW-1:0] fwd, back_in, back;
    logic [8:0] back_rot;
    assign back_in = w2_word[i];
    assign back_rot = w2_shift_q[i];
    bbkit_cyclic_shift #(.Lanes(Zmax), .Width(AppW)) u_fwd_shift (
      .data_i(s2_word), .zc_i(cfg_zc_i[ShW-1:0]), .shift_i(s2_rot[ShW-1:0]), .data_o(fwd)
    );
    bbkit_cyclic_shift #(.Lanes(Zmax), .Width(AppW)) u_back_shift (
      .data_i(back_in), .zc_i(cfg_zc_i[ShW-1:0]), .shift_i(back_rot[ShW-1:0]), .data_o(back)
    );
    assign fwd_word[i] = fwd;
    assign back_word[i] = back;
    if (ShW < 9) begin : g_unused_shift_msbs
      logic unused;
      assign unused = ^{back_rot[8:ShW], s2_rot[8:ShW]};
    end
  end

  // ---- check-node memory: one layer (Zmax compressed messages) per word ----
  // Read when a layer's first group is in s2, so that R_old is on rdata_o from its first s3 to its
  // last (the previous layer's last s3 is at the latest in that same cycle); written when the
  // layer's check node is final (cap).
  logic state_we, state_re, cap;
  logic [Zmax*StateW-1:0] state_wdata, state_rdata;
  bbkit_sdp_ram #(.Depth(64), .Width(Zmax * StateW)) u_check_ram (
    .clk_i,
    .we_i(state_we), .waddr_i(w1_row_q), .wdata_i(state_wdata),
    .re_i(state_re), .raddr_i(s2_row_q), .rdata_o(state_rdata)
  );
  assign state_re = s2_any_q && !syn_phase && s2_k_q == '0;
  assign cap = w1_any_q && w1_first_q;
  assign state_we = cap;

  // ---- Q memory: P banks (edge index mod P), Q of every edge of the two layers in flight,
  // {column, shift, Q lanes} per word ----
  localparam int unsigned QW = 7 + 9 + Zmax * AppW;
  logic [Zmax*AppW-1:0] q_word [P];      // per read slot, from the lanes
  logic [QW-1:0] q_rd [P];               // per Q bank, the word read in w0 (w1)
  logic [IdxW-1:0] s3_k [P];             // edge index within the row, per read slot
  for (genvar i = 0; i < P; i++) begin : g_s3_k
    assign s3_k[i] = s3_k_q + IdxW'(i);
  end
  for (genvar q = 0; q < P; q++) begin : g_q_bank
    logic we, re, fwd_d, fwd_q;
    logic [5:0] waddr, raddr;
    logic [QW-1:0] wdata, rdata, wdata_q;
    always_comb begin
      we = 1'b0;
      waddr = '0;
      wdata = '0;
      for (int i = 0; i < P; i++) begin
        if (s3_dec && s3_v_q[i] && q_bank(s3_k[i]) == 2'(q)) begin
          we = 1'b1;
          waddr = {s3_bank_q, s3_k[i]};
          wdata = {s3_col_q[i], s3_shift_q[i], q_word[i]};
        end
      end
      re = 1'b0;
      raddr = '0;
      for (int j = 0; j < P; j++) begin
        if (wb_run_q && w0_v[j] && q_bank(w0_k[j]) == 2'(q)) begin
          re = 1'b1;
          raddr = {wb_bank_q, w0_k[j]};
        end
      end
    end
    bbkit_sdp_ram #(.Depth(64), .Width(QW)) u_q_ram (
      .clk_i,
      .we_i(we), .waddr_i(waddr), .wdata_i(wdata),
      .re_i(re), .raddr_i(raddr), .rdata_o(rdata)
    );
    // A layer's first write-back group is read in the cycle its last read group is written: a
    // read of the word written in that cycle takes the word being written.
    assign fwd_d = we && re && waddr == raddr;
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) fwd_q <= 1'b0;
      else fwd_q <= fwd_d;
    end
    always_ff @(posedge clk_i) begin
      if (fwd_d) wdata_q <= wdata;
    end
    assign q_rd[q] = fwd_q ? wdata_q : rdata;
  end

  logic [QW-1:0] q_slot [P];             // per write-back slot, its Q word (w1)
  for (genvar j = 0; j < P; j++) begin : g_q_slot
    always_comb begin
      q_slot[j] = '0;
      for (int q = 0; q < P; q++) if (q_bank(w1_k_q[j]) == 2'(q)) q_slot[j] = q_rd[q];
    end
  end

  // ---- the write-back group in w0 (from the package) ----
  logic [23:0] w0_group;
  assign w0_group = wb_group(cfg_bg_i, wb_gbase_q + 9'(wb_j_q));
  for (genvar j = 0; j < P; j++) begin : g_w0
    logic [bbkit_ldpc_bg_pkg::EdgeW-1:0] e;
    logic unused_shifts;  // only the column is needed here
    assign w0_v[j] = w0_group[6*j + 5];
    assign w0_k[j] = w0_group[6*j +: IdxW];
    assign e = edge_rom(cfg_bg_i, wb_base_q + 9'(w0_k[j]));
    assign w0_col[j] = e[bbkit_ldpc_bg_pkg::EdgeW-1 -: 7];
    assign unused_shifts = ^e[bbkit_ldpc_bg_pkg::EdgeW-8:0];
  end
  if (P < 4) begin : g_unused_wb_slots
    logic unused;
    assign unused = ^w0_group[23:6*P];
  end

  // Filler window of the column being loaded, relative to its lane 0: lanes [lo, hi) are fillers.
  logic signed [15:0] fill_lo, fill_hi, load_base;
  assign load_base = 16'(load_col_i * cfg_zc_i);
  assign fill_lo = 16'(cfg_k_prime_i) - load_base;
  assign fill_hi = 16'(k_full) - load_base;

  // The box-plus correction c(d) = round(4 ln(1 + e^(-d/4))) in LSBs: three comparators.
  function automatic logic [1:0] box_plus_corr(input logic [9:0] d);
    box_plus_corr = d == 10'd0 ? 2'd3 : (d <= 10'd3 ? 2'd2 : (d <= 10'd8 ? 2'd1 : 2'd0));
  endfunction
  // a boxplus b = min(a, b) - c(|a - b|) + c(a + b); the result lies in [0, min(a, b)] for all
  // 9-bit a, b (the model's unit test checks the whole range), so 9 bits hold it.
  function automatic logic [8:0] box_plus(input logic [8:0] a, input logic [8:0] b);
    logic [8:0] lo, diff;
    logic [9:0] sum;
    lo = a < b ? a : b;
    diff = a < b ? b - a : a - b;
    sum = {1'b0, a} + {1'b0, b};
    box_plus = 9'({1'b0, lo} + {8'b0, box_plus_corr(sum)} - {8'b0, box_plus_corr({1'b0, diff})});
  endfunction
  logic syn_lane_fail [Zmax];

  // ---- per-lane arithmetic ----
  for (genvar z = 0; z < Zmax; z++) begin : g_lane
    localparam logic signed [15:0] Lane = 16'(z);
    // load: sign-extend the channel LLR (symmetric: -128 reads as -127), fillers at +511
    logic signed [LlrW-1:0] llr;
    assign llr = load_llr_i[z*LlrW +: LlrW];
    assign load_word[z*AppW +: AppW] =
        (Lane >= fill_lo && Lane < fill_hi) ? AppMax
        : (llr == -8'sd128 ? -10'sd127 : AppW'(llr));
    assign rd_hard_o[z] = rd_word[z*AppW + AppW - 1];

    // R_old of the layer in s3 (from the check memory)
    logic [MagW-1:0] old_m1, old_m2;
    logic [IdxW-1:0] old_idx;
    logic [SgnW-1:0] old_rsign;
    assign {old_m1, old_m2, old_idx, old_rsign} = state_rdata[z*StateW +: StateW];

    logic [8:0] acc_min1_q, acc_all_q, acc_oth_q;
    logic [IdxW-1:0] acc_idx_q;
    logic [SgnW-1:0] acc_sgn_q;
    logic [MagW-1:0] new_m1, new_m2;
    // |R| = clamp(scaled - offset, 0, 127); 13 m = 8m + 4m + m, so no multiplier per lane
    logic [12:0] m1_13, m2_13;
    logic signed [13:0] m1_off, m2_off;
    assign m1_13 = {acc_all_q, 3'b000} + {1'b0, acc_all_q, 2'b00} + {4'b0000, acc_all_q};
    assign m2_13 = {acc_oth_q, 3'b000} + {1'b0, acc_oth_q, 2'b00} + {4'b0000, acc_oth_q};
    logic unused_floor_bits;  // the >> 4 drops them: floor
    assign unused_floor_bits = ^{m1_13[3:0], m2_13[3:0]};
    assign m1_off = $signed({1'b0, cfg_norm_i ? {4'b0000, m1_13[12:4]} : {4'b0000, acc_all_q}})
                    - $signed({10'b0, cfg_offset_i});
    assign m2_off = $signed({1'b0, cfg_norm_i ? {4'b0000, m2_13[12:4]} : {4'b0000, acc_oth_q}})
                    - $signed({10'b0, cfg_offset_i});
    assign new_m1 = m1_off < 0 ? '0 : (m1_off > 14'sd127 ? 7'd127 : m1_off[MagW-1:0]);
    assign new_m2 = m2_off < 0 ? '0 : (m2_off > 14'sd127 ? 7'd127 : m2_off[MagW-1:0]);
    // signs of R: each Q sign xor the parity of all of them (bits past the row degree unused)
    logic acc_par;
    logic [SgnW-1:0] new_rsign;
    assign acc_par = ^acc_sgn_q;
    assign new_rsign = acc_sgn_q ^ {SgnW{acc_par}};
    assign state_wdata[z*StateW +: StateW] = {new_m1, new_m2, acc_idx_q, new_rsign};

    // read side, per slot: Q = sat(APP - R_old)
    logic signed [AppW-1:0] s3_app_q [P];
    logic signed [AppW-1:0] q [P];
    logic [8:0] q_mag [P];
    for (genvar i = 0; i < P; i++) begin : g_q
      logic signed [AppW:0] r_old, q_wide, mag_old_w;
      logic [MagW-1:0] mag_old;
      always_comb begin
        mag_old = old_idx == s3_k[i] ? old_m2 : old_m1;
        mag_old_w = $signed({4'b0000, mag_old});
        r_old = s3_first_q ? '0 : (old_rsign[s3_k[i]] ? -mag_old_w : mag_old_w);
        q_wide = $signed({s3_app_q[i][AppW-1], s3_app_q[i]}) - r_old;
        q[i] = q_wide > 11'sd511 ? AppMax : (q_wide < -11'sd511 ? -AppMax : q_wide[AppW-1:0]);
        q_mag[i] = q[i][AppW-1] ? 9'(-q[i]) : 9'(q[i]);
      end
      assign q_word[i][z*AppW +: AppW] = q[i];
      always_ff @(posedge clk_i) begin
        s3_app_q[i] <= fwd_word[i][z*AppW +: AppW];
      end
    end

    // running box-plus of all |Q| and of all but the smallest, the smallest |Q| and its index,
    // signs, over the group's edges in order; a strictly smaller |Q| is a new minimum (ties keep
    // the first index) and hands A_all to A_others. A layer's first edge starts from the initial
    // values (all 511, no signs).
    // one entry per slot of the chain (split: each entry is a signal of its own for Verilator)
    logic [8:0] ch_min1 [P+1] /* verilator split_var */;
    logic [8:0] ch_all [P+1] /* verilator split_var */;
    logic [8:0] ch_oth [P+1] /* verilator split_var */;
    logic [IdxW-1:0] ch_idx [P+1] /* verilator split_var */;
    logic [SgnW-1:0] ch_sgn [P+1] /* verilator split_var */;
    assign ch_min1[0] = acc_min1_q;
    assign ch_all[0] = acc_all_q;
    assign ch_oth[0] = acc_oth_q;
    assign ch_idx[0] = acc_idx_q;
    assign ch_sgn[0] = acc_sgn_q;
    for (genvar i = 0; i < P; i++) begin : g_chain
      logic row_first, new_min;
      logic [8:0] in_min1, in_all, in_oth, bp_all, bp_oth;
      logic [IdxW-1:0] in_idx;
      logic [SgnW-1:0] in_sgn;
      assign row_first = s3_k[i] == '0;
      assign in_min1 = row_first ? 9'd511 : ch_min1[i];
      assign in_all = row_first ? 9'd511 : ch_all[i];
      assign in_oth = row_first ? 9'd511 : ch_oth[i];
      assign in_idx = row_first ? '0 : ch_idx[i];
      assign in_sgn = row_first ? '0 : ch_sgn[i];
      assign new_min = q_mag[i] < in_min1;
      assign bp_all = box_plus(in_all, q_mag[i]);
      assign bp_oth = box_plus(in_oth, q_mag[i]);
      assign ch_min1[i+1] = !s3_v_q[i] ? ch_min1[i] : (new_min ? q_mag[i] : in_min1);
      assign ch_all[i+1] = !s3_v_q[i] ? ch_all[i] : bp_all;
      assign ch_oth[i+1] = !s3_v_q[i] ? ch_oth[i] : (new_min ? in_all : bp_oth);
      assign ch_idx[i+1] = !s3_v_q[i] ? ch_idx[i] : (new_min ? s3_k[i] : in_idx);
      assign ch_sgn[i+1] = !s3_v_q[i] ? ch_sgn[i] : in_sgn | (SgnW'(q[i][AppW-1]) << s3_k[i]);
    end
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) begin
        acc_min1_q <= '1;
        acc_all_q <= '1;
        acc_oth_q <= '1;
        acc_idx_q <= '0;
        acc_sgn_q <= '0;
      end else if (s3_dec) begin
        acc_min1_q <= ch_min1[P];
        acc_all_q <= ch_all[P];
        acc_oth_q <= ch_oth[P];
        acc_idx_q <= ch_idx[P];
        acc_sgn_q <= ch_sgn[P];
      end
    end

    // write-back side: the layer's final check state (latched at cap), APP = sat(Q + R_new) per slot
    logic [MagW-1:0] wb_m1_q, wb_m2_q;
    logic [IdxW-1:0] wb_idx_q;
    logic [SgnW-1:0] wb_rsign_q;
    always_ff @(posedge clk_i) begin
      if (cap) {wb_m1_q, wb_m2_q, wb_idx_q, wb_rsign_q} <= {new_m1, new_m2, acc_idx_q, new_rsign};
    end
    logic [MagW-1:0] use_m1, use_m2;
    logic [IdxW-1:0] use_idx;
    logic [SgnW-1:0] use_rsign;
    // the layer's first write-back group is in the cycle of cap: the latch is not loaded yet
    assign {use_m1, use_m2, use_idx, use_rsign} = w1_first_q ? {new_m1, new_m2, acc_idx_q, new_rsign}
                                                             : {wb_m1_q, wb_m2_q, wb_idx_q, wb_rsign_q};
    for (genvar j = 0; j < P; j++) begin : g_wb
      logic signed [AppW-1:0] w1_q, w2_app_q;
      logic signed [AppW:0] r_new, app_wide, mag_new_w;
      logic [MagW-1:0] mag_new;
      always_comb begin
        w1_q = q_slot[j][z*AppW +: AppW];
        mag_new = use_idx == w1_k_q[j] ? use_m2 : use_m1;
        mag_new_w = $signed({4'b0000, mag_new});
        r_new = use_rsign[w1_k_q[j]] ? -mag_new_w : mag_new_w;
        app_wide = $signed({w1_q[AppW-1], w1_q}) + r_new;
      end
      always_ff @(posedge clk_i) begin
        w2_app_q <= app_wide > 11'sd511 ? AppMax : (app_wide < -11'sd511 ? -AppMax : app_wide[AppW-1:0]);
      end
      assign w2_word[j][z*AppW +: AppW] = w2_app_q;
    end

    // syndrome pass: parity of the hard decisions over the row's edges
    // (rows follow each other in the pipeline: a row's first edge starts a new parity)
    logic syn_par_q, syn_par_d;
    always_comb begin
      syn_par_d = syn_par_q;
      for (int i = 0; i < P; i++) begin
        if (s3_v_q[i]) syn_par_d = (s3_k[i] == '0 ? 1'b0 : syn_par_d) ^ s3_app_q[i][AppW-1];
      end
    end
    assign syn_lane_fail[z] = syn_par_d && Lane < 16'(cfg_zc_i);
    always_ff @(posedge clk_i or negedge rst_ni) begin
      if (!rst_ni) syn_par_q <= 1'b0;
      else if (s3_any_q && syn_phase) syn_par_q <= syn_par_d;
    end
  end

  logic syn_row_fail;
  always_comb begin
    syn_row_fail = 1'b0;
    for (int unsigned z = 0; z < Zmax; z++) syn_row_fail |= syn_lane_fail[z];
  end

  // ---- write-back pipeline: w0 Q-memory read (in the cycle of the layer's last s3 for its first
  // group), w1 APP = Q + R_new (cap for the first group), w2 inverse shift and write ----
  for (genvar j = 0; j < P; j++) begin : g_w1
    assign {w1_col[j], w1_shift[j]} = q_slot[j][QW-1 -: 16];
  end
  logic [8:0] row_wb_start, row_wb_end;  // write-back groups of the row being read (row_q)
  assign row_wb_start = wb_row_start(cfg_bg_i, row_q);
  assign row_wb_end = wb_row_start(cfg_bg_i, row_q + 6'd1);
  logic [8:0] s2_wb_start, s2_wb_end;    // and of the row whose last group is in s2
  assign s2_wb_start = wb_row_start(cfg_bg_i, s2_row_q);
  assign s2_wb_end = wb_row_start(cfg_bg_i, s2_row_q + 6'd1);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wb_run_q <= 1'b0;
      wb_j_q <= '0;
      wb_groups_q <= '0;
      wb_row_q <= '0;
      wb_base_q <= '0;
      wb_gbase_q <= '0;
      wb_bank_q <= 1'b0;
      w1_any_q <= 1'b0;
      w1_first_q <= 1'b0;
      w1_row_q <= '0;
      for (int j = 0; j < P; j++) begin
        w1_v_q[j] <= 1'b0;
        w1_k_q[j] <= '0;
        w2_v_q[j] <= 1'b0;
        w2_col_q[j] <= '0;
        w2_shift_q[j] <= '0;
      end
      pending_q <= '0;
      wb_hold_q <= '0;
    end else if (flush || state_q == SIdle) begin
      wb_run_q <= 1'b0;
      w1_any_q <= 1'b0;
      for (int j = 0; j < P; j++) begin
        w1_v_q[j] <= 1'b0;
        w2_v_q[j] <= 1'b0;
      end
      pending_q <= '0;
      wb_hold_q <= '0;
    end else begin
      // a layer's last group enters s3: its first write-back group reads the Q memory in that
      // cycle (w0) and meets its check node, final one cycle later, in w1 (cap)
      if (s2_any_q && !syn_phase && s2_last_q) begin
        wb_run_q <= 1'b1;
        wb_j_q <= '0;
        wb_groups_q <= IdxW'(s2_wb_end - s2_wb_start);
        wb_row_q <= s2_row_q;
        wb_base_q <= s2_edge_q - 9'(s2_k_q);
        wb_gbase_q <= s2_wb_start;
        wb_bank_q <= s2_bank_q;
      end else if (wb_run_q) begin
        wb_j_q <= wb_j_q + IdxW'(1);
        if (wb_j_q + IdxW'(1) == wb_groups_q) wb_run_q <= 1'b0;
      end
      w1_any_q <= wb_run_q;
      w1_first_q <= wb_run_q && wb_j_q == '0;
      w1_row_q <= wb_row_q;
      for (int j = 0; j < P; j++) begin
        w1_v_q[j] <= wb_run_q && w0_v[j];
        w1_k_q[j] <= w0_k[j];
        w2_v_q[j] <= w1_v_q[j];
        w2_col_q[j] <= w1_col[j];
        // inverse shift: lane v of the column gets lane (v - P) mod Zc = (v + Zc - P) mod Zc
        w2_shift_q[j] <= w1_inv_shift[j];
      end
      // the layer's last group waits until the previous layer's write-back no longer needs the
      // latched check state when this one is latched: (its write-back groups) cycles after its
      // last group
      if (dec_issue && last_issue) wb_hold_q <= IdxW'(row_wb_end - row_wb_start - 9'd1);
      else if (wb_hold_q != '0) wb_hold_q <= wb_hold_q - IdxW'(1);
      pending_q <= (pending_q & ~w0_cols) | issued_cols;
    end
  end

  // ---- control FSM ----
  logic [2:0] err_q, err_d;
  logic syn_err_q, syn_err_d;
  logic [6:0] iters_q, iters_d;
  logic done_d;
  assign watchdog = state_q != SIdle && state_q != SDone && cycles_q >= WatchdogCycles;

  logic syn_due;  // a syndrome check follows this iteration
  assign syn_due = cfg_early_stop_i || iter_q == cfg_max_iter_i;

  always_comb begin
    state_d = state_q;
    row_d = row_q;
    iter_d = iter_q;
    edge_d = edge_q;
    edge_end_d = edge_end_q;
    k_d = k_q;
    bank_d = bank_q;
    syn_fail_d = syn_fail_q;
    err_d = err_q;
    syn_err_d = syn_err_q;
    iters_d = iters_q;
    done_d = 1'b0;
    if (issue) begin
      edge_d = edge_q + 9'(grp_len);
      k_d = k_q + IdxW'(grp_len);
    end
    if (syn_phase && s3_any_q && s3_last_q && syn_row_fail) syn_fail_d = 1'b1;
    unique case (state_q)
      SIdle: if (start_i) begin
        err_d = cfg_err;
        syn_err_d = 1'b0;
        iters_d = '0;
        row_d = '0;
        iter_d = 7'd1;
        state_d = cfg_err == ErrNone ? SRow : SDone;
      end
      SRow, SSynRow: begin
        edge_d = row_start(cfg_bg_i, row_q);
        edge_end_d = row_start(cfg_bg_i, row_q + 6'd1);
        k_d = '0;
        state_d = state_q == SRow ? SRun : SSyn;
      end
      // a layer's last read group moves straight on to the next layer (the next iteration's first
      // one unless a syndrome check is due)
      SRun: if (dec_issue && last_issue) begin
        bank_d = !bank_q;
        k_d = '0;
        if (row_q + 6'd1 < cfg_layers_i) begin
          row_d = row_q + 6'd1;
        end else begin
          row_d = '0;
          if (syn_due) state_d = SDrain;
          else iter_d = iter_q + 7'd1;
        end
        edge_d = row_start(cfg_bg_i, row_d);
        edge_end_d = row_start(cfg_bg_i, row_d + 6'd1);
      end
      SDrain: if (pipe_empty) begin
        syn_fail_d = 1'b0;
        state_d = SSynRow;
      end
      // rows back to back; stop issuing at the first unsatisfied row (found a few cycles late)
      SSyn: if (syn_fail_q) begin
        state_d = SSynDrain;
      end else if (last_issue) begin
        k_d = '0;
        if (row_q + 6'd1 < cfg_layers_i) begin
          row_d = row_q + 6'd1;
          edge_d = row_start(cfg_bg_i, row_d);
          edge_end_d = row_start(cfg_bg_i, row_d + 6'd1);
        end else begin
          state_d = SSynDrain;
        end
      end
      SSynDrain: if (pipe_empty) begin
        if ((cfg_early_stop_i && !syn_fail_q) || iter_q == cfg_max_iter_i) begin
          syn_err_d = syn_fail_q;
          iters_d = iter_q;
          state_d = SDone;
        end else begin
          row_d = '0;
          iter_d = iter_q + 7'd1;
          state_d = SRow;
        end
      end
      SDone: begin
        done_d = 1'b1;
        state_d = SIdle;
      end
      default: state_d = SIdle;
    endcase
    if (watchdog) begin
      err_d = ErrWatchdog;
      iters_d = iter_q;
      state_d = SDone;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      row_q <= '0;
      iter_q <= 7'd1;
      edge_q <= '0;
      edge_end_q <= '0;
      k_q <= '0;
      bank_q <= 1'b0;
      syn_fail_q <= 1'b0;
      err_q <= ErrNone;
      syn_err_q <= 1'b0;
      iters_q <= '0;
      cycles_q <= '0;
      done_o <= 1'b0;
    end else begin
      state_q <= state_d;
      row_q <= row_d;
      iter_q <= iter_d;
      edge_q <= edge_d;
      edge_end_q <= edge_end_d;
      k_q <= k_d;
      bank_q <= bank_d;
      syn_fail_q <= syn_fail_d;
      err_q <= err_d;
      syn_err_q <= syn_err_d;
      iters_q <= iters_d;
      done_o <= done_d;
      if (state_q == SIdle) cycles_q <= start_i ? 32'd1 : cycles_q;
      else if (state_q != SDone) cycles_q <= cycles_q + 32'd1;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) rd_valid_o <= 1'b0;
    else rd_valid_o <= host_read;
  end

  assign busy_o = state_q != SIdle;
  assign err_o = err_q;
  assign syndrome_err_o = syn_err_q;
  assign iterations_o = iters_q;
  assign cycles_o = cycles_q;

endmodule

`default_nettype wire
