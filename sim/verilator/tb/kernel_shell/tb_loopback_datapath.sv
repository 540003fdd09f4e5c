// SPDX-License-Identifier: Apache-2.0
// TESTBENCH ONLY — a stand-in datapath for verifying the kernel shell before (and apart from)
// the LDPC datapaths. It follows the datapath port contract of docs/card-contract.md and does
// something trivially checkable with each op, chosen by the descriptor's basegraph byte:
//   0xEE  reject at once (ERR, BAD_BASEGRAPH) without consuming input — the early-done case;
//   0xDD  consume the input, then never finish — the watchdog case;
//   else  copy the input to the output with every byte inverted (out_len = in_len), iterations
//         = z_c[7:0], status SYN_ERR/CRC_ERR = rv_index[0]/[1]; in_len > out_cap: BAD_LENGTH.
// HARQ (the decoder's extension of the contract): with HQ_COMBINE_IN_ENABLE it first takes the
// ceil(harq_in_len / 64) HARQ input beats; with HQ_COMBINE_OUT_ENABLE too, each goes out on the
// HARQ output stream with every byte XOR 0x5A (harq_out_len = harq_in_len; harq_in_len >
// harq_out_cap: BAD_LENGTH); HQ_COMBINE_OUT_ENABLE alone writes nothing (harq_out_len 0).
// An LFSR throttles in_ready_o and out_valid_o so the shell sees a datapath that stalls.
`default_nettype none

module tb_loopback_datapath
  import bbkit_desc_pkg::*;
(
  input  wire           clk_i,
  input  wire           rst_ni,
  output logic          ready_o,
  input  wire           start_i,
  input  ldpc_desc_t    desc_i,
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
  typedef enum logic [2:0] {StIdle, StHin, StHout, StIn, StOut, StDone, StHang} state_e;
  state_e     state_q;
  ldpc_desc_t desc_q;
  logic [31:0] beats_left_q;
  logic [511:0] beat_q;
  logic [15:0] lfsr_q;
  logic        reject_q;
  logic [31:0] hbeats_left_q;
  logic        hq_in_q, hq_out_q;

  // the op's first state after the HARQ input (or at once without it)
  state_e after_harq;
  assign after_harq = desc_q.in_len == 0 ? (desc_q.basegraph == 8'hDD ? StHang : StDone) : StIn;
  logic hq_in, hq_out, reject;
  assign hq_in  = desc_i.op_flags[LdpcOpFlagsHqCombineInEnable];
  assign hq_out = desc_i.op_flags[LdpcOpFlagsHqCombineOutEnable];
  assign reject = desc_i.basegraph == 8'hEE || desc_i.in_len > desc_i.out_cap ||
                  (hq_in && hq_out && desc_i.harq_in_len > desc_i.harq_out_cap);

  logic go;
  assign go = lfsr_q[0] | lfsr_q[3];  // ~75 % of cycles

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q      <= StIdle;
      desc_q       <= '0;
      beats_left_q <= '0;
      beat_q       <= '0;
      lfsr_q       <= 16'hACE1;
      reject_q     <= 1'b0;
      hbeats_left_q <= '0;
      hq_in_q      <= 1'b0;
      hq_out_q     <= 1'b0;
    end else begin
      lfsr_q <= {lfsr_q[14:0], lfsr_q[15] ^ lfsr_q[13] ^ lfsr_q[12] ^ lfsr_q[10]};
      unique case (state_q)
        StIdle: if (start_i) begin
          desc_q       <= desc_i;
          beats_left_q <= (desc_i.in_len + 32'd63) >> 6;
          hbeats_left_q <= hq_in ? (desc_i.harq_in_len + 32'd63) >> 6 : 32'd0;
          hq_in_q      <= hq_in;
          hq_out_q     <= hq_out;
          reject_q     <= reject;
          state_q      <= reject ? StDone
                          : (hq_in && desc_i.harq_in_len != 0) ? StHin
                          : desc_i.in_len == 0 ? (desc_i.basegraph == 8'hDD ? StHang : StDone) : StIn;
        end
        StHin: if (hin_valid_i && hin_ready_o) begin
          beat_q        <= hin_data_i ^ {64{8'h5A}};
          hbeats_left_q <= hbeats_left_q - 32'd1;
          state_q       <= hq_out_q ? StHout : (hbeats_left_q == 32'd1 ? after_harq : StHin);
        end
        StHout: if (hout_valid_o && hout_ready_i) state_q <= hbeats_left_q == 0 ? after_harq : StHin;
        StIn: if (in_valid_i && in_ready_o) begin
          beat_q       <= ~in_data_i;
          beats_left_q <= beats_left_q - 32'd1;
          state_q      <= desc_q.basegraph == 8'hDD ? (beats_left_q == 32'd1 ? StHang : StIn) : StOut;
        end
        StOut: if (out_valid_o && out_ready_i) state_q <= beats_left_q == 0 ? StDone : StIn;
        StDone: state_q <= StIdle;
        StHang: ;
        default: state_q <= StIdle;
      endcase
    end
  end

  assign ready_o      = state_q == StIdle;
  assign in_ready_o   = state_q == StIn && (go || desc_q.basegraph == 8'hDD);
  assign out_valid_o  = state_q == StOut && go;
  assign out_data_o   = beat_q;
  assign hin_ready_o  = state_q == StHin && go;
  assign hout_valid_o = state_q == StHout && go;
  assign hout_data_o  = beat_q;
  assign done_o       = state_q == StDone;
  always_comb begin
    status_o     = '0;
    error_code_o = ERROR_CODE_NONE;
    iterations_o = '0;
    out_len_o    = '0;
    harq_out_len_o = '0;
    if (reject_q) begin
      status_o     = 16'(1 << CmplStatusErr);
      error_code_o = desc_q.basegraph == 8'hEE ? ERROR_CODE_BAD_BASEGRAPH : ERROR_CODE_BAD_LENGTH;
    end else begin
      status_o     = 16'({desc_q.rv_index[1:0], 1'b0});
      iterations_o = desc_q.z_c[7:0];
      out_len_o    = desc_q.in_len;
      harq_out_len_o = (hq_in_q && hq_out_q) ? desc_q.harq_in_len : 32'd0;
    end
  end

  logic unused;
  assign unused = ^{cycle_i, desc_q};
endmodule

`default_nettype wire
