// SPDX-License-Identifier: Apache-2.0
// bbkit_ldpc_enc as a Vitis RTL kernel (ap_ctrl_hs): the kernel shell (register block, batch
// engine, AXI masters; bbkit_ldpc_enc_shell) with the LDPC encoder datapath bbkit_ldpc_enc_top
// behind it. Port names are Vitis's: ap_clk, ap_rst_n, interrupt, s_axi_control_*, and one
// m_axi_<port>_* per port of the kernel's register map (rtl/regs/bbkit_ldpc_enc.rdl).
`default_nettype none
`include "bbkit_axi_ports.svh"
`include "bbkit_dp_ports.svh"

module bbkit_ldpc_enc_kernel
  import bbkit_desc_pkg::*;
#(
  parameter int unsigned Zmax = 384,                     // largest lifting size: 2..384 (CAPS0.zmax)
  parameter int unsigned ChunkW = 64,                    // datapath input bits per cycle: 32..512, divides 512
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
  `BBKIT_AXI_M_PORTS(m_axi_data)
);
  `BBKIT_DP_SIGNALS(dp)

  bbkit_ldpc_enc_shell #(
    .Zmax(Zmax), .Parallelism(1), .Crc(1'b1), .Lbrm(1'b1), .KitMajor(KitMajor), .KitMinor(KitMinor), .KitPatch(KitPatch),
    .GitHash(GitHash), .Dirty(Dirty), .WatchdogCycles(WatchdogCycles)
  ) u_shell (
    .ap_clk, .ap_rst_n, .interrupt,
    `BBKIT_AXIL_S_CONNECT(s_axi_control, s_axi_control),
    `BBKIT_AXI_M_CONNECT(m_axi_ctrl, m_axi_ctrl),
    `BBKIT_AXI_M_CONNECT(m_axi_data, m_axi_data),
    `BBKIT_DP_SHELL_CONNECT(dp)
  );

  bbkit_ldpc_enc_top #(.Zmax(Zmax), .ChunkW(ChunkW)) u_datapath (
    .clk_i(ap_clk), `BBKIT_DP_DATAPATH_CONNECT(dp)
  );
endmodule

`default_nettype wire
