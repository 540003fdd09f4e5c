// SPDX-License-Identifier: Apache-2.0
// The datapath interface of a kernel shell (docs/card-contract.md, "Datapath interface"), spelled
// once: the shell side drives dp_start_o and the descriptor, the datapath answers with dp_done_i
// and its result; payload and the decoder's HARQ streams are valid/ready. Used by
// bbkit_batch_engine, bbkit_kernel_ctrl, the kernel shells, the kernels and the shell bench.
// The HARQ half (dp_hin_*, dp_hout_*, dp_harq_out_len_i) is separate: the encoder has none.
// Port lists and connection lists come without a trailing comma; the user writes it. The
// descriptor type ldpc_desc_t comes from bbkit_desc_pkg, which the user imports.
`ifndef BBKIT_DP_PORTS_SVH
`define BBKIT_DP_PORTS_SVH

// Shell-side module ports.
`define BBKIT_DP_PORTS \
  output logic         dp_rst_no, \
  input  wire          dp_ready_i, \
  output logic         dp_start_o, \
  output ldpc_desc_t   dp_desc_o, \
  output logic [63:0]  dp_cycle_o, \
  output logic         dp_in_valid_o, \
  input  wire          dp_in_ready_i, \
  output logic [511:0] dp_in_data_o, \
  input  wire          dp_out_valid_i, \
  output logic         dp_out_ready_o, \
  input  wire  [511:0] dp_out_data_i, \
  input  wire          dp_done_i, \
  input  wire  [15:0]  dp_status_i, \
  input  wire  [7:0]   dp_error_code_i, \
  input  wire  [7:0]   dp_iterations_i, \
  input  wire  [31:0]  dp_out_len_i
`define BBKIT_DP_HARQ_PORTS \
  output logic         dp_hin_valid_o, \
  input  wire          dp_hin_ready_i, \
  output logic [511:0] dp_hin_data_o, \
  input  wire          dp_hout_valid_i, \
  output logic         dp_hout_ready_o, \
  input  wire  [511:0] dp_hout_data_i, \
  input  wire  [31:0]  dp_harq_out_len_i

// Shell-side ports connected to the same names one level up.
`define BBKIT_DP_PASS \
  .dp_rst_no, .dp_ready_i, .dp_start_o, .dp_desc_o, .dp_cycle_o, .dp_in_valid_o, .dp_in_ready_i, \
  .dp_in_data_o, .dp_out_valid_i, .dp_out_ready_o, .dp_out_data_i, .dp_done_i, .dp_status_i, \
  .dp_error_code_i, .dp_iterations_i, .dp_out_len_i
`define BBKIT_DP_HARQ_PASS \
  .dp_hin_valid_o, .dp_hin_ready_i, .dp_hin_data_o, .dp_hout_valid_i, .dp_hout_ready_o, \
  .dp_hout_data_i, .dp_harq_out_len_i

// A kernel joins its shell and its datapath with local signals p_*: the signals, the shell's
// connections and the datapath's (the datapath ports carry no dp_ prefix: bbkit_ldpc_dec_top,
// bbkit_ldpc_enc_top).
`define BBKIT_DP_SIGNALS(p) \
  logic         p``_rst_n, p``_ready, p``_start, p``_in_valid, p``_in_ready, p``_out_valid, p``_out_ready, p``_done; \
  ldpc_desc_t   p``_desc; \
  logic [63:0]  p``_cycle; \
  logic [511:0] p``_in_data, p``_out_data; \
  logic [15:0]  p``_status; \
  logic [7:0]   p``_error_code, p``_iterations; \
  logic [31:0]  p``_out_len;
`define BBKIT_DP_HARQ_SIGNALS(p) \
  logic         p``_hin_valid, p``_hin_ready, p``_hout_valid, p``_hout_ready; \
  logic [511:0] p``_hin_data, p``_hout_data; \
  logic [31:0]  p``_harq_out_len;
