// SPDX-License-Identifier: Apache-2.0
// The Vitis RTL-kernel bus interfaces of bbkit, spelled once as macros over a signal prefix:
//  - an AXI4 master (m_axi_<port>_*): 64-bit address, 512-bit data, the signals a Vitis kernel
//    uses (no IDs, cache, prot, lock, QoS);
//  - the AXI4-Lite control subordinate (s_axi_control_*): 12-bit address (4 KiB), 32-bit data.
// The prefix is the whole one (`BBKIT_AXI_M_PORTS(m_axi_data)` declares m_axi_data_awvalid, ...):
// Vivado infers the kernel's interfaces from these names, and scripts/gen_regs.py and
// bitstreams/vitis/package_kernel.tcl name them, so the macros only save the spelling.
// Port lists and connection lists come without a trailing comma; the user writes it.
`ifndef BBKIT_AXI_PORTS_SVH
`define BBKIT_AXI_PORTS_SVH

// Module ports of an AXI4 master's write half (aw, w, b) and read half (ar, r), data MSB dmsb and
// strobe MSB smsb (the AXI engines are parameterized in the data width), and of a whole Vitis
// master (512-bit data).
`define BBKIT_AXI_WR_PORTS(p, dmsb, smsb) \
  output logic           p``_awvalid, \
  input  wire            p``_awready, \
  output logic [63:0]    p``_awaddr, \
  output logic [7:0]     p``_awlen, \
  output logic [2:0]     p``_awsize, \
  output logic [1:0]     p``_awburst, \
  output logic           p``_wvalid, \
  input  wire            p``_wready, \
  output logic [dmsb:0]  p``_wdata, \
  output logic [smsb:0]  p``_wstrb, \
  output logic           p``_wlast, \
  input  wire            p``_bvalid, \
  output logic           p``_bready, \
  input  wire  [1:0]     p``_bresp
`define BBKIT_AXI_RD_PORTS(p, dmsb) \
  output logic           p``_arvalid, \
  input  wire            p``_arready, \
  output logic [63:0]    p``_araddr, \
  output logic [7:0]     p``_arlen, \
  output logic [2:0]     p``_arsize, \
  output logic [1:0]     p``_arburst, \
  input  wire            p``_rvalid, \
  output logic           p``_rready, \
  input  wire  [dmsb:0]  p``_rdata, \
  input  wire  [1:0]     p``_rresp, \
  input  wire            p``_rlast
`define BBKIT_AXI_M_PORTS(p) `BBKIT_AXI_WR_PORTS(p, 511, 63), `BBKIT_AXI_RD_PORTS(p, 511)

// The same signals as local variables (a master port that ends inside a module).
`define BBKIT_AXI_M_SIGNALS(p) \
  logic         p``_awvalid, p``_awready, p``_wvalid, p``_wready, p``_wlast, p``_bvalid, p``_bready; \
  logic         p``_arvalid, p``_arready, p``_rvalid, p``_rready, p``_rlast; \
  logic [63:0]  p``_awaddr, p``_araddr, p``_wstrb; \
  logic [7:0]   p``_awlen, p``_arlen; \
  logic [2:0]   p``_awsize, p``_arsize; \
  logic [1:0]   p``_awburst, p``_arburst, p``_bresp, p``_rresp; \
  logic [511:0] p``_wdata, p``_rdata;

// The signals a master drives, and those its subordinate drives, as comma lists (for a
// concatenation: tie-offs, unused-signal sinks).
`define BBKIT_AXI_M_OUTPUTS(p) \
  p``_awvalid, p``_awaddr, p``_awlen, p``_awsize, p``_awburst, p``_wvalid, p``_wdata, p``_wstrb, \
  p``_wlast, p``_bready, p``_arvalid, p``_araddr, p``_arlen, p``_arsize, p``_arburst, p``_rready
`define BBKIT_AXI_M_INPUTS(p) \
  p``_awready, p``_wready, p``_bvalid, p``_bresp, p``_arready, p``_rvalid, p``_rdata, p``_rresp, p``_rlast

// Named connections of an instance's master port `port` to signals `sig`: the write half
// (aw, w, b), the read half (ar, r), and both.
`define BBKIT_AXI_WR_CONNECT(port, sig) \
  .port``_awvalid(sig``_awvalid), .port``_awready(sig``_awready), .port``_awaddr(sig``_awaddr), \
  .port``_awlen(sig``_awlen), .port``_awsize(sig``_awsize), .port``_awburst(sig``_awburst), \
  .port``_wvalid(sig``_wvalid), .port``_wready(sig``_wready), .port``_wdata(sig``_wdata), \
  .port``_wstrb(sig``_wstrb), .port``_wlast(sig``_wlast), \
  .port``_bvalid(sig``_bvalid), .port``_bready(sig``_bready), .port``_bresp(sig``_bresp)
`define BBKIT_AXI_RD_CONNECT(port, sig) \
  .port``_arvalid(sig``_arvalid), .port``_arready(sig``_arready), .port``_araddr(sig``_araddr), \
  .port``_arlen(sig``_arlen), .port``_arsize(sig``_arsize), .port``_arburst(sig``_arburst), \
  .port``_rvalid(sig``_rvalid), .port``_rready(sig``_rready), .port``_rdata(sig``_rdata), \
  .port``_rresp(sig``_rresp), .port``_rlast(sig``_rlast)
`define BBKIT_AXI_M_CONNECT(port, sig) `BBKIT_AXI_WR_CONNECT(port, sig), `BBKIT_AXI_RD_CONNECT(port, sig)

// Module ports of the AXI4-Lite control subordinate.
`define BBKIT_AXIL_S_PORTS(p) \
  input  wire          p``_awvalid, \
  output logic         p``_awready, \
  input  wire  [11:0]  p``_awaddr, \
  input  wire          p``_wvalid, \
  output logic         p``_wready, \
  input  wire  [31:0]  p``_wdata, \
  input  wire  [3:0]   p``_wstrb, \
  output logic         p``_bvalid, \
  input  wire          p``_bready, \
  output logic [1:0]   p``_bresp, \
  input  wire          p``_arvalid, \
  output logic         p``_arready, \
  input  wire  [11:0]  p``_araddr, \
  output logic         p``_rvalid, \
  input  wire          p``_rready, \
  output logic [31:0]  p``_rdata, \
  output logic [1:0]   p``_rresp

// Named connections of an instance's AXI4-Lite subordinate port `port` to signals `sig`.
`define BBKIT_AXIL_S_CONNECT(port, sig) \
  .port``_awvalid(sig``_awvalid), .port``_awready(sig``_awready), .port``_awaddr(sig``_awaddr), \
  .port``_wvalid(sig``_wvalid), .port``_wready(sig``_wready), .port``_wdata(sig``_wdata), \
  .port``_wstrb(sig``_wstrb), .port``_bvalid(sig``_bvalid), .port``_bready(sig``_bready), \
  .port``_bresp(sig``_bresp), .port``_arvalid(sig``_arvalid), .port``_arready(sig``_arready), \
  .port``_araddr(sig``_araddr), .port``_rvalid(sig``_rvalid), .port``_rready(sig``_rready), \
  .port``_rdata(sig``_rdata), .port``_rresp(sig``_rresp)

`endif  // BBKIT_AXI_PORTS_SVH
