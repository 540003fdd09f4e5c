// SPDX-License-Identifier: Apache-2.0
// bbkit_ldpc_dec as a Vitis RTL kernel (ap_ctrl_hs): the kernel shell (register block, batch
// engine, AXI masters; bbkit_ldpc_dec_shell) with the LDPC decoder datapath bbkit_ldpc_dec_top
// behind it. Port names are Vitis's: ap_clk, ap_rst_n, interrupt, s_axi_control_*, and one
// m_axi_<port>_* per port of the kernel's register map (rtl/regs/bbkit_ldpc_dec.rdl).
`default_nettype none
`include "bbkit_axi_ports.svh"
`include "bbkit_dp_ports.svh"

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
  `BBKIT_DP_SIGNALS(dp)
  `BBKIT_DP_HARQ_SIGNALS(dp)

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
    `BBKIT_DP_SHELL_CONNECT(dp), `BBKIT_DP_HARQ_SHELL_CONNECT(dp)
  );

  bbkit_ldpc_dec_top #(.Zmax(Zmax), .Parallelism(Parallelism), .MaxIter(MaxIter)) u_datapath (
    .clk_i(ap_clk), `BBKIT_DP_DATAPATH_CONNECT(dp), `BBKIT_DP_HARQ_DATAPATH_CONNECT(dp)
  );

endmodule

`default_nettype wire
