// SPDX-License-Identifier: Apache-2.0
// Descriptor validation of one LDPC decode op, and the code parameters the datapath derives from
// it. The same checks in the same order as check_ldpc_desc() (host/src/runtime/ldpc_exec.cpp)
// with derive_code_params() / validate_decoder_config() (verification/model/ldpc) for the rate-
// matching part, so the error code of every descriptor is the cpu device's:
//   BAD_OP_TYPE (op_type is not LDPC_DEC: the shell routes decode ops here, kept for safety),
//   BAD_BASEGRAPH (not 1 or 2), BAD_ZC (not a 38.212 lifting size, or above Zmax),
//   BAD_FLAGS (a flag outside the five decode flags and the two HARQ flags, i.e. a bypass or an
//   encode flag; more than one CRC type; 24B_DROP with the 24A or 16 check),
//   BAD_ITER (iter_max outside 1..MaxIter),
//   BAD_RATE_MATCH (K' = K - F not in [2 Zc + 1, K]; Qm not 1/2/4/6/8/10; E not in [Qm, 2^22] or
//   not a multiple of Qm; rv > 3; Ncb not 0 (= N) and not in [K - 2 Zc, N]; K' not above the
//   checked CRC's length),
//   BAD_LENGTH (in_len != E, out_cap below the packed output bytes; with HQ_COMBINE_IN_ENABLE
//   harq_in_len != H, with HQ_COMBINE_OUT_ENABLE harq_out_cap below H, H = Ncb - F).
// Then it derives k0 (38.212 Table 5.4.2.1-2) and the layers the decoder runs (CodeParams::
// layers()). The divisions run on one sequential divider: about 80 cycles per op in all.
`default_nettype none

module bbkit_ldpc_dec_check
#(
  parameter int unsigned Zmax = 384,    // largest lifting size accepted, 2..384
  parameter int unsigned MaxIter = 100  // largest iter_max accepted, 1..100 (the core's limit)
) (
  input  wire logic        clk_i,
  input  wire logic        rst_ni,
  input  wire logic        start_i,      // desc_i valid; ignored while busy
  input  wire bbkit_desc_pkg::ldpc_desc_t  desc_i,
  output      logic        done_o,       // one-cycle pulse; every output below holds until the next start
  output      logic [7:0]  error_code_o, // error_code_e
  // derived parameters, valid with done_o when error_code_o is NONE
  output      logic [1:0]  bg_o,
  output      logic [8:0]  zc_o,
  output      logic [13:0] k_prime_o,    // K'
  output      logic [13:0] filler_begin_o,  // K' - 2 Zc: first filler position in the circular buffer
  output      logic [13:0] filler_end_o,    // K - 2 Zc: one past the last filler position
  output      logic [14:0] n_cb_o,       // Ncb (N when the descriptor gives 0)
  output      logic [14:0] k0_o,         // rv start position
  output      logic [22:0] e_o,          // E
  output      logic [3:0]  qm_o,
  output      logic [22:0] cols_o,       // E / Qm: columns of the bit interleaver
  output      logic [5:0]  layers_o,     // base-graph rows the decoder runs
  output      logic [6:0]  iter_max_o,
  output      logic        early_stop_o,
  output      logic [1:0]  crc_o,        // 0 none, 1 CRC24A, 2 CRC24B, 3 CRC16
  output      logic [13:0] out_bits_o    // hard bits written: K' (less 24 with 24B_DROP)
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (MaxIter >= 1 && MaxIter <= 100) else $fatal(1, "MaxIter out of range 1..100");
  end
`endif

  localparam int unsigned DivW = 24;
  localparam logic [31:0] DecodeFlags = 32'h7f;  // 24A/24B check, 24B drop, 16 check, iteration stop, HQ in/out

  typedef enum logic [2:0] {SIdle, SComb, SDivCols, SDivK0, SDivLayers, SDone} state_e;
  state_e state_q;
  bbkit_desc_pkg::ldpc_desc_t d_q;

  // ---- checks that need no division (on the registered descriptor) ----
  logic [31:0] flags;
  logic [8:0] zc;
  logic is_bg1;
  logic [5:0] info_cols, rows;
  logic [13:0] k_full;         // K
  logic [14:0] n_full;         // N
  logic signed [17:0] k_prime; // K' = K - F, may be negative for a bad F
  logic [14:0] n_cb;
  logic [1:0] crc;
  logic [4:0] crc_len;
  logic drop;
  logic [13:0] out_bits;
  logic [7:0] comb_err;
  assign flags = d_q.op_flags;
  assign zc = d_q.z_c[8:0];
  assign is_bg1 = d_q.basegraph == 8'd1;
  assign info_cols = is_bg1 ? 6'd22 : 6'd10;
  assign rows = is_bg1 ? 6'(bbkit_ldpc_bg_pkg::Bg1Rows) : 6'(bbkit_ldpc_bg_pkg::Bg2Rows);
  assign k_full = 14'(info_cols) * 14'(zc);
  assign n_full = (is_bg1 ? 15'd66 : 15'd50) * 15'(zc);
  assign k_prime = $signed({4'b0, k_full}) - $signed({2'b0, d_q.n_filler});
  assign n_cb = d_q.n_cb == 16'd0 ? n_full : d_q.n_cb[14:0];
  assign drop = flags[bbkit_desc_pkg::LdpcOpFlagsCrcType24bDrop];
  // decode_crc(): 24A, then 16, then 24B (24B_DROP implies CRC24B)
  assign crc = flags[bbkit_desc_pkg::LdpcOpFlagsCrcType24aCheck] ? 2'd1
             : flags[bbkit_desc_pkg::LdpcOpFlagsCrcType16Check] ? 2'd3
             : (flags[bbkit_desc_pkg::LdpcOpFlagsCrcType24bCheck] || drop) ? 2'd2 : 2'd0;
  assign crc_len = crc == 2'd0 ? 5'd0 : (crc == 2'd3 ? 5'd16 : 5'd24);
  assign out_bits = k_prime[13:0] - (drop ? 14'd24 : 14'd0);

  logic zc_ok, qm_ok, ncb_ok;
  logic [1:0] crc_count;
  assign zc_ok = d_q.z_c <= 16'(Zmax) && bbkit_ldpc_bg_pkg::lifting_set(zc) != 4'd8;
  assign crc_count = 2'(flags[bbkit_desc_pkg::LdpcOpFlagsCrcType24aCheck]) + 2'(flags[bbkit_desc_pkg::LdpcOpFlagsCrcType24bCheck])
                   + 2'(flags[bbkit_desc_pkg::LdpcOpFlagsCrcType16Check]);
  assign qm_ok = d_q.q_m == 8'd1 || d_q.q_m == 8'd2 || d_q.q_m == 8'd4 || d_q.q_m == 8'd6 ||
                 d_q.q_m == 8'd8 || d_q.q_m == 8'd10;
  assign ncb_ok = d_q.n_cb == 16'd0 || (d_q.n_cb >= 16'(k_full) - 16'(2 * zc) && d_q.n_cb <= 16'(n_full));

  always_comb begin
    comb_err = bbkit_desc_pkg::ERROR_CODE_NONE;
    if (d_q.op_type != bbkit_desc_pkg::OP_TYPE_LDPC_DEC) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_OP_TYPE;
    else if (d_q.basegraph != 8'd1 && d_q.basegraph != 8'd2) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_BASEGRAPH;
    else if (!zc_ok) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_ZC;
    else if ((flags & ~DecodeFlags) != '0) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_FLAGS;
    else if (crc_count > 2'd1) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_FLAGS;
    else if (drop && (flags[bbkit_desc_pkg::LdpcOpFlagsCrcType24aCheck] || flags[bbkit_desc_pkg::LdpcOpFlagsCrcType16Check]))
      comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_FLAGS;
    else if (d_q.iter_max < 8'd1 || d_q.iter_max > 8'(MaxIter)) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_ITER;
    else if (k_prime <= $signed({8'b0, zc, 1'b0})) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
    else if (!qm_ok) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
    else if (d_q.e < 32'(d_q.q_m) || d_q.e > 32'(1 << 22)) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
    else if (d_q.rv_index > 8'd3) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
    else if (!ncb_ok) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
    else if (k_prime <= $signed({13'b0, crc_len})) comb_err = bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
  end

  // BAD_LENGTH comes after every rate-matching check, E % Qm included.
  logic length_bad;
  logic [31:0] harq_len;  // H = Ncb - F: the HARQ buffer's bytes (F < K - 2Zc <= Ncb here)
  assign harq_len = 32'(n_cb) - 32'(d_q.n_filler);
  assign length_bad = d_q.in_len != d_q.e || d_q.out_cap < (32'(out_bits) + 32'd7) >> 3 ||
                      (flags[bbkit_desc_pkg::LdpcOpFlagsHqCombineInEnable] && d_q.harq_in_len != harq_len) ||
                      (flags[bbkit_desc_pkg::LdpcOpFlagsHqCombineOutEnable] && d_q.harq_out_cap < harq_len);

  // ---- the divisions: E / Qm, k0 = floor(num Ncb / (den Zc)) Zc, last / Zc for the layers ----
  logic div_start, div_done, div_busy;
  logic [DivW-1:0] div_a, div_b, div_quot, div_rem;
  bbkit_divider #(.DividendW(DivW), .DivisorW(DivW)) u_div (
    .clk_i, .rst_ni,
    .start_i(div_start), .dividend_i(div_a), .divisor_i(div_b),
    .busy_o(div_busy), .done_o(div_done), .quotient_o(div_quot), .remainder_o(div_rem)
  );

  logic [5:0] k0_num;  // Table 5.4.2.1-2
  always_comb begin
    unique case ({is_bg1, d_q.rv_index[1:0]})
      3'b100: k0_num = 6'd0;
      3'b101: k0_num = 6'd17;
      3'b110: k0_num = 6'd33;
      3'b111: k0_num = 6'd56;
      3'b000: k0_num = 6'd0;
      3'b001: k0_num = 6'd13;
      3'b010: k0_num = 6'd25;
      default: k0_num = 6'd43;
    endcase
  end

  logic [14:0] k0_q;
  logic layers_go_q;  // last_pos / Zc starts the cycle after k0_q is written
  logic [22:0] span, last_pos;  // CodeParams::layers(): last circular-buffer position this rv reaches
  logic [13:0] filler_begin, filler_end;
  assign filler_begin = k_prime[13:0] - 14'(2 * zc);
  assign filler_end = k_full - 14'(2 * zc);
  assign span = 23'(k0_q) + d_q.e[22:0] + (14'(k0_q) < filler_end ? 23'(d_q.n_filler) : 23'd0);
  assign last_pos = span >= 23'(n_cb) ? 23'(n_cb) - 23'd1 : span - 23'd1;

  logic [7:0] err_q;
  logic [22:0] cols_q;
  logic [5:0] layers_q;
  logic signed [7:0] used_rows;  // used columns - info columns, before the clamp to [4, rows]
  assign used_rows = $signed({1'b0, 7'(div_quot) + 7'd3}) - $signed({2'b0, info_cols});

  always_comb begin
    div_start = 1'b0;
    div_a = '0;
    div_b = '0;
    unique case (state_q)
      SComb: begin
        div_start = comb_err == bbkit_desc_pkg::ERROR_CODE_NONE;
        div_a = DivW'(d_q.e[22:0]);
        div_b = DivW'(d_q.q_m[3:0]);
      end
      SDivCols: begin  // k0 starts as soon as E / Qm passed
        div_start = div_done && div_rem == '0 && !length_bad;
        div_a = DivW'(k0_num) * DivW'(n_cb);
        div_b = DivW'(n_full);
      end
      SDivLayers: begin
        div_start = layers_go_q;
        div_a = DivW'(last_pos);
        div_b = DivW'(zc);
      end
      default: ;
    endcase
  end


  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      d_q <= '0;
      err_q <= bbkit_desc_pkg::ERROR_CODE_NONE;
      cols_q <= '0;
      k0_q <= '0;
      layers_q <= '0;
      done_o <= 1'b0;
      layers_go_q <= 1'b0;
    end else begin
      done_o <= 1'b0;
      layers_go_q <= 1'b0;
      unique case (state_q)
        SIdle: if (start_i) begin
          d_q <= desc_i;
          state_q <= SComb;
        end
        SComb: begin
          err_q <= comb_err;
          state_q <= comb_err == bbkit_desc_pkg::ERROR_CODE_NONE ? SDivCols : SDone;
        end
        SDivCols: if (div_done) begin
          cols_q <= div_quot[22:0];
          if (div_rem != '0) begin
            err_q <= bbkit_desc_pkg::ERROR_CODE_BAD_RATE_MATCH;
            state_q <= SDone;
          end else if (length_bad) begin
            err_q <= bbkit_desc_pkg::ERROR_CODE_BAD_LENGTH;
            state_q <= SDone;
          end else begin
            state_q <= SDivK0;
          end
        end
        SDivK0: if (div_done) begin
          k0_q <= 15'(div_quot[8:0]) * 15'(zc);
          layers_go_q <= 1'b1;
          state_q <= SDivLayers;
        end
        SDivLayers: if (div_done) begin
          layers_q <= used_rows < 8'sd4 ? 6'd4 : (used_rows > $signed({2'b0, rows}) ? rows : 6'(used_rows));
          state_q <= SDone;
        end
        SDone: begin
          done_o <= 1'b1;
          state_q <= SIdle;
        end
        default: state_q <= SIdle;
      endcase
    end
  end

  // descriptor fields this op does not use (addresses: the shell's)
  logic unused;
  assign unused = ^{d_q.harq_out_addr, d_q.harq_in_addr,
                    d_q.out_addr, d_q.in_addr, d_q.tag, d_q.reserved0, div_busy, div_quot[23]};

  assign error_code_o = err_q;
  assign bg_o = d_q.basegraph[1:0];
  assign zc_o = zc;
  assign k_prime_o = k_prime[13:0];
  assign filler_begin_o = filler_begin;
  assign filler_end_o = filler_end;
  assign n_cb_o = n_cb;
  assign k0_o = k0_q;
  assign e_o = d_q.e[22:0];
  assign qm_o = d_q.q_m[3:0];
  assign cols_o = cols_q;
  assign layers_o = layers_q;
  assign iter_max_o = d_q.iter_max[6:0];
  assign early_stop_o = flags[bbkit_desc_pkg::LdpcOpFlagsIterationStopEnable];
  assign crc_o = crc;
  assign out_bits_o = out_bits;

endmodule

`default_nettype wire