`define BBKIT_DP_SHELL_CONNECT(p) \
  .dp_rst_no(p``_rst_n), .dp_ready_i(p``_ready), .dp_start_o(p``_start), .dp_desc_o(p``_desc), \
  .dp_cycle_o(p``_cycle), .dp_in_valid_o(p``_in_valid), .dp_in_ready_i(p``_in_ready), .dp_in_data_o(p``_in_data), \
  .dp_out_valid_i(p``_out_valid), .dp_out_ready_o(p``_out_ready), .dp_out_data_i(p``_out_data), \
  .dp_done_i(p``_done), .dp_status_i(p``_status), .dp_error_code_i(p``_error_code), \
  .dp_iterations_i(p``_iterations), .dp_out_len_i(p``_out_len)
`define BBKIT_DP_HARQ_SHELL_CONNECT(p) \
  .dp_hin_valid_o(p``_hin_valid), .dp_hin_ready_i(p``_hin_ready), .dp_hin_data_o(p``_hin_data), \
  .dp_hout_valid_i(p``_hout_valid), .dp_hout_ready_o(p``_hout_ready), .dp_hout_data_i(p``_hout_data), \
  .dp_harq_out_len_i(p``_harq_out_len)
`define BBKIT_DP_DATAPATH_CONNECT(p) \
  .rst_ni(p``_rst_n), .ready_o(p``_ready), .start_i(p``_start), .desc_i(p``_desc), \
  .cycle_i(p``_cycle), .in_valid_i(p``_in_valid), .in_ready_o(p``_in_ready), .in_data_i(p``_in_data), \
  .out_valid_o(p``_out_valid), .out_ready_i(p``_out_ready), .out_data_o(p``_out_data), .done_o(p``_done), \
  .status_o(p``_status), .error_code_o(p``_error_code), .iterations_o(p``_iterations), .out_len_o(p``_out_len)
`define BBKIT_DP_HARQ_DATAPATH_CONNECT(p) \
  .hin_valid_i(p``_hin_valid), .hin_ready_o(p``_hin_ready), .hin_data_i(p``_hin_data), \
  .hout_valid_o(p``_hout_valid), .hout_ready_i(p``_hout_ready), .hout_data_o(p``_hout_data), \
  .harq_out_len_o(p``_harq_out_len)

// A shell's bbkit_kernel_ctrl instance: the ap_ctrl fields and arguments of its generated register
// block (hwif_out / hwif_in, the PeakRDL structs; both kernels' maps name these fields alike).
`define BBKIT_KERNEL_CTRL_REGS_CONNECT(hwif_out, hwif_in) \
  .ap_start_i(hwif_out.ap_ctrl.CTRL.ap_start.value), .auto_restart_i(hwif_out.ap_ctrl.CTRL.auto_restart.value), \
  .ap_done_i(hwif_out.ap_ctrl.CTRL.ap_done.value), .ap_ready_i(hwif_out.ap_ctrl.CTRL.ap_ready.value), \
  .gie_i(hwif_out.ap_ctrl.GIE.enable.value), .ier_done_i(hwif_out.ap_ctrl.IER.done.value), \
  .ier_ready_i(hwif_out.ap_ctrl.IER.ready.value), .isr_done_i(hwif_out.ap_ctrl.ISR.done.value), \
  .isr_ready_i(hwif_out.ap_ctrl.ISR.ready.value), \
  .ap_start_hwclr_o(hwif_in.ap_ctrl.CTRL.ap_start.hwclr), .ap_done_hwset_o(hwif_in.ap_ctrl.CTRL.ap_done.hwset), \
  .ap_ready_hwset_o(hwif_in.ap_ctrl.CTRL.ap_ready.hwset), .ap_idle_o(hwif_in.ap_ctrl.CTRL.ap_idle.next), \
  .isr_done_hwset_o(hwif_in.ap_ctrl.ISR.done.hwset), .isr_ready_hwset_o(hwif_in.ap_ctrl.ISR.ready.hwset), \
  .desc_base_i({hwif_out.DESC.HI.value.value, hwif_out.DESC.LO.value.value}), \
  .cmpl_base_i({hwif_out.CMPL.HI.value.value, hwif_out.CMPL.LO.value.value}), \
  .data_base_i({hwif_out.DATA.HI.value.value, hwif_out.DATA.LO.value.value}), \
  .num_ops_i(hwif_out.NUM_OPS.count.value)

`endif  // BBKIT_DP_PORTS_SVH
