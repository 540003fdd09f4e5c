// SPDX-License-Identifier: Apache-2.0
// TESTBENCH ONLY — a stand-in datapath for verifying the kernel shell before (and apart from)
// the LDPC datapaths. It follows the datapath port contract of docs/card-contract.md and does
// something trivially checkable with each op, chosen by the descriptor's basegraph byte:
//   0xEE  reject at once (ERR, BAD_BASEGRAPH) without consuming input — the early-done case;
//   0xDD  consume the input, then never finish — the watchdog case;
//   else  copy the input to the output with every byte inverted (out_len = in_len), iterations
//         = z_c[7:0], status SYN_ERR/CRC_ERR = rv_index[0]/[1]; in_len > out_cap: BAD_LENGTH.
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
  output logic          out_valid_o,
  input  wire           out_ready_i,
  output logic [511:0]  out_data_o,
  output logic          done_o,
  output logic [15:0]   status_o,
  output logic [7:0]    error_code_o,
  output logic [7:0]    iterations_o,
  output logic [31:0]   out_len_o
);
  typedef enum logic [2:0] {StIdle, StIn, StOut, StDone, StHang} state_e;
  state_e     state_q;
  ldpc_desc_t desc_q;
  logic [31:0] beats_left_q;
  logic [511:0] beat_q;
  logic [15:0] lfsr_q;
  logic        reject_q;

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
    end else begin
      lfsr_q <= {lfsr_q[14:0], lfsr_q[15] ^ lfsr_q[13] ^ lfsr_q[12] ^ lfsr_q[10]};
      unique case (state_q)
        StIdle: if (start_i) begin
          desc_q       <= desc_i;
          beats_left_q <= (desc_i.in_len + 32'd63) >> 6;
          reject_q     <= desc_i.basegraph == 8'hEE || desc_i.in_len > desc_i.out_cap;
          state_q      <= (desc_i.basegraph == 8'hEE || desc_i.in_len > desc_i.out_cap) ? StDone
                          : desc_i.in_len == 0 ? (desc_i.basegraph == 8'hDD ? StHang : StDone) : StIn;
        end
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
  assign done_o       = state_q == StDone;
  always_comb begin
    status_o     = '0;
    error_code_o = ERROR_CODE_NONE;
    iterations_o = '0;
    out_len_o    = '0;
    if (reject_q) begin
      status_o     = 16'(1 << CmplStatusErr);
      error_code_o = desc_q.basegraph == 8'hEE ? ERROR_CODE_BAD_BASEGRAPH : ERROR_CODE_BAD_LENGTH;
    end else begin
      status_o     = 16'({desc_q.rv_index[1:0], 1'b0});
      iterations_o = desc_q.z_c[7:0];
      out_len_o    = desc_q.in_len;
    end
  end

  logic unused;
  assign unused = ^{cycle_i, desc_q};
endmodule

`default_nettype wire
