// SPDX-License-Identifier: Apache-2.0
// Information bits -> Zc-bit columns of the base graph: a bit gearbox from the chunk stream to
// column writes (column c, lane z = information bit c*Zc + z), then the filler columns.
//
// Up to min(bits held, Zc - lanes filled) bits move per cycle, so a chunk may span columns and a
// column may take several chunks, for any Zc. After the last chunk the partial column is written
// with zeros in its remaining lanes, then all-zero columns up to kb: the fillers [K', K) are 0
// for the encoder (38.212 5.3.2).
`default_nettype none

module bbkit_ldpc_enc_col_assemble #(
  parameter int unsigned Zmax = 384,   // largest lifting size, 2..384
  parameter int unsigned ChunkW = 64,  // bits per input chunk, 8..512
  localparam int unsigned CntW = $clog2(ChunkW + 1)
) (
  input  wire logic              clk_i,
  input  wire logic              rst_ni,
  input  wire logic              start_i,   // begin an op (zc_i and kb_i held until done_o)
  input  wire logic [8:0]        zc_i,      // lifting size, 2..Zmax
  input  wire logic [4:0]        kb_i,      // information columns: 22 (BG1) or 10 (BG2)
  input  wire logic              valid_i,
  output      logic              ready_o,
  input  wire logic [ChunkW-1:0] data_i,    // bit 0 first
  input  wire logic [CntW-1:0]   n_i,       // valid bits, 1..ChunkW
  input  wire logic              last_i,
  output      logic              col_valid_o,
  output      logic [6:0]        col_o,
  output      logic [Zmax-1:0]   col_data_o,
  output      logic              done_o     // one-cycle pulse after the last column write
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (ChunkW >= 8 && ChunkW <= 512) else $fatal(1, "ChunkW out of range 8..512");
  end
`endif

  logic active_q;
  logic [ChunkW-1:0] buf_q;
  logic [CntW-1:0] buf_n_q;
  logic last_seen_q;         // the last chunk has been accepted
  logic [Zmax-1:0] acc_q;
  logic [8:0] fill_q;        // lanes of acc_q filled, < zc_i
  logic [6:0] col_q;

  // bits moved this cycle
  logic [8:0] room;
  logic [CntW-1:0] take;
  assign room = zc_i - fill_q;
  assign take = 32'(buf_n_q) <= 32'(room) ? buf_n_q : CntW'(room);

  logic [ChunkW-1:0] taken;
  logic [Zmax+ChunkW-1:0] placed;
  logic [Zmax-1:0] acc_next;
  logic [8:0] fill_next;
  assign taken = buf_q & ~({ChunkW{1'b1}} << take);
  assign placed = (Zmax + ChunkW)'(taken) << fill_q;
  assign acc_next = acc_q | placed[Zmax-1:0];
  assign fill_next = fill_q + 9'(take);

  logic moving, col_full, flushing;
  assign moving = active_q && buf_n_q != '0;
  assign col_full = moving && fill_next == zc_i;
  // after the last chunk: the partial column, then zero columns up to kb
  assign flushing = active_q && buf_n_q == '0 && last_seen_q && col_q < 7'(kb_i);

  assign ready_o = active_q && !last_seen_q && (buf_n_q == '0 || take == buf_n_q);
  assign col_valid_o = col_full || flushing;
  assign col_o = col_q;
  assign col_data_o = col_full ? acc_next : acc_q;

  logic unused_placed;
  assign unused_placed = ^placed[Zmax+ChunkW-1:Zmax];

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      active_q <= 1'b0;
      buf_q <= '0;
      buf_n_q <= '0;
      last_seen_q <= 1'b0;
      acc_q <= '0;
      fill_q <= '0;
      col_q <= '0;
      done_o <= 1'b0;
    end else begin
      done_o <= 1'b0;
      if (start_i) begin
        active_q <= 1'b1;
        buf_n_q <= '0;
        last_seen_q <= 1'b0;
        acc_q <= '0;
        fill_q <= '0;
        col_q <= '0;
      end else if (active_q) begin
        if (moving) begin
          buf_q <= buf_q >> take;
          buf_n_q <= buf_n_q - take;
          if (col_full) begin
            acc_q <= '0;
            fill_q <= '0;
            col_q <= col_q + 7'd1;
          end else begin
            acc_q <= acc_next;
            fill_q <= fill_next;
          end
        end else if (flushing) begin
          acc_q <= '0;
          fill_q <= '0;
          col_q <= col_q + 7'd1;
        end else if (last_seen_q) begin
          active_q <= 1'b0;
          done_o <= 1'b1;
        end
        if (valid_i && ready_o) begin
          buf_q <= data_i;
          buf_n_q <= n_i;
          last_seen_q <= last_i;
        end
      end
    end
  end

endmodule

`default_nettype wire
