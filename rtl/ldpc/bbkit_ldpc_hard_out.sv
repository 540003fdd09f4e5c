// SPDX-License-Identifier: Apache-2.0
// After a decode: reads the K' hard bits from the core column by column, checks the CRC over all
// K' of them (crc_check() of the golden model), and packs the first out_bits (K', or K' - 24 with
// CRC24B drop) MSB-first into bytes (pack_bits() of bbkit/common/bits.h, the last byte
// zero-padded) and the bytes into 64-byte beats (byte i of a beat in bits [8i+7:8i], the last
// beat zero-padded).
//
// One byte (8 bits) per cycle: a bit accumulator takes a column (Zc bits) whenever it holds fewer
// bits than the next byte needs, so a column costs ceil(Zc / 8) cycles plus 2 for its read. The
// byte stream stalls while a beat waits for out_ready_i.
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
  // the core's hard-bit read port
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

  localparam int unsigned AccW = Zmax + 7;  // a column on top of < 8 bits left over

  typedef enum logic [2:0] {SIdle, SRead, SWait, SRun, SFlush} state_e;
  state_e state_q;

  logic [AccW-1:0] acc_q;   // hard bits in stream order, the next one in bit 0
  logic [9:0] acc_n_q;      // how many
  logic [6:0] col_q;        // next column to read
  logic [13:0] bit_q;       // stream index of acc_q[0]
  logic [5:0] byte_idx_q;
  logic [511:0] beat_q;
  logic beat_v_q;

  // the next group: 8 bits, or what is left of K'
  logic [13:0] left;
  logic [3:0] group;
  logic run, have, last_group;
  assign left = k_prime_i - bit_q;
  assign group = left >= 14'd8 ? 4'd8 : 4'(left);
  assign have = acc_n_q >= 10'(group);
  assign run = state_q == SRun && !beat_v_q && have;
  assign last_group = left <= 14'd8;

  // the byte: bit k of the group is bit 7 - k of the byte; bits at or past out_bits are 0
  logic [7:0] byte_bits;
  logic pack, last_byte;
  always_comb begin
    for (int unsigned k = 0; k < 8; k++)
      byte_bits[7 - k] = k < 32'(group) && bit_q + 14'(k) < out_bits_i ? acc_q[k] : 1'b0;
  end
  assign pack = run && bit_q < out_bits_i;
  assign last_byte = bit_q + 14'd8 >= out_bits_i;

  logic crc_zero;
  logic [23:0] unused_crc_rem;  // a check needs only the zero test
  bbkit_crc #(.Width(8)) u_crc (
    .clk_i, .rst_ni,
    .type_i(crc_i), .clear_i(start_i && state_q == SIdle), .valid_i(run), .bits_i(acc_q[7:0]),
    .count_i(group), .zero_o(crc_zero), .remainder_o(unused_crc_rem)
  );

  // the column read, lanes >= Zc cleared, placed above the bits left over
  logic [Zmax-1:0] col_bits;
  for (genvar z = 0; z < Zmax; z++) begin : g_lane
    assign col_bits[z] = 32'(z) < 32'(zc_i) ? rd_hard_i[z] : 1'b0;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      acc_q <= '0;
      acc_n_q <= '0;
      col_q <= '0;
      bit_q <= '0;
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
          acc_q <= '0;
          acc_n_q <= '0;
          col_q <= '0;
          bit_q <= '0;
          byte_idx_q <= '0;
          beat_q <= '0;
          state_q <= SRead;
        end
        SRead: state_q <= SWait;
        SWait: if (rd_valid_i) begin
          acc_q <= acc_q | (AccW'(col_bits) << acc_n_q[2:0]);
          acc_n_q <= acc_n_q + 10'(zc_i);
          col_q <= col_q + 7'd1;
          state_q <= SRun;
        end
        SRun: if (!beat_v_q) begin
          if (!have) state_q <= SRead;
          else begin
            acc_q <= acc_q >> 8;
            acc_n_q <= acc_n_q - 10'(group);
            bit_q <= bit_q + 14'(group);
            if (last_group) state_q <= SFlush;
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
        beat_q[8*byte_idx_q +: 8] <= byte_bits;
        byte_idx_q <= byte_idx_q + 6'd1;
        if (byte_idx_q == 6'd63 || last_byte) begin
          beat_v_q <= 1'b1;
          byte_idx_q <= '0;
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
