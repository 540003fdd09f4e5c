// SPDX-License-Identifier: Apache-2.0
// After a decode: reads the K' hard bits from the core column by column, checks the CRC over all
// K' of them (crc_check() of the golden model), and packs the first out_bits (K', or K' - 24 with
// CRC24B drop) MSB-first into bytes (pack_bits() of bbkit/common/bits.h) and the bytes into
// 64-byte beats (byte i of a beat in bits [8i+7:8i], the last beat zero-padded).
//
// One hard hard_bit per cycle, plus two cycles per column read; the hard_bit stream stalls while a beat
// waits for out_ready_i.
`default_nettype none

module bbkit_ldpc_hard_out #(
  parameter int unsigned Zmax = 384  // largest lifting size, 2..384
) (
  input  wire logic             clk_i,
  input  wire logic             rst_ni,
  input  wire logic             start_i,     // parameters valid (held until done_o)
  input  wire logic [8:0]       zc_i,
  input  wire logic [13:0]      k_prime_i,   // bits read and checked, >= 1
  input  wire logic [13:0]      out_bits_i,  // bits written, 1..K'
  input  wire logic [1:0]       crc_i,       // 0 none, 1 CRC24A, 2 CRC24B, 3 CRC16
  // the core's hard-hard_bit read port
  output      logic             rd_valid_o,
  output      logic [6:0]       rd_col_o,
  input  wire logic             rd_valid_i,
  input  wire logic [Zmax-1:0]  rd_hard_i,
  // output beats
  output      logic             out_valid_o,
  input  wire logic             out_ready_i,
  output      logic [511:0]     out_data_o,
  output      logic             done_o,      // one-cycle pulse after the last beat was accepted
  output      logic             crc_err_o    // with done_o: a CRC is configured and fails
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
  end
`endif

  typedef enum logic [2:0] {SIdle, SRead, SWait, SShift, SFlush} state_e;
  state_e state_q;

  logic [Zmax-1:0] col_bits_q;  // the column being serialised, lane 0 in hard_bit 0
  logic [6:0] col_q;
  logic [8:0] lane_q;
  logic [13:0] bit_q;           // index of the hard_bit at col_bits_q[0]
  logic [6:0] byte_acc_q;       // bits of the byte being packed, first hard_bit highest
  logic [2:0] nbits_q;
  logic [5:0] byte_idx_q;
  logic [511:0] beat_q;
  logic beat_v_q;

  logic shift, hard_bit, pack, last_bit, last_out_bit;
  assign shift = state_q == SShift && !beat_v_q;
  assign hard_bit = col_bits_q[0];
  assign pack = shift && bit_q < out_bits_i;
  assign last_bit = bit_q == k_prime_i - 14'd1;
  assign last_out_bit = bit_q == out_bits_i - 14'd1;

  logic [7:0] byte_full;  // the byte with this hard_bit, left-aligned when it is the last one
  assign byte_full = {byte_acc_q, hard_bit} << (3'd7 - nbits_q);

  logic crc_zero;
  bbkit_crc_serial u_crc (
    .clk_i, .rst_ni,
    .type_i(crc_i), .clear_i(start_i && state_q == SIdle), .valid_i(shift), .bit_i(hard_bit), .zero_o(crc_zero)
  );

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      col_bits_q <= '0;
      col_q <= '0;
      lane_q <= '0;
      bit_q <= '0;
      byte_acc_q <= '0;
      nbits_q <= '0;
      byte_idx_q <= '0;
      beat_q <= '0;
      beat_v_q <= 1'b0;
      done_o <= 1'b0;
      crc_err_o <= 1'b0;
    end else begin
      done_o <= 1'b0;
      if (beat_v_q && out_ready_i) begin
        beat_v_q <= 1'b0;
        beat_q <= '0;
      end
      unique case (state_q)
        SIdle: if (start_i) begin
          col_q <= '0;
          bit_q <= '0;
          byte_acc_q <= '0;
          nbits_q <= '0;
          byte_idx_q <= '0;
          beat_q <= '0;
          state_q <= SRead;
        end
        SRead: state_q <= SWait;
        SWait: if (rd_valid_i) begin
          col_bits_q <= rd_hard_i;
          lane_q <= '0;
          state_q <= SShift;
        end
        SShift: if (shift) begin
          col_bits_q <= col_bits_q >> 1;
          lane_q <= lane_q + 9'd1;
          bit_q <= bit_q + 14'd1;
          if (last_bit) state_q <= SFlush;
          else if (lane_q + 9'd1 == zc_i) begin
            col_q <= col_q + 7'd1;
            state_q <= SRead;
          end
        end
        SFlush: if (!beat_v_q) begin
          done_o <= 1'b1;
          crc_err_o <= crc_i != 2'd0 && !crc_zero;
          state_q <= SIdle;
        end
        default: state_q <= SIdle;
      endcase
      if (pack) begin
        if (nbits_q == 3'd7 || last_out_bit) begin
          beat_q[8*byte_idx_q +: 8] <= byte_full;
          byte_acc_q <= '0;
          nbits_q <= '0;
          byte_idx_q <= byte_idx_q + 6'd1;
          if (byte_idx_q == 6'd63 || last_out_bit) begin
            beat_v_q <= 1'b1;
            byte_idx_q <= '0;
          end
        end else begin
          byte_acc_q <= {byte_acc_q[5:0], hard_bit};
          nbits_q <= nbits_q + 3'd1;
        end
      end
    end
  end

  assign rd_valid_o = state_q == SRead;
  assign rd_col_o = col_q;
  assign out_valid_o = beat_v_q;
  assign out_data_o = beat_q;

endmodule

`default_nettype wire
