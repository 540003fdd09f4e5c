// SPDX-License-Identifier: Apache-2.0
// bbkit_ldpc_dec as a Vitis RTL kernel (ap_ctrl_hs): the kernel shell (register block, batch
// engine, AXI masters; bbkit_ldpc_dec_shell) with the LDPC decoder datapath bbkit_ldpc_dec_top
// behind it. Port names are Vitis's: ap_clk, ap_rst_n, interrupt, s_axi_control_*, and one
// m_axi_<port>_* per port of the kernel's register map (rtl/regs/bbkit_ldpc_dec.rdl).
`default_nettype none
`include "bbkit_axi_ports.svh"

module bbkit_ldpc_dec_kernel
  import bbkit_desc_pkg::*;
#(
  parameter int unsigned Zmax = 384,                     // largest lifting size: 2..384 (CAPS0.zmax)
  parameter int unsigned Parallelism = 1,                // circulants per cycle: 1, 2 or 4 (CAPS0.parallelism)
  parameter int unsigned MaxIter = 100,                  // largest iter_max: 1..100 (CAPS0.max_iter)
  parameter int unsigned KitMajor = 0,                   // KIT_VERSION fields: 0..255
  parameter int unsigned KitMinor = 0,
  parameter int unsigned KitPatch = 0,
  parameter logic [31:0] GitHash = 32'h0,                // GIT_HASH: first 32 bits of the commit
  parameter bit          Dirty = 1'b0,                   // BUILD_FLAGS.dirty
  parameter int unsigned WatchdogCycles = 32'h0100_0000  // per-op watchdog, cycles: 16..2^32-1
) (
  input  wire          ap_clk,
  input  wire          ap_rst_n,
  /* verilator lint_off SYMRSVDWORD */  // Vitis names the interrupt pin 'interrupt'
  output logic         interrupt,
  /* verilator lint_on SYMRSVDWORD */
  // AXI4-Lite control (Vitis s_axi_control): 4 KiB, 32-bit
  `BBKIT_AXIL_S_PORTS(s_axi_control),
  // AXI4 master m_axi_ctrl: descriptors and completion records
  `BBKIT_AXI_M_PORTS(m_axi_ctrl),
  // AXI4 master m_axi_data: payload
  `BBKIT_AXI_M_PORTS(m_axi_data),
  // AXI4 master m_axi_harq: HARQ combining memory (HQ_COMBINE_IN / OUT; CAPS1.harq = 1)
  `BBKIT_AXI_M_PORTS(m_axi_harq)
);
  logic         dp_rst_n, dp_ready, dp_start, dp_in_valid, dp_in_ready, dp_out_valid, dp_out_ready, dp_done;
  ldpc_desc_t   dp_desc;
  logic [63:0]  dp_cycle;
  logic [511:0] dp_in_data, dp_out_data;
  logic [15:0]  dp_status;
  logic [7:0]   dp_error_code, dp_iterations;
  logic [31:0]  dp_out_len, dp_harq_out_len;
  logic         dp_hin_valid, dp_hin_ready, dp_hout_valid, dp_hout_ready;
  logic [511:0] dp_hin_data, dp_hout_data;

  bbkit_ldpc_dec_shell #(
    .Zmax(Zmax), .Parallelism(Parallelism), .MaxIter(MaxIter), .LlrWidth(8), .LlrFrac(2), .Harq(1'b1), .EarlyTerm(1'b1),
    .Crc(1'b1), .Lbrm(1'b1), .KitMajor(KitMajor), .KitMinor(KitMinor), .KitPatch(KitPatch),
    .GitHash(GitHash), .Dirty(Dirty), .WatchdogCycles(WatchdogCycles)
  ) u_shell (
    .ap_clk, .ap_rst_n, .interrupt,
    `BBKIT_AXIL_S_CONNECT(s_axi_control, s_axi_control),
    `BBKIT_AXI_M_CONNECT(m_axi_ctrl, m_axi_ctrl),
    `BBKIT_AXI_M_CONNECT(m_axi_data, m_axi_data),
    `BBKIT_AXI_M_CONNECT(m_axi_harq, m_axi_harq),
    .dp_rst_no(dp_rst_n), .dp_ready_i(dp_ready), .dp_start_o(dp_start), .dp_desc_o(dp_desc),
    .dp_cycle_o(dp_cycle), .dp_in_valid_o(dp_in_valid), .dp_in_ready_i(dp_in_ready), .dp_in_data_o(dp_in_data),
    .dp_out_valid_i(dp_out_valid), .dp_out_ready_o(dp_out_ready), .dp_out_data_i(dp_out_data),
    .dp_done_i(dp_done), .dp_status_i(dp_status), .dp_error_code_i(dp_error_code),
    .dp_iterations_i(dp_iterations), .dp_out_len_i(dp_out_len),
    .dp_hin_valid_o(dp_hin_valid), .dp_hin_ready_i(dp_hin_ready), .dp_hin_data_o(dp_hin_data),
    .dp_hout_valid_i(dp_hout_valid), .dp_hout_ready_o(dp_hout_ready), .dp_hout_data_i(dp_hout_data),
    .dp_harq_out_len_i(dp_harq_out_len)
  );

  bbkit_ldpc_dec_top #(.Zmax(Zmax), .Parallelism(Parallelism), .MaxIter(MaxIter)) u_datapath (
    .clk_i(ap_clk), .rst_ni(dp_rst_n), .ready_o(dp_ready), .start_i(dp_start), .desc_i(dp_desc),
    .cycle_i(dp_cycle), .in_valid_i(dp_in_valid), .in_ready_o(dp_in_ready), .in_data_i(dp_in_data),
    .out_valid_o(dp_out_valid), .out_ready_i(dp_out_ready), .out_data_o(dp_out_data), .done_o(dp_done),
    .status_o(dp_status), .error_code_o(dp_error_code), .iterations_o(dp_iterations), .out_len_o(dp_out_len),
    .hin_valid_i(dp_hin_valid), .hin_ready_o(dp_hin_ready), .hin_data_i(dp_hin_data),
    .hout_valid_o(dp_hout_valid), .hout_ready_i(dp_hout_ready), .hout_data_o(dp_hout_data),
    .harq_out_len_o(dp_harq_out_len)
  );

endmodule

`default_nettype wire
