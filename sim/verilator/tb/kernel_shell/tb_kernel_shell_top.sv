// SPDX-License-Identifier: Apache-2.0
// TESTBENCH ONLY — the decoder kernel's shell with the testbench loopback datapath behind it:
// the Vitis kernel ports of bbkit_ldpc_dec_kernel, for verifying the shell on its own.
`default_nettype none

module tb_kernel_shell_top
  import bbkit_desc_pkg::*;
#(
  parameter int unsigned WatchdogCycles = 4000  // small, so the hang case ends quickly
) (
  input  wire          ap_clk,
  input  wire          ap_rst_n,
  /* verilator lint_off SYMRSVDWORD */  // Vitis names the interrupt pin 'interrupt'
  output logic         interrupt,
  /* verilator lint_on SYMRSVDWORD */
  // AXI4-Lite control (Vitis s_axi_control): 4 KiB, 32-bit
  input  wire          s_axi_control_awvalid,
  output logic         s_axi_control_awready,
  input  wire  [11:0]  s_axi_control_awaddr,
  input  wire          s_axi_control_wvalid,
  output logic         s_axi_control_wready,
  input  wire  [31:0]  s_axi_control_wdata,
  input  wire  [3:0]   s_axi_control_wstrb,
  output logic         s_axi_control_bvalid,
  input  wire          s_axi_control_bready,
  output logic [1:0]   s_axi_control_bresp,
  input  wire          s_axi_control_arvalid,
  output logic         s_axi_control_arready,
  input  wire  [11:0]  s_axi_control_araddr,
  output logic         s_axi_control_rvalid,
  input  wire          s_axi_control_rready,
  output logic [31:0]  s_axi_control_rdata,
  output logic [1:0]   s_axi_control_rresp,
  // AXI4 master m_axi_ctrl: descriptors and completion records
  output logic         m_axi_ctrl_awvalid,
  input  wire          m_axi_ctrl_awready,
  output logic [63:0]  m_axi_ctrl_awaddr,
  output logic [7:0]   m_axi_ctrl_awlen,
  output logic [2:0]   m_axi_ctrl_awsize,
  output logic [1:0]   m_axi_ctrl_awburst,
  output logic         m_axi_ctrl_wvalid,
  input  wire          m_axi_ctrl_wready,
  output logic [511:0] m_axi_ctrl_wdata,
  output logic [63:0]  m_axi_ctrl_wstrb,
  output logic         m_axi_ctrl_wlast,
  input  wire          m_axi_ctrl_bvalid,
  output logic         m_axi_ctrl_bready,
  input  wire  [1:0]   m_axi_ctrl_bresp,
  output logic         m_axi_ctrl_arvalid,
  input  wire          m_axi_ctrl_arready,
  output logic [63:0]  m_axi_ctrl_araddr,
  output logic [7:0]   m_axi_ctrl_arlen,
  output logic [2:0]   m_axi_ctrl_arsize,
  output logic [1:0]   m_axi_ctrl_arburst,
  input  wire          m_axi_ctrl_rvalid,
  output logic         m_axi_ctrl_rready,
  input  wire  [511:0] m_axi_ctrl_rdata,
  input  wire  [1:0]   m_axi_ctrl_rresp,
  input  wire          m_axi_ctrl_rlast,
  // AXI4 master m_axi_data: payload
  output logic         m_axi_data_awvalid,
  input  wire          m_axi_data_awready,
  output logic [63:0]  m_axi_data_awaddr,
  output logic [7:0]   m_axi_data_awlen,
  output logic [2:0]   m_axi_data_awsize,
  output logic [1:0]   m_axi_data_awburst,
  output logic         m_axi_data_wvalid,
  input  wire          m_axi_data_wready,
  output logic [511:0] m_axi_data_wdata,
  output logic [63:0]  m_axi_data_wstrb,
  output logic         m_axi_data_wlast,
  input  wire          m_axi_data_bvalid,
  output logic         m_axi_data_bready,
  input  wire  [1:0]   m_axi_data_bresp,
  output logic         m_axi_data_arvalid,
  input  wire          m_axi_data_arready,
  output logic [63:0]  m_axi_data_araddr,
  output logic [7:0]   m_axi_data_arlen,
  output logic [2:0]   m_axi_data_arsize,
  output logic [1:0]   m_axi_data_arburst,
  input  wire          m_axi_data_rvalid,
  output logic         m_axi_data_rready,
  input  wire  [511:0] m_axi_data_rdata,
  input  wire  [1:0]   m_axi_data_rresp,
  input  wire          m_axi_data_rlast,
  // AXI4 master m_axi_harq: HARQ combining memory
  output logic         m_axi_harq_awvalid,
  input  wire          m_axi_harq_awready,
  output logic [63:0]  m_axi_harq_awaddr,
  output logic [7:0]   m_axi_harq_awlen,
  output logic [2:0]   m_axi_harq_awsize,
  output logic [1:0]   m_axi_harq_awburst,
  output logic         m_axi_harq_wvalid,
  input  wire          m_axi_harq_wready,
  output logic [511:0] m_axi_harq_wdata,
  output logic [63:0]  m_axi_harq_wstrb,
  output logic         m_axi_harq_wlast,
  input  wire          m_axi_harq_bvalid,
  output logic         m_axi_harq_bready,
  input  wire  [1:0]   m_axi_harq_bresp,
  output logic         m_axi_harq_arvalid,
  input  wire          m_axi_harq_arready,
  output logic [63:0]  m_axi_harq_araddr,
  output logic [7:0]   m_axi_harq_arlen,
  output logic [2:0]   m_axi_harq_arsize,
  output logic [1:0]   m_axi_harq_arburst,
  input  wire          m_axi_harq_rvalid,
  output logic         m_axi_harq_rready,
  input  wire  [511:0] m_axi_harq_rdata,
  input  wire  [1:0]   m_axi_harq_rresp,
  input  wire          m_axi_harq_rlast
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

  bbkit_ldpc_dec_shell #(.KitMajor(0), .KitMinor(1), .KitPatch(2), .GitHash(32'hC0FFEE11),
                         .WatchdogCycles(WatchdogCycles)) u_shell (
    .ap_clk, .ap_rst_n, .interrupt, .s_axi_control_awvalid, .s_axi_control_awready, .s_axi_control_awaddr,
    .s_axi_control_wvalid, .s_axi_control_wready, .s_axi_control_wdata, .s_axi_control_wstrb,
    .s_axi_control_bvalid, .s_axi_control_bready, .s_axi_control_bresp, .s_axi_control_arvalid,
    .s_axi_control_arready, .s_axi_control_araddr, .s_axi_control_rvalid, .s_axi_control_rready,
    .s_axi_control_rdata, .s_axi_control_rresp, .m_axi_ctrl_awvalid, .m_axi_ctrl_awready, .m_axi_ctrl_awaddr,
    .m_axi_ctrl_awlen, .m_axi_ctrl_awsize, .m_axi_ctrl_awburst, .m_axi_ctrl_wvalid, .m_axi_ctrl_wready,
    .m_axi_ctrl_wdata, .m_axi_ctrl_wstrb, .m_axi_ctrl_wlast, .m_axi_ctrl_bvalid, .m_axi_ctrl_bready,
    .m_axi_ctrl_bresp, .m_axi_ctrl_arvalid, .m_axi_ctrl_arready, .m_axi_ctrl_araddr, .m_axi_ctrl_arlen,
    .m_axi_ctrl_arsize, .m_axi_ctrl_arburst, .m_axi_ctrl_rvalid, .m_axi_ctrl_rready, .m_axi_ctrl_rdata,
    .m_axi_ctrl_rresp, .m_axi_ctrl_rlast, .m_axi_data_awvalid, .m_axi_data_awready, .m_axi_data_awaddr,
    .m_axi_data_awlen, .m_axi_data_awsize, .m_axi_data_awburst, .m_axi_data_wvalid, .m_axi_data_wready,
    .m_axi_data_wdata, .m_axi_data_wstrb, .m_axi_data_wlast, .m_axi_data_bvalid, .m_axi_data_bready,
    .m_axi_data_bresp, .m_axi_data_arvalid, .m_axi_data_arready, .m_axi_data_araddr, .m_axi_data_arlen,
    .m_axi_data_arsize, .m_axi_data_arburst, .m_axi_data_rvalid, .m_axi_data_rready, .m_axi_data_rdata,
    .m_axi_data_rresp, .m_axi_data_rlast, .m_axi_harq_awvalid, .m_axi_harq_awready, .m_axi_harq_awaddr,
    .m_axi_harq_awlen, .m_axi_harq_awsize, .m_axi_harq_awburst, .m_axi_harq_wvalid, .m_axi_harq_wready,
    .m_axi_harq_wdata, .m_axi_harq_wstrb, .m_axi_harq_wlast, .m_axi_harq_bvalid, .m_axi_harq_bready,
    .m_axi_harq_bresp, .m_axi_harq_arvalid, .m_axi_harq_arready, .m_axi_harq_araddr, .m_axi_harq_arlen,
    .m_axi_harq_arsize, .m_axi_harq_arburst, .m_axi_harq_rvalid, .m_axi_harq_rready, .m_axi_harq_rdata,
    .m_axi_harq_rresp, .m_axi_harq_rlast,
    .dp_rst_no(dp_rst_n), .dp_ready_i(dp_ready), .dp_start_o(dp_start), .dp_desc_o(dp_desc),
    .dp_cycle_o(dp_cycle), .dp_in_valid_o(dp_in_valid), .dp_in_ready_i(dp_in_ready), .dp_in_data_o(dp_in_data),
    .dp_out_valid_i(dp_out_valid), .dp_out_ready_o(dp_out_ready), .dp_out_data_i(dp_out_data),
    .dp_done_i(dp_done), .dp_status_i(dp_status), .dp_error_code_i(dp_error_code),
    .dp_iterations_i(dp_iterations), .dp_out_len_i(dp_out_len),
    .dp_hin_valid_o(dp_hin_valid), .dp_hin_ready_i(dp_hin_ready), .dp_hin_data_o(dp_hin_data),
    .dp_hout_valid_i(dp_hout_valid), .dp_hout_ready_o(dp_hout_ready), .dp_hout_data_i(dp_hout_data),
    .dp_harq_out_len_i(dp_harq_out_len)
  );

  tb_loopback_datapath u_dp (
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
