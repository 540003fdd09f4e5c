// SPDX-License-Identifier: Apache-2.0
// HARQ output of the decode datapath (HQ_COMBINE_OUT_ENABLE, /work spec step 4 as in
// GoldenLdpc::run()): streams the H = Ncb - F non-filler LLRs of the soft buffer, one signed
// byte each in circular-buffer order (position j in [0, Ncb) skipping the filler window
// [K' - 2Zc, K - 2Zc)), as 64-byte beats; the last beat is zero-padded.
//
// Circular-buffer position j is core column 2 + j / Zc, lane j mod Zc. Every column contributes
// one segment that starts at lane 0: the filler window ends on a column boundary (K - 2Zc =
// (Kb - 2) Zc), so only its start (the column holding K' - 2Zc) and Ncb cut a column short. A
// column is read whole from the soft buffer (one cycle), then shifted out Chunk bytes per cycle
// into a 64-byte beat accumulator: no division, no wide barrel shifter on the column (the
// byte-granular shift is on the Chunk-byte piece only). About H / Chunk + one cycle per column.
`default_nettype none

module bbkit_ldpc_harq_out #(
  parameter int unsigned Zmax = 384,  // largest lifting size, 2..384
  parameter int unsigned Chunk = 16   // LLRs moved per cycle, 1..64
) (
  input  wire logic              clk_i,
  input  wire logic              rst_ni,
  input  wire logic              start_i,         // parameters valid (held until done_o)
  input  wire logic [1:0]        bg_i,
  input  wire logic [8:0]        zc_i,
  input  wire logic [14:0]       n_cb_i,
  input  wire logic [13:0]       filler_begin_i,  // K' - 2Zc
  input  wire logic [13:0]       filler_end_i,    // K - 2Zc
  // soft-buffer column read: data one cycle after rd_valid_o
  output      logic              rd_valid_o,
  output      logic [6:0]        rd_col_o,
  input  wire logic [Zmax*8-1:0] rd_data_i,
  // the H bytes, 64 per beat
  output      logic              out_valid_o,
  input  wire logic              out_ready_i,
  output      logic [511:0]      out_data_o,
  output      logic              done_o           // one-cycle pulse after the last beat was taken
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (Chunk >= 1 && Chunk <= 64) else $fatal(1, "Chunk out of range 1..64");
  end
`endif

  localparam int unsigned SrBytes = Zmax > Chunk ? Zmax : Chunk;
  localparam int unsigned AccBytes = 64 + Chunk;

  logic active_q, more_q, pend_q;
  logic [15:0] j_q;          // circular-buffer position of the next column to read
  logic [6:0] col_q;         // its core column
  logic [8:0] pend_len_q;    // segment length of the column being read
  logic [SrBytes*8-1:0] sr_q;
  logic [8:0] sr_left_q;     // bytes of the segment still in sr_q
  logic [AccBytes*8-1:0] acc_q;
  logic [6:0] fill_q;        // bytes in acc_q, 0..63
  logic ob_v_q;
  logic [511:0] ob_q;

  // ---- the next column's segment ----
  logic has_filler;
  logic [15:0] seg_end, next_j;
  logic [6:0] next_col;
  assign has_filler = filler_end_i != filler_begin_i;
  always_comb begin
    seg_end = j_q + 16'(zc_i);
    if (seg_end > 16'(n_cb_i)) seg_end = 16'(n_cb_i);
    if (has_filler && j_q <= 16'(filler_begin_i) && seg_end > 16'(filler_begin_i)) seg_end = 16'(filler_begin_i);
    if (has_filler && seg_end == 16'(filler_begin_i)) begin
      next_j = 16'(filler_end_i);
      next_col = bg_i == 2'd1 ? 7'd22 : 7'd10;  // K - 2Zc is column Kb
    end else begin
      next_j = j_q + 16'(zc_i);
      next_col = col_q + 7'd1;
    end
  end

  // ---- moving Chunk bytes from the column into the beat ----
  logic [8:0] n;
  logic slot_free, take, push, flush, all_read;
  logic [Chunk*8-1:0] piece;
  logic [AccBytes*8-1:0] ins;
  logic [7:0] fill_sum;
  assign n = sr_left_q < 9'(Chunk) ? sr_left_q : 9'(Chunk);
  assign slot_free = !ob_v_q || out_ready_i;
  assign fill_sum = 8'(fill_q) + 8'(n);
  assign take = active_q && sr_left_q != '0 && (fill_sum < 8'd64 || slot_free);
  assign push = take && fill_sum >= 8'd64;
  assign all_read = !more_q && !pend_q && sr_left_q == '0;
  assign flush = active_q && all_read && fill_q != '0 && slot_free;
  always_comb begin
    piece = sr_q[Chunk*8-1:0];
    for (int unsigned b = 0; b < Chunk; b++)
      if (9'(b) >= n) piece[8*b +: 8] = 8'd0;
    ins = acc_q | ((AccBytes*8)'(piece) << (8 * fill_q));
  end

  assign rd_valid_o = active_q && more_q && !pend_q && (sr_left_q == '0 || (take && sr_left_q <= 9'(Chunk)));
  assign rd_col_o = col_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      active_q <= 1'b0;
      more_q <= 1'b0;
      pend_q <= 1'b0;
      j_q <= '0;
      col_q <= '0;
      pend_len_q <= '0;
      sr_q <= '0;
      sr_left_q <= '0;
      acc_q <= '0;
      fill_q <= '0;
      ob_v_q <= 1'b0;
      ob_q <= '0;
      done_o <= 1'b0;
    end else begin
      done_o <= 1'b0;
      if (ob_v_q && out_ready_i) ob_v_q <= 1'b0;
      if (start_i && !active_q) begin
        active_q <= 1'b1;
        more_q <= 1'b1;  // H >= 1: Ncb >= K - 2Zc > K' - 2Zc >= 1 non-filler position
        j_q <= '0;
        col_q <= 7'd2;
        acc_q <= '0;
        fill_q <= '0;
      end
      if (rd_valid_o) begin
        pend_q <= 1'b1;
        pend_len_q <= 9'(seg_end - j_q);
        j_q <= next_j;
        col_q <= next_col;
        more_q <= next_j < 16'(n_cb_i);
      end
      if (pend_q) begin
        pend_q <= 1'b0;
        sr_q <= (SrBytes*8)'(rd_data_i);
        sr_left_q <= pend_len_q;
      end else if (take) begin
        sr_q <= sr_q >> (8 * Chunk);
        sr_left_q <= sr_left_q - n;
      end
      if (take) begin
        if (push) begin
          ob_q <= ins[511:0];
          ob_v_q <= 1'b1;
          acc_q <= ins >> 512;
          fill_q <= 7'(fill_sum - 8'd64);
        end else begin
          acc_q <= ins;
          fill_q <= fill_sum[6:0];
        end
      end else if (flush) begin
        ob_q <= acc_q[511:0];
        ob_v_q <= 1'b1;
        acc_q <= '0;
        fill_q <= '0;
      end
      if (active_q && all_read && fill_q == '0 && !ob_v_q) begin
        active_q <= 1'b0;
        done_o <= 1'b1;
      end
    end
  end

  assign out_valid_o = ob_v_q;
  assign out_data_o = ob_q;

endmodule

`default_nettype wire
