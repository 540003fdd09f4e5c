// SPDX-License-Identifier: Apache-2.0
// TESTBENCH ONLY — the decoder kernel's shell with the testbench loopback datapath behind it:
// the Vitis kernel ports of bbkit_ldpc_dec_kernel, for verifying the shell on its own.
`default_nettype none
`include "bbkit_axi_ports.svh"
`include "bbkit_dp_ports.svh"

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
  `BBKIT_AXIL_S_PORTS(s_axi_control),
  // AXI4 master m_axi_ctrl: descriptors and completion records
  `BBKIT_AXI_M_PORTS(m_axi_ctrl),
  // AXI4 master m_axi_data: payload
  `BBKIT_AXI_M_PORTS(m_axi_data),
  // AXI4 master m_axi_harq: HARQ combining memory
  `BBKIT_AXI_M_PORTS(m_axi_harq)
);
  `BBKIT_DP_SIGNALS(dp)
  `BBKIT_DP_HARQ_SIGNALS(dp)

  bbkit_ldpc_dec_shell #(.KitMajor(0), .KitMinor(1), .KitPatch(2), .GitHash(32'hC0FFEE11),
                         .WatchdogCycles(WatchdogCycles)) u_shell (
    .ap_clk, .ap_rst_n, .interrupt,
    `BBKIT_AXIL_S_CONNECT(s_axi_control, s_axi_control),
    `BBKIT_AXI_M_CONNECT(m_axi_ctrl, m_axi_ctrl),
    `BBKIT_AXI_M_CONNECT(m_axi_data, m_axi_data),
    `BBKIT_AXI_M_CONNECT(m_axi_harq, m_axi_harq),
    `BBKIT_DP_SHELL_CONNECT(dp), `BBKIT_DP_HARQ_SHELL_CONNECT(dp)
  );

  tb_loopback_datapath u_dp (
    .clk_i(ap_clk), `BBKIT_DP_DATAPATH_CONNECT(dp), `BBKIT_DP_HARQ_DATAPATH_CONNECT(dp)
  );
endmodule

`default_nettype wire
