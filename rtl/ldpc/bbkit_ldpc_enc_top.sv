// SPDX-License-Identifier: Apache-2.0
// LDPC encode datapath of the Vitis kernel (docs: the datapath contract): one encode descriptor
// -> the E rate-matched, interleaved bits, byte-exact to GoldenLdpc::run of
// host/src/runtime/ldpc_exec.cpp.
//
//   desc_check -> in_unpack -> crc_attach -> col_assemble -> bbkit_ldpc_enc (core)
//              -> rate_match -> out_pack
// A descriptor that fails the encode checks of check_ldpc_desc() ends with ERR and its code,
// without reading input or writing output. Otherwise the payload bits are taken from the input
// beats, the CRC is attached, the information columns (fillers 0) go to the core, the core
// computes the parity, and the rate matcher streams E bits out in transmission order while the
// rate-matching set-up has run beside the encoding. One op at a time.
//
// Yosys 0.23 takes no package import in a module header: the descriptor type is named with its
// package (the port list is the contract's).
`default_nettype none

module bbkit_ldpc_enc_top #(
  parameter int unsigned Zmax = 384,   // largest lifting size served, 2..384 (BAD_ZC above it)
  parameter int unsigned ChunkW = 64   // input bits moved per cycle, 32..512, a multiple of 8 dividing 512
) (
  input  wire logic                       clk_i,
  input  wire logic                       rst_ni,
  output      logic                       ready_o,
  input  wire logic                       start_i,
  input  wire bbkit_desc_pkg::ldpc_desc_t desc_i,
  input  wire logic [63:0]                cycle_i,
  input  wire logic                       in_valid_i,
  output      logic                       in_ready_o,
  input  wire logic [511:0]               in_data_i,
  output      logic                       out_valid_o,
  input  wire logic                       out_ready_i,
  output      logic [511:0]               out_data_o,
  output      logic                       done_o,
  output      logic [15:0]                status_o,
  output      logic [7:0]                 error_code_o,
  output      logic [7:0]                 iterations_o,
  output      logic [31:0]                out_len_o
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
  end
`endif

  localparam int unsigned CntW = $clog2(ChunkW + 1);

  typedef enum logic [2:0] {SIdle, SCheck, SLoad, SSpan, SEncode, SWaitRm, SOut, SDone} state_e;
  state_e state_q;

  bbkit_desc_pkg::ldpc_desc_t desc_q;
  logic unused_inputs;
  assign unused_inputs = ^cycle_i;  // the checker reads the descriptor's other fields

  // ---- descriptor check (on the registered descriptor) ----
  logic [7:0] check_err;
  logic [1:0] crc_sel;
  logic [4:0] crc_len;
  logic [13:0] k, k_prime, payload_bits;
  logic [14:0] n_cb;
  bbkit_ldpc_enc_desc_check #(.Zmax(Zmax)) u_check (
    .desc_i(desc_q), .error_code_o(check_err), .crc_sel_o(crc_sel), .crc_len_o(crc_len), .k_o(k),
    .k_prime_o(k_prime), .n_cb_o(n_cb), .payload_bits_o(payload_bits)
  );
  logic unused_crc_len;
  assign unused_crc_len = ^crc_len;

  logic go;  // the descriptor passed: start the op's blocks
  assign go = state_q == SCheck && check_err == bbkit_desc_pkg::ERROR_CODE_NONE;

  logic bg1;
  logic [8:0] zc;
  assign bg1 = desc_q.basegraph[1:0] == 2'd1;
  assign zc = desc_q.z_c[8:0];

  // ---- input: beats -> chunks -> CRC -> columns ----
  logic un_valid, un_ready, un_last;
  logic [ChunkW-1:0] un_data;
  logic [CntW-1:0] un_n;
  bbkit_ldpc_enc_in_unpack #(.ChunkW(ChunkW)) u_unpack (
    .clk_i, .rst_ni, .start_i(go), .payload_bits_i(payload_bits),
    .in_valid_i, .in_ready_o, .in_data_i,
    .valid_o(un_valid), .ready_i(un_ready), .data_o(un_data), .n_o(un_n), .last_o(un_last)
  );

  logic ca_valid, ca_ready, ca_last;
  logic [ChunkW-1:0] ca_data;
  logic [CntW-1:0] ca_n;
  bbkit_ldpc_enc_crc_attach #(.ChunkW(ChunkW)) u_crc (
    .clk_i, .rst_ni, .clear_i(go), .crc_sel_i(crc_sel),
    .valid_i(un_valid), .ready_o(un_ready), .data_i(un_data), .n_i(un_n), .last_i(un_last),
    .valid_o(ca_valid), .ready_i(ca_ready), .data_o(ca_data), .n_o(ca_n), .last_o(ca_last)
  );

  logic col_valid, cols_done;
  logic [6:0] col;
  logic [Zmax-1:0] col_data;
  bbkit_ldpc_enc_col_assemble #(.Zmax(Zmax), .ChunkW(ChunkW)) u_cols (
    .clk_i, .rst_ni, .start_i(go), .zc_i(zc), .kb_i(bg1 ? 5'd22 : 5'd10),
    .valid_i(ca_valid), .ready_o(ca_ready), .data_i(ca_data), .n_i(ca_n), .last_i(ca_last),
    .col_valid_o(col_valid), .col_o(col), .col_data_o(col_data), .done_o(cols_done)
  );

  // ---- encoder core ----
  logic enc_busy, enc_done, rd_valid, span_valid;
  logic [14:0] last_h;
  logic [6:0] rd_col;
  logic [Zmax-1:0] rd_data;
  bbkit_ldpc_enc #(.Zmax(Zmax)) u_enc (
    .clk_i, .rst_ni,
    .cfg_bg_i(desc_q.basegraph[1:0]), .cfg_zc_i(zc), .cfg_last_h_i(last_h),
    .load_valid_i(col_valid), .load_col_i(col), .load_data_i(col_data),
    .start_i(state_q == SSpan && span_valid), .busy_o(enc_busy), .done_o(enc_done),
    .rd_valid_i(rd_valid), .rd_col_i(rd_col), .rd_data_o(rd_data)
  );
  logic unused_enc_busy;
  assign unused_enc_busy = enc_busy;

  // ---- rate matching and output ----
  logic rm_setup_done, rm_go, rm_valid, rm_ready, rm_last;
  logic [63:0] rm_data;
  logic [6:0] rm_n;
  assign rm_go = state_q == SWaitRm && rm_setup_done;
  bbkit_ldpc_enc_rate_match #(.Zmax(Zmax)) u_rm (
    .clk_i, .rst_ni, .start_i(go),
    .cfg_bg1_i(bg1), .cfg_zc_i(zc), .cfg_k_i(k), .cfg_k_prime_i(k_prime), .cfg_n_cb_i(n_cb),
    .cfg_e_i(desc_q.e[22:0]), .cfg_qm_i(desc_q.q_m[3:0]), .cfg_rv_i(desc_q.rv_index[1:0]),
    .setup_done_o(rm_setup_done), .span_valid_o(span_valid), .last_h_o(last_h), .go_i(rm_go),
    .rd_valid_o(rd_valid), .rd_col_o(rd_col), .rd_data_i(rd_data),
    .valid_o(rm_valid), .ready_i(rm_ready), .data_o(rm_data), .n_o(rm_n), .last_o(rm_last)
  );

  logic out_last;
  bbkit_ldpc_enc_out_pack u_pack (
    .clk_i, .rst_ni, .start_i(go),
    .valid_i(rm_valid), .ready_o(rm_ready), .data_i(rm_data), .n_i(rm_n), .last_i(rm_last),
    .out_valid_o, .out_ready_i, .out_data_o, .out_last_o(out_last)
  );

  // ---- op control ----
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= SIdle;
      desc_q <= '0;
      done_o <= 1'b0;
      status_o <= '0;
      error_code_o <= '0;
      out_len_o <= '0;
    end else begin
      done_o <= 1'b0;
      unique case (state_q)
        SIdle: if (start_i) begin
          desc_q <= desc_i;
          state_q <= SCheck;
        end
        SCheck: begin
          error_code_o <= check_err;
          if (check_err != bbkit_desc_pkg::ERROR_CODE_NONE) begin
            status_o <= 16'(1) << bbkit_desc_pkg::CmplStatusErr;
            out_len_o <= '0;
            state_q <= SDone;
          end else begin
            status_o <= '0;
            out_len_o <= (32'(desc_q.e[22:0]) + 32'd7) >> 3;
            state_q <= SLoad;
          end
        end
        SLoad: if (cols_done) state_q <= SSpan;
        SSpan: if (span_valid) state_q <= SEncode;  // the core starts here
        SEncode: if (enc_done) state_q <= SWaitRm;
        SWaitRm: if (rm_setup_done) state_q <= SOut;
        SOut: if (out_valid_o && out_ready_i && out_last) state_q <= SDone;
        SDone: begin
          done_o <= 1'b1;
          state_q <= SIdle;
        end
        default: state_q <= SIdle;
      endcase
    end
  end

  assign ready_o = state_q == SIdle;
  assign iterations_o = '0;

endmodule

`default_nettype wire
