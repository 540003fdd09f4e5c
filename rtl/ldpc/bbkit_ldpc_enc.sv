// SPDX-License-Identifier: Apache-2.0
// LDPC encoder core (TS 38.212 5.3.2): the parity columns of one code block from its
// information columns, one circulant (Zc lanes) per cycle, for both base graphs and every
// lifting size <= Zmax.
//
// The codeword memory holds one base-graph column (Zc bits, lane z = bit c*Zc + z) per word. The
// host side writes the kb information columns (fillers as 0) through load_*, pulses start_i,
// and after done_o reads any column through rd_* (one cycle latency). Encoding uses the
// double-diagonal structure of the 4 core rows: their sum leaves one circulant on the first
// parity column, P(b) p0 = sum over rows 0..3 of the information part, so
//   phase 1: acc = sum of P(V) c_j over the information edges of rows 0..3;
//            p0 = P(-b) acc, b the shift of column kb in row 1 (BG1) or row 2 (BG2)
//   phase 2: rows 0, 1, 2 solve p1, p2, p3 and rows 4.. the extension columns: each row's
//            target column (identity circulant) is the sum of the row's other edges.
// Row 3 holds by construction. Rows 0..2 feed later rows, so one idle cycle follows each (the
// RAM's read-during-write returns the old word); extension rows stream back to back.
`default_nettype none

module bbkit_ldpc_enc #(
  parameter int unsigned Zmax = 384,  // largest lifting size served, 2..384
  localparam int unsigned ZcW = 9
) (
  input  wire logic            clk_i,
  input  wire logic            rst_ni,
  // configuration, held from the first load to done_o (checked by the caller)
  input  wire logic [1:0]      cfg_bg_i,    // 1 or 2
  input  wire logic [ZcW-1:0]  cfg_zc_i,    // one of the 51 lifting sizes, <= Zmax
  input  wire logic [14:0]     cfg_last_h_i,  // last codeword bit needed (column*Zc + lane): extension
                                             // rows whose column starts past it are skipped
  // information columns, one per write, while idle
  input  wire logic            load_valid_i,
  input  wire logic [6:0]      load_col_i,
  input  wire logic [Zmax-1:0] load_data_i,
  // control
  input  wire logic            start_i,
  output      logic            busy_o,
  output      logic            done_o,      // one-cycle pulse
  // codeword read-back, one column per read, while idle; data one cycle after the request
  input  wire logic            rd_valid_i,
  input  wire logic [6:0]      rd_col_i,
  output      logic [Zmax-1:0] rd_data_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
  end
`endif

  typedef enum logic [2:0] {SIdle, SP1, SP1Drain, SP0, SP2, SGap, SDrain, SDone} state_e;
  state_e state_q, state_d;

  logic bg1;
  logic [3:0] ils;
  logic [6:0] kb;
  assign bg1 = cfg_bg_i == 2'd1;
  assign ils = bbkit_ldpc_bg_pkg::lifting_set(cfg_zc_i);
  assign kb = bg1 ? 7'd22 : 7'd10;
  logic unused_ils;  // a legal Zc has iLS 0..7
  assign unused_ils = ils[3];

  function automatic logic [8:0] row_start(input logic is_bg1, input logic [5:0] row);
    row_start = is_bg1 ? bbkit_ldpc_bg_pkg::bg1_row_start(row) : bbkit_ldpc_bg_pkg::bg2_row_start(row);
  endfunction

  // ---- sequencer ----
  logic [5:0] row_q, row_d;
  logic [8:0] edge_q, edge_d, edge_end_q, edge_end_d;
  logic first_q, first_d;  // the next edge is its row's first

  logic [bbkit_ldpc_bg_pkg::EdgeW-1:0] cur_edge;
  logic [6:0] cur_col;
  logic [8:0] cur_v, cur_shift;
  assign cur_edge = bg1 ? bbkit_ldpc_bg_pkg::bg1_edge(edge_q) : bbkit_ldpc_bg_pkg::bg2_edge(edge_q);
  assign cur_col = cur_edge[bbkit_ldpc_bg_pkg::EdgeW-1 -: 7];
  assign cur_v = cur_edge[9*ils[2:0] +: 9];
  always_comb begin  // P = V mod Zc by restoring division (V < 384, Zc >= 2)
    logic [17:0] rem;
    rem = 18'(cur_v);
    for (int i = 8; i >= 0; i--) begin
      if (rem >= (18'(cfg_zc_i) << i)) rem = rem - (18'(cfg_zc_i) << i);
    end
    cur_shift = rem[8:0];
  end

  // A row past the core ones is computed when the graph has it and its column is transmitted.
  function automatic logic row_needed(input logic [5:0] row);
    logic [6:0] col;
    logic [15:0] col_start;
    col = kb + 7'(row);
    col_start = 16'(col) * 16'(cfg_zc_i);
    row_needed = row < (bg1 ? 6'(bbkit_ldpc_bg_pkg::Bg1Rows) : 6'(bbkit_ldpc_bg_pkg::Bg2Rows)) &&
                 (row < 6'd4 || col_start <= 16'(cfg_last_h_i));
  endfunction

  // target column of a phase-2 row: kb+1+r for the core rows 0..2, kb+r for extension rows
  logic [6:0] target;
  assign target = row_q < 6'd3 ? kb + 7'(row_q) + 7'd1 : kb + 7'(row_q);

  logic issue, last_in_row, use_edge;
  assign issue = state_q == SP1 || state_q == SP2;
  assign last_in_row = edge_q + 9'd1 == edge_end_q;
  assign use_edge = state_q == SP1 ? cur_col < kb : cur_col != target;

  // the odd circulant of column kb in the core rows: row 1 of BG1, row 2 of BG2
  logic [8:0] p0_shift_q;
  logic capture_b;
  assign capture_b = state_q == SP1 && cur_col == kb && row_q == (bg1 ? 6'd1 : 6'd2);

  // ---- pipeline: s1 = RAM data + shift + accumulate ----
  logic s1_v_q, s1_use_q, s1_first_q, s1_last_q;
  logic [8:0] s1_shift_q;
  logic [6:0] s1_target_q;
  logic s1_p2_q;
  logic [Zmax-1:0] acc_q, acc_d, shifted, shift_in;

  logic ram_we, ram_re;
  logic [6:0] ram_waddr, ram_raddr;
  logic [Zmax-1:0] ram_wdata, ram_rdata;
  bbkit_sdp_ram #(.Depth(68), .Width(Zmax)) u_cw_ram (
    .clk_i,
    .we_i(ram_we), .waddr_i(ram_waddr), .wdata_i(ram_wdata),
    .re_i(ram_re), .raddr_i(ram_raddr), .rdata_o(ram_rdata)
  );
  assign rd_data_o = ram_rdata;

  localparam int unsigned ShW = $clog2(Zmax + 1);
  logic [8:0] shift_amt;
  // SP0 applies P(-b) to the phase-1 sum; otherwise the edge's P(V) to the column read
  assign shift_in = state_q == SP0 ? acc_q : ram_rdata;
  assign shift_amt = state_q == SP0 ? (p0_shift_q == 9'd0 ? 9'd0 : cfg_zc_i - p0_shift_q) : s1_shift_q;
  bbkit_cyclic_shift #(.Lanes(Zmax), .Width(1)) u_shift (
    .data_i(shift_in), .zc_i(cfg_zc_i[ShW-1:0]), .shift_i(shift_amt[ShW-1:0]), .data_o(shifted)
  );
  if (ShW < 9) begin : g_unused_shift_msbs
    logic unused;
    assign unused = ^{shift_amt[8:ShW], cfg_zc_i[8:ShW]};
  end

  assign acc_d = (s1_first_q ? '0 : acc_q) ^ (s1_use_q ? shifted : '0);

  logic host_load, host_read;
  assign host_load = state_q == SIdle && load_valid_i;
  assign host_read = state_q == SIdle && rd_valid_i;
  assign ram_re = host_read || (issue && use_edge);
  assign ram_raddr = host_read ? rd_col_i : cur_col;
  always_comb begin
    ram_we = 1'b0;
    ram_waddr = s1_target_q;
    ram_wdata = acc_d;
    if (host_load) begin
      ram_we = 1'b1;
      ram_waddr = load_col_i;
      ram_wdata = load_data_i;
    end else if (state_q == SP0) begin
      ram_we = 1'b1;
      ram_waddr = kb;
      ram_wdata = shifted;
    end else if (s1_v_q && s1_p2_q && s1_last_q) begin
      ram_we = 1'b1;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      s1_v_q <= 1'b0;
      s1_use_q <= 1'b0;
      s1_first_q <= 1'b0;
      s1_last_q <= 1'b0;
      s1_shift_q <= '0;
      s1_target_q <= '0;
      s1_p2_q <= 1'b0;
      acc_q <= '0;
      p0_shift_q <= '0;
    end else begin
      s1_v_q <= issue;
      s1_use_q <= issue && use_edge;
      // phase 1 is one accumulation over rows 0..3
      s1_first_q <= state_q == SP1 ? edge_q == 9'd0 : first_q;
      s1_last_q <= last_in_row;
      s1_shift_q <= cur_shift;
      s1_target_q <= target;
      s1_p2_q <= state_q == SP2;
      if (s1_v_q) acc_q <= acc_d;
      if (capture_b) p0_shift_q <= cur_shift;
    end
  end

  // ---- control ----
  always_comb begin
    state_d = state_q;
    row_d = row_q;
    edge_d = edge_q;
    edge_end_d = edge_end_q;
    first_d = first_q;
    done_o = 1'b0;
    if (issue) begin
      edge_d = edge_q + 9'd1;
      first_d = 1'b0;
      if (last_in_row) begin
        row_d = row_q + 6'd1;
        edge_end_d = row_start(bg1, row_q + 6'd2);
        first_d = 1'b1;
      end
    end
    unique case (state_q)
      SIdle: if (start_i) begin
        row_d = '0;
        edge_d = '0;
        edge_end_d = row_start(bg1, 6'd1);
        first_d = 1'b1;
        state_d = SP1;
      end
      SP1: if (last_in_row && row_q == 6'd3) state_d = SP1Drain;
      SP1Drain: state_d = SP0;  // the last phase-1 edge accumulates
      SP0: begin
        row_d = '0;
        edge_d = '0;
        edge_end_d = row_start(bg1, 6'd1);
        first_d = 1'b1;
        state_d = SP2;
      end
      SP2: if (last_in_row) begin
        if (!row_needed(row_q == 6'd2 ? 6'd4 : row_q + 6'd1)) state_d = SDrain;
        else if (row_q < 6'd3) state_d = SGap;
      end
      SGap: begin
        state_d = SP2;
        if (row_q == 6'd3) begin  // row 3 holds by construction: skip it
          row_d = 6'd4;
          edge_d = row_start(bg1, 6'd4);
          edge_end_d = row_start(bg1, 6'd5);
        end
      end
      SDrain: state_d = SDone;
      SDone: begin
        done_o = 1'b1;
        state_d = SIdle;
      end
      default: state_d = SIdle;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      row_q <= '0;
      edge_q <= '0;
      edge_end_q <= '0;
      first_q <= 1'b0;
    end else begin
      state_q <= state_d;
      row_q <= row_d;
      edge_q <= edge_d;
      edge_end_q <= edge_end_d;
      first_q <= first_d;
    end
  end

  assign busy_o = state_q != SIdle;

endmodule

`default_nettype wire
