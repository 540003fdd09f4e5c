// SPDX-License-Identifier: Apache-2.0
// The decoder kernel's control block as the sim platform drives it until the Verilated LDPC
// kernel (issue 7) exists: the generated register block behind its AXI4-Lite port, the build
// limits tied to parameters, and the kernel-side ap_ctrl events brought out as pins. With no
// core attached nobody takes ap_start, so the platform's start/done protocol times out there.
`default_nettype none

module bbkit_sim_ldpc_dec_ctrl #(
  parameter int unsigned Zmax = 384,        // CAPS0.zmax: 2..384
  parameter int unsigned Parallelism = 16,  // CAPS0.parallelism: 1..255
  parameter int unsigned MaxIter = 32,      // CAPS0.max_iter: 1..255
  parameter int unsigned LlrWidth = 8,      // CAPS1.llr_width: 2..15
  parameter int unsigned LlrFrac = 2        // CAPS1.llr_frac: 0..LlrWidth-1
) (
  input  wire         clk,
  input  wire         rst,
  // AXI4-Lite control port (s_axi_control)
  output logic        s_axil_awready,
  input  wire         s_axil_awvalid,
  input  wire  [11:0] s_axil_awaddr,
  output logic        s_axil_wready,
  input  wire         s_axil_wvalid,
  input  wire  [31:0] s_axil_wdata,
  input  wire  [3:0]  s_axil_wstrb,
  input  wire         s_axil_bready,
  output logic        s_axil_bvalid,
  output logic [1:0]  s_axil_bresp,
  output logic        s_axil_arready,
  input  wire         s_axil_arvalid,
  input  wire  [11:0] s_axil_araddr,
  input  wire         s_axil_rready,
  output logic        s_axil_rvalid,
  output logic [31:0] s_axil_rdata,
  output logic [1:0]  s_axil_rresp,
  // kernel side: the events a core raises and the identity it reports
  input  wire         ap_start_clr_i,
  input  wire         ap_done_set_i,
  input  wire         ap_ready_set_i,
  input  wire         ap_idle_i,
  input  wire  [31:0] ops_done_i,
  input  wire  [23:0] kit_version_i,  // major, minor, patch
  input  wire  [31:0] git_hash_i,
  input  wire         dirty_i,
  // what a core would sample at ap_start
  output logic        ap_start_o,
  output logic [63:0] desc_o,
  output logic [63:0] cmpl_o,
  output logic [63:0] data_o,
  output logic [63:0] harq_o,
  output logic [31:0] num_ops_o
);
  import bbkit_ldpc_dec_regs_pkg::*;

  bbkit_ldpc_dec__in_t  hwif_in;
  bbkit_ldpc_dec__out_t hwif_out;

  always_comb begin
    hwif_in.ap_ctrl.CTRL.ap_start.hwclr = ap_start_clr_i;
    hwif_in.ap_ctrl.CTRL.ap_done.hwset  = ap_done_set_i;
    hwif_in.ap_ctrl.CTRL.ap_ready.hwset = ap_ready_set_i;
    hwif_in.ap_ctrl.CTRL.ap_idle.next   = ap_idle_i;
    hwif_in.ap_ctrl.ISR.done.hwset      = ap_done_set_i & hwif_out.ap_ctrl.IER.done.value;
    hwif_in.ap_ctrl.ISR.ready.hwset     = ap_ready_set_i & hwif_out.ap_ctrl.IER.ready.value;
    hwif_in.OPS_DONE.count.next         = ops_done_i;
    hwif_in.CAPS0.zmax.next             = 9'(Zmax);
    hwif_in.CAPS0.parallelism.next      = 8'(Parallelism);
    hwif_in.CAPS0.max_iter.next         = 8'(MaxIter);
    hwif_in.CAPS1.llr_width.next        = 4'(LlrWidth);
    hwif_in.CAPS1.llr_frac.next         = 4'(LlrFrac);
    hwif_in.CAPS1.harq.next             = 1'b0;
    hwif_in.CAPS1.early_term.next       = 1'b1;
    hwif_in.CAPS1.crc.next              = 1'b1;
    hwif_in.CAPS1.lbrm.next             = 1'b1;
    hwif_in.id.KIT_VERSION.major.next   = kit_version_i[23:16];
    hwif_in.id.KIT_VERSION.minor.next   = kit_version_i[15:8];
    hwif_in.id.KIT_VERSION.patch.next   = kit_version_i[7:0];
    hwif_in.id.GIT_HASH.value.next      = git_hash_i;
    hwif_in.id.BUILD_FLAGS.dirty.next   = dirty_i;
  end

  assign ap_start_o = hwif_out.ap_ctrl.CTRL.ap_start.value;
  assign desc_o     = {hwif_out.DESC.HI.value.value, hwif_out.DESC.LO.value.value};
  assign cmpl_o     = {hwif_out.CMPL.HI.value.value, hwif_out.CMPL.LO.value.value};
  assign data_o     = {hwif_out.DATA.HI.value.value, hwif_out.DATA.LO.value.value};
  assign harq_o     = {hwif_out.HARQ.HI.value.value, hwif_out.HARQ.LO.value.value};
  assign num_ops_o  = hwif_out.NUM_OPS.count.value;

  bbkit_ldpc_dec_regs u_regs (
    .clk, .rst,
    .s_axil_awready, .s_axil_awvalid, .s_axil_awaddr, .s_axil_awprot(3'b000),
    .s_axil_wready, .s_axil_wvalid, .s_axil_wdata, .s_axil_wstrb,
    .s_axil_bready, .s_axil_bvalid, .s_axil_bresp,
    .s_axil_arready, .s_axil_arvalid, .s_axil_araddr, .s_axil_arprot(3'b000),
    .s_axil_rready, .s_axil_rvalid, .s_axil_rdata, .s_axil_rresp,
    .hwif_in, .hwif_out
  );

  // The core would consume these; without it they are only brought out.
  logic unused;
  assign unused = ^{hwif_out.ap_ctrl.CTRL.auto_restart.value, hwif_out.ap_ctrl.GIE.enable.value};
endmodule

`default_nettype wire
