// SPDX-License-Identifier: Apache-2.0
// LDPC decode datapath of the Vitis kernel (docs: datapath contract, docs/results/ldpc-rtl.md):
// one descriptor in, its E channel LLRs in as 64-byte beats, the packed K' hard bits out as
// 64-byte beats, the completion fields out. Bit-exact to GoldenLdpc::run() of
// host/src/runtime/ldpc_exec.cpp (output bytes, status bits, error code, iterations).
//
// Sequence per op: validate the descriptor and derive the code parameters
// (bbkit_ldpc_dec_check, about 80 cycles; on an error done_o comes then, no input consumed, no
// output), clearing the soft buffer meanwhile (68 cycles) -> with HQ_COMBINE_IN_ENABLE, the H
// HARQ input bytes into the soft buffer's non-filler positions -> rate dematching with combining
// into the soft buffer (bbkit_ldpc_rate_dematch + bbkit_ldpc_soft_buf, one chunk of up to Zc
// consecutive positions per cycle: Qm cycles per beat when Zc >= 64 / Qm) -> with
// HQ_COMBINE_OUT_ENABLE, the H non-filler soft-buffer LLRs out on the HARQ output stream
// (bbkit_ldpc_harq_out) -> load the soft buffer into the core, one column per cycle (68 cycles)
// -> decode (bbkit_ldpc_dec) -> hard bits out, 8 per cycle, with the CRC check and the 24B drop
// (bbkit_ldpc_hard_out) -> done_o.
//
// HARQ (the HARQ buffer is the soft buffer without its filler window: H = Ncb - F signed bytes in
// circular-buffer order): the HARQ input is written by the same dematcher, run first as a
// pass with k0 = 0, E = H, Qm = 1 on the HARQ input stream — it walks exactly the H non-filler
// positions once, and adding to the cleared buffer stores the byte (-128 read as -127).
//
// The package is named at each use (Yosys 0.23 reads no import in a module header). The ports
// are the contract's plus two HARQ streams, the decoder's extension of the contract:
//  - hin_*: the harq_in_len bytes at HARQ + harq_in_addr, same beat format as the input payload;
//    the shell offers ceil(harq_in_len / 64) beats when HQ_COMBINE_IN_ENABLE is set, none
//    otherwise (on an error done_o comes before any is taken, as for the input payload);
//  - hout_*: the bytes to write at HARQ + harq_out_addr, same beat format as the output payload;
//    harq_out_len_o bytes (H with HQ_COMBINE_OUT_ENABLE, else 0; 0 on an error), all of them
//    before done_o.
//
// The decoder runs the golden model's DecoderConfig for a descriptor: the box-plus check node
// with no scaling and no offset (DecoderConfig's defaults), early stop on a zero syndrome with ITERATION_STOP_ENABLE, the layers of
// CodeParams::layers(). The golden decoder has no CRC-based early stop in this path
// (decoder_config_of() leaves crc_early_stop off), so the CRC is checked once, on the final bits.
`default_nettype none

module bbkit_ldpc_dec_top
#(
  parameter int unsigned Zmax = 384,        // largest lifting size, 2..384 (larger Zc: BAD_ZC)
  parameter int unsigned Parallelism = 1,   // the core's circulants per cycle: 1, 2 or 4
  parameter int unsigned MaxIter = 100      // largest iter_max accepted, 1..100 (larger: BAD_ITER)
) (
  input  wire           clk_i,
  input  wire           rst_ni,
  output logic          ready_o,
  input  wire           start_i,
  input  bbkit_desc_pkg::ldpc_desc_t    desc_i,
  input  wire  [63:0]   cycle_i,
  input  wire           in_valid_i,
  output logic          in_ready_o,
  input  wire  [511:0]  in_data_i,
  input  wire           hin_valid_i,
  output logic          hin_ready_o,
  input  wire  [511:0]  hin_data_i,
  output logic          out_valid_o,
  input  wire           out_ready_i,
  output logic [511:0]  out_data_o,
  output logic          hout_valid_o,
  input  wire           hout_ready_i,
  output logic [511:0]  hout_data_o,
  output logic          done_o,
  output logic [15:0]   status_o,
  output logic [7:0]    error_code_o,
  output logic [7:0]    iterations_o,
  output logic [31:0]   out_len_o,
  output logic [31:0]   harq_out_len_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (MaxIter >= 1 && MaxIter <= 100) else $fatal(1, "MaxIter out of range 1..100");
  end
`endif

  localparam int unsigned Cols = 68;  // soft-buffer / APP columns (BG1)
  localparam int unsigned LaneW = $clog2(Zmax);

  typedef enum logic [3:0] {
    SIdle, SCheck, SClear, SHqIn, SHqDrain, SDematch, SDrain, SHqOut, SLoad, SDecode, SOut, SDone
  } state_e;
  state_e state_q;

  logic unused_cycle;
  assign unused_cycle = ^cycle_i;

  // ---- descriptor check and code parameters ----
  logic chk_done;
  logic [7:0] chk_err;
  logic [1:0] bg, crc;
  logic [8:0] zc;
  logic [13:0] k_prime, filler_begin, filler_end, out_bits;
  logic [14:0] n_cb, k0;
  logic [22:0] e, cols;
  logic [3:0] qm;
  logic [5:0] layers;
  logic [6:0] iter_max;
  logic early_stop;
  bbkit_ldpc_dec_check #(.Zmax(Zmax), .MaxIter(MaxIter)) u_check (
    .clk_i, .rst_ni,
    .start_i(state_q == SIdle && start_i), .desc_i,
    .done_o(chk_done), .error_code_o(chk_err),
    .bg_o(bg), .zc_o(zc), .k_prime_o(k_prime), .filler_begin_o(filler_begin), .filler_end_o(filler_end),
    .n_cb_o(n_cb), .k0_o(k0), .e_o(e), .qm_o(qm), .cols_o(cols), .layers_o(layers),
    .iter_max_o(iter_max), .early_stop_o(early_stop), .crc_o(crc), .out_bits_o(out_bits)
  );

  // ---- soft buffer: cleared, filled by the dematcher, read into the core ----
  logic [6:0] col_q;         // column cleared / read
  logic clearing;            // clearing column col_q (during the check, 68 cycles)
  assign clearing = (state_q == SCheck || state_q == SClear) && col_q < 7'(Cols);
  logic load_v_q;            // the soft-buffer column read last cycle goes to the core now
  logic [6:0] load_col_q;
  logic dm_start_q, dm_done;
  logic add_valid;
  logic [6:0] add_col;
  logic [LaneW-1:0] add_lane;
  logic [Zmax*9-1:0] add_data;
  logic [Zmax*8-1:0] sb_rdata;
  logic sb_busy;

  // HARQ: the op's flags, H, and the dematcher's pass (the HARQ input pass first)
  logic hq_in_q, hq_out_q, hq_pass_q;
  logic [22:0] h_len;
  logic [13:0] n_fill;
  assign n_fill = filler_end - filler_begin;
  assign h_len = 23'(n_cb) - 23'(n_fill);
  logic dm_in_valid, dm_in_ready;
  logic [511:0] dm_in_data;
  assign dm_in_valid = hq_pass_q ? hin_valid_i : in_valid_i;
  assign dm_in_data = hq_pass_q ? hin_data_i : in_data_i;
  assign in_ready_o = !hq_pass_q && dm_in_ready;
  assign hin_ready_o = hq_pass_q && dm_in_ready;

  bbkit_ldpc_rate_dematch #(.Zmax(Zmax)) u_dematch (
    .clk_i, .rst_ni,
    .start_i(dm_start_q), .zc_i(zc), .n_cb_i(n_cb), .k0_i(hq_pass_q ? 15'd0 : k0),
    .filler_begin_i(filler_begin), .filler_end_i(filler_end), .e_i(hq_pass_q ? h_len : e),
    .qm_i(hq_pass_q ? 4'd1 : qm), .cols_i(hq_pass_q ? h_len : cols), .done_o(dm_done),
    .in_valid_i(dm_in_valid), .in_ready_o(dm_in_ready), .in_data_i(dm_in_data),
    .add_valid_o(add_valid), .add_col_o(add_col), .add_lane_o(add_lane), .add_data_o(add_data)
  );

  logic hout_start_q, hout_done, hout_rd_valid;
  logic [6:0] hout_rd_col;
  bbkit_ldpc_harq_out #(.Zmax(Zmax)) u_harq_out (
    .clk_i, .rst_ni,
    .start_i(hout_start_q), .bg_i(bg), .zc_i(zc), .n_cb_i(n_cb), .filler_begin_i(filler_begin),
    .filler_end_i(filler_end), .rd_valid_o(hout_rd_valid), .rd_col_o(hout_rd_col), .rd_data_i(sb_rdata),
    .out_valid_o(hout_valid_o), .out_ready_i(hout_ready_i), .out_data_o(hout_data_o), .done_o(hout_done)
  );

  bbkit_ldpc_soft_buf #(.Zmax(Zmax), .Cols(Cols)) u_soft_buf (
    .clk_i, .rst_ni,
    .clr_valid_i(clearing), .clr_col_i(col_q),
    .add_valid_i(add_valid), .add_col_i(add_col), .add_lane_i(add_lane), .add_data_i(add_data),
    .rd_valid_i(state_q == SLoad || hout_rd_valid), .rd_col_i(state_q == SLoad ? col_q : hout_rd_col),
    .rd_data_o(sb_rdata), .busy_o(sb_busy)
  );

  // ---- decoder core ----
  logic core_start_q, core_done, core_syn_err, hard_rd_valid, core_rd_valid;
  logic [2:0] core_err;
  logic core_busy;
  logic [31:0] core_cycles;
  logic [6:0] core_iters, hard_rd_col;
  logic [Zmax-1:0] core_hard;
  bbkit_ldpc_dec #(.Zmax(Zmax), .Parallelism(Parallelism)) u_core (
    .clk_i, .rst_ni,
    .cfg_bg_i(bg), .cfg_zc_i(zc), .cfg_k_prime_i(k_prime), .cfg_layers_i(layers),
    .cfg_max_iter_i(iter_max), .cfg_early_stop_i(early_stop), .cfg_norm_i(1'b0), .cfg_offset_i(4'd0),
    .load_valid_i(load_v_q), .load_col_i(load_col_q), .load_llr_i(sb_rdata),
    .start_i(core_start_q), .busy_o(core_busy), .done_o(core_done), .err_o(core_err),
    .syndrome_err_o(core_syn_err), .iterations_o(core_iters), .cycles_o(core_cycles),
    .rd_valid_i(hard_rd_valid), .rd_col_i(hard_rd_col), .rd_valid_o(core_rd_valid), .rd_hard_o(core_hard)
  );
  // The core's own checks cannot fail on a descriptor that passed bbkit_ldpc_dec_check, and its
  // watchdog (2^22 cycles) is far above 100 iterations of any code; the shell's watchdog bounds
  // the op.
  logic unused_core;
  assign unused_core = ^{core_err, core_busy, core_cycles};

  // ---- hard bits, CRC, output beats ----
  logic out_start_q, out_done, crc_err;
  bbkit_ldpc_hard_out #(.Zmax(Zmax)) u_hard_out (
    .clk_i, .rst_ni,
    .start_i(out_start_q), .zc_i(zc), .k_prime_i(k_prime), .out_bits_i(out_bits), .crc_i(crc),
    .rd_valid_o(hard_rd_valid), .rd_col_o(hard_rd_col), .rd_valid_i(core_rd_valid), .rd_hard_i(core_hard),
    .out_valid_o, .out_ready_i, .out_data_o, .done_o(out_done), .crc_err_o(crc_err)
  );

  // ---- sequence ----
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      col_q <= '0;
      load_v_q <= 1'b0;
      load_col_q <= '0;
      dm_start_q <= 1'b0;
      core_start_q <= 1'b0;
      out_start_q <= 1'b0;
      done_o <= 1'b0;
      status_o <= '0;
      error_code_o <= bbkit_desc_pkg::ERROR_CODE_NONE;
      iterations_o <= '0;
      out_len_o <= '0;
      harq_out_len_o <= '0;
      hq_in_q <= 1'b0;
      hq_out_q <= 1'b0;
      hq_pass_q <= 1'b0;
      hout_start_q <= 1'b0;
    end else begin
      dm_start_q <= 1'b0;
      hout_start_q <= 1'b0;
      core_start_q <= 1'b0;
      out_start_q <= 1'b0;
      done_o <= 1'b0;
      load_v_q <= state_q == SLoad;
      load_col_q <= col_q;
      unique case (state_q)
        SIdle: if (start_i) begin
          col_q <= '0;  // the soft buffer is cleared while the descriptor is checked
          status_o <= '0;
          error_code_o <= bbkit_desc_pkg::ERROR_CODE_NONE;
          iterations_o <= '0;
          out_len_o <= '0;
          harq_out_len_o <= '0;
          hq_in_q <= desc_i.op_flags[bbkit_desc_pkg::LdpcOpFlagsHqCombineInEnable];
          hq_out_q <= desc_i.op_flags[bbkit_desc_pkg::LdpcOpFlagsHqCombineOutEnable];
          state_q <= SCheck;
        end
        SCheck: begin
          if (clearing) col_q <= col_q + 7'd1;
          if (chk_done) begin
            if (chk_err != bbkit_desc_pkg::ERROR_CODE_NONE) begin
              error_code_o <= chk_err;
              status_o <= 16'(1) << bbkit_desc_pkg::CmplStatusErr;
              state_q <= SDone;
            end else begin
              state_q <= SClear;
            end
          end
        end
        SClear: begin  // whatever of the clear the check did not cover (nothing in practice)
          if (clearing) col_q <= col_q + 7'd1;
          else begin
            dm_start_q <= 1'b1;
            hq_pass_q <= hq_in_q;
            state_q <= hq_in_q ? SHqIn : SDematch;
          end
        end
        SHqIn: if (dm_done) state_q <= SHqDrain;
        SHqDrain: if (!add_valid && !sb_busy) begin  // the HARQ input is in: now the E LLRs
          dm_start_q <= 1'b1;
          hq_pass_q <= 1'b0;
          state_q <= SDematch;
        end
        SDematch: if (dm_done) state_q <= SDrain;
        SDrain: if (!add_valid && !sb_busy) begin  // the last chunk is written
          col_q <= '0;
          hout_start_q <= hq_out_q;
          state_q <= hq_out_q ? SHqOut : SLoad;
        end
        SHqOut: if (hout_done) state_q <= SLoad;
        SLoad: begin
          col_q <= col_q + 7'd1;
          if (col_q == 7'(Cols - 1)) state_q <= SDecode;
        end
        SDecode: begin
          core_start_q <= load_v_q;  // the cycle after the last column load
          if (core_done) begin
            iterations_o <= 8'(core_iters);
            status_o <= 16'(core_syn_err) << bbkit_desc_pkg::CmplStatusSynErr;
            out_start_q <= 1'b1;
            state_q <= SOut;
          end
        end
        SOut: if (out_done) begin
          status_o <= status_o | (16'(crc_err) << bbkit_desc_pkg::CmplStatusCrcErr);
          out_len_o <= (32'(out_bits) + 32'd7) >> 3;
          harq_out_len_o <= hq_out_q ? 32'(h_len) : 32'd0;
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

  assign ready_o = state_q == SIdle;

endmodule

`default_nettype wire
