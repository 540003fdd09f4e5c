// SPDX-License-Identifier: Apache-2.0
// The decoder kernel's shell: the generated register block (bbkit_ldpc_dec_regs) behind
// s_axi_control and its tie-offs (CAPS, ID); the ap_ctrl hand logic and the batch engine on
// m_axi_ctrl, m_axi_data and m_axi_harq are bbkit_kernel_ctrl, shared by every kernel. The datapath
// port is brought out (dp_*, with the decoder's HARQ streams dp_hin_* / dp_hout_*); bbkit_ldpc_dec_kernel puts the decoder datapath behind it; the shell bench puts a testbench datapath there.
`default_nettype none

module bbkit_ldpc_dec_shell
  import bbkit_desc_pkg::*;
  import bbkit_ldpc_dec_regs_pkg::*;
#(
  parameter int unsigned Zmax = 384,            // CAPS0.zmax: 2..384
  parameter int unsigned Parallelism = 1,       // CAPS0.parallelism: 1..255
  parameter int unsigned MaxIter = 32,          // CAPS0.max_iter: 1..255
  parameter int unsigned LlrWidth = 8,          // CAPS1.llr_width: 2..15
  parameter int unsigned LlrFrac = 2,           // CAPS1.llr_frac: 0..LlrWidth-1
  parameter bit          Harq = 1'b1,           // CAPS1.harq: HARQ combining on m_axi_harq
  parameter bit          EarlyTerm = 1'b1,      // CAPS1.early_term
  parameter bit          Crc = 1'b1,            // CAPS1.crc
  parameter bit          Lbrm = 1'b1,           // CAPS1.lbrm
  parameter int unsigned KitMajor = 0,          // KIT_VERSION: 0..255 each
  parameter int unsigned KitMinor = 0,
  parameter int unsigned KitPatch = 0,
  parameter logic [31:0] GitHash = 32'h0,       // GIT_HASH: first 32 bits of the commit
  parameter bit          Dirty = 1'b0,          // BUILD_FLAGS.dirty
  parameter int unsigned WatchdogCycles = 32'h0100_0000  // per-op watchdog, cycles: 16..2^32-1
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
  // AXI4 master m_axi_harq: HARQ combining memory (HQ_COMBINE_IN / OUT)
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
  input  wire          m_axi_harq_rlast,
  // the datapath (docs/card-contract.md, "Datapath interface")
  output logic         dp_rst_no,
  input  wire          dp_ready_i,
  output logic         dp_start_o,
  output ldpc_desc_t   dp_desc_o,
  output logic [63:0]  dp_cycle_o,
  output logic         dp_in_valid_o,
  input  wire          dp_in_ready_i,
  output logic [511:0] dp_in_data_o,
  input  wire          dp_out_valid_i,
  output logic         dp_out_ready_o,
  input  wire  [511:0] dp_out_data_i,
  input  wire          dp_done_i,
  input  wire  [15:0]  dp_status_i,
  input  wire  [7:0]   dp_error_code_i,
  input  wire  [7:0]   dp_iterations_i,
  input  wire  [31:0]  dp_out_len_i,
  // the decode datapath's HARQ streams (bbkit_ldpc_dec_top)
  output logic         dp_hin_valid_o,
  input  wire          dp_hin_ready_i,
  output logic [511:0] dp_hin_data_o,
  input  wire          dp_hout_valid_i,
  output logic         dp_hout_ready_o,
  input  wire  [511:0] dp_hout_data_i,
  input  wire  [31:0]  dp_harq_out_len_i
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (Parallelism >= 1 && Parallelism <= 255) else $fatal(1, "Parallelism out of range 1..255");
    assert (KitMajor <= 255 && KitMinor <= 255 && KitPatch <= 255) else $fatal(1, "KitMajor/Minor/Patch: 0..255");
  end
`endif

  bbkit_ldpc_dec__in_t  hwif_in;
  bbkit_ldpc_dec__out_t hwif_out;
  logic [31:0] ops_done;

  always_comb begin
    hwif_in.CAPS0.zmax.next             = 9'(Zmax);
    hwif_in.CAPS0.parallelism.next      = 8'(Parallelism);
    hwif_in.CAPS0.max_iter.next         = 8'(MaxIter);
    hwif_in.CAPS1.llr_width.next        = 4'(LlrWidth);
    hwif_in.CAPS1.llr_frac.next         = 4'(LlrFrac);
    hwif_in.CAPS1.harq.next             = Harq;
    hwif_in.CAPS1.early_term.next       = EarlyTerm;
    hwif_in.CAPS1.crc.next              = Crc;
    hwif_in.CAPS1.lbrm.next             = Lbrm;
    hwif_in.id.KIT_VERSION.major.next   = 8'(KitMajor);
    hwif_in.id.KIT_VERSION.minor.next   = 8'(KitMinor);
    hwif_in.id.KIT_VERSION.patch.next   = 8'(KitPatch);
    hwif_in.id.GIT_HASH.value.next      = GitHash;
    hwif_in.id.BUILD_FLAGS.dirty.next   = Dirty;
    hwif_in.OPS_DONE.count.next         = ops_done;
  end

  bbkit_ldpc_dec_regs u_regs (
    .clk(ap_clk), .rst(!ap_rst_n),
    .s_axil_awready(s_axi_control_awready), .s_axil_awvalid(s_axi_control_awvalid),
    .s_axil_awaddr(s_axi_control_awaddr), .s_axil_awprot(3'b000),
    .s_axil_wready(s_axi_control_wready), .s_axil_wvalid(s_axi_control_wvalid),
    .s_axil_wdata(s_axi_control_wdata), .s_axil_wstrb(s_axi_control_wstrb),
    .s_axil_bready(s_axi_control_bready), .s_axil_bvalid(s_axi_control_bvalid), .s_axil_bresp(s_axi_control_bresp),
    .s_axil_arready(s_axi_control_arready), .s_axil_arvalid(s_axi_control_arvalid),
    .s_axil_araddr(s_axi_control_araddr), .s_axil_arprot(3'b000),
    .s_axil_rready(s_axi_control_rready), .s_axil_rvalid(s_axi_control_rvalid),
    .s_axil_rdata(s_axi_control_rdata), .s_axil_rresp(s_axi_control_rresp),
    .hwif_in, .hwif_out
  );

  bbkit_kernel_ctrl #(.OpType(int'(OP_TYPE_LDPC_DEC)), .WatchdogCycles(WatchdogCycles), .Harq(Harq)) u_ctrl (
    .clk_i(ap_clk), .rst_ni(ap_rst_n), .interrupt,
    .ap_start_i(hwif_out.ap_ctrl.CTRL.ap_start.value), .auto_restart_i(hwif_out.ap_ctrl.CTRL.auto_restart.value),
    .ap_done_i(hwif_out.ap_ctrl.CTRL.ap_done.value), .ap_ready_i(hwif_out.ap_ctrl.CTRL.ap_ready.value),
    .gie_i(hwif_out.ap_ctrl.GIE.enable.value), .ier_done_i(hwif_out.ap_ctrl.IER.done.value),
    .ier_ready_i(hwif_out.ap_ctrl.IER.ready.value), .isr_done_i(hwif_out.ap_ctrl.ISR.done.value),
    .isr_ready_i(hwif_out.ap_ctrl.ISR.ready.value),
    .ap_start_hwclr_o(hwif_in.ap_ctrl.CTRL.ap_start.hwclr), .ap_done_hwset_o(hwif_in.ap_ctrl.CTRL.ap_done.hwset),
    .ap_ready_hwset_o(hwif_in.ap_ctrl.CTRL.ap_ready.hwset), .ap_idle_o(hwif_in.ap_ctrl.CTRL.ap_idle.next),
    .isr_done_hwset_o(hwif_in.ap_ctrl.ISR.done.hwset), .isr_ready_hwset_o(hwif_in.ap_ctrl.ISR.ready.hwset),
    .desc_base_i({hwif_out.DESC.HI.value.value, hwif_out.DESC.LO.value.value}),
    .cmpl_base_i({hwif_out.CMPL.HI.value.value, hwif_out.CMPL.LO.value.value}),
    .data_base_i({hwif_out.DATA.HI.value.value, hwif_out.DATA.LO.value.value}),
    .harq_base_i({hwif_out.HARQ.HI.value.value, hwif_out.HARQ.LO.value.value}),
    .num_ops_i(hwif_out.NUM_OPS.count.value), .ops_done_o(ops_done),
    .dp_rst_no, .dp_ready_i, .dp_start_o, .dp_desc_o, .dp_cycle_o, .dp_in_valid_o, .dp_in_ready_i,
    .dp_in_data_o, .dp_out_valid_i, .dp_out_ready_o, .dp_out_data_i, .dp_done_i, .dp_status_i,
    .dp_error_code_i, .dp_iterations_i, .dp_out_len_i, .dp_hin_valid_o, .dp_hin_ready_i, .dp_hin_data_o,
    .dp_hout_valid_i, .dp_hout_ready_o, .dp_hout_data_i, .dp_harq_out_len_i, .m_axi_ctrl_awvalid,
    .m_axi_ctrl_awready, .m_axi_ctrl_awaddr, .m_axi_ctrl_awlen, .m_axi_ctrl_awsize, .m_axi_ctrl_awburst,
    .m_axi_ctrl_wvalid, .m_axi_ctrl_wready, .m_axi_ctrl_wdata, .m_axi_ctrl_wstrb, .m_axi_ctrl_wlast,
    .m_axi_ctrl_bvalid, .m_axi_ctrl_bready, .m_axi_ctrl_bresp, .m_axi_ctrl_arvalid, .m_axi_ctrl_arready,
    .m_axi_ctrl_araddr, .m_axi_ctrl_arlen, .m_axi_ctrl_arsize, .m_axi_ctrl_arburst, .m_axi_ctrl_rvalid,
    .m_axi_ctrl_rready, .m_axi_ctrl_rdata, .m_axi_ctrl_rresp, .m_axi_ctrl_rlast,
    .m_axi_data_awvalid, .m_axi_data_awready, .m_axi_data_awaddr, .m_axi_data_awlen, .m_axi_data_awsize,
    .m_axi_data_awburst, .m_axi_data_wvalid, .m_axi_data_wready, .m_axi_data_wdata, .m_axi_data_wstrb,
    .m_axi_data_wlast, .m_axi_data_bvalid, .m_axi_data_bready, .m_axi_data_bresp, .m_axi_data_arvalid,
    .m_axi_data_arready, .m_axi_data_araddr, .m_axi_data_arlen, .m_axi_data_arsize, .m_axi_data_arburst,
    .m_axi_data_rvalid, .m_axi_data_rready, .m_axi_data_rdata, .m_axi_data_rresp, .m_axi_data_rlast,
    .m_axi_harq_awvalid, .m_axi_harq_awready, .m_axi_harq_awaddr, .m_axi_harq_awlen,
    .m_axi_harq_awsize, .m_axi_harq_awburst, .m_axi_harq_wvalid, .m_axi_harq_wready, .m_axi_harq_wdata,
    .m_axi_harq_wstrb, .m_axi_harq_wlast, .m_axi_harq_bvalid, .m_axi_harq_bready, .m_axi_harq_bresp,
    .m_axi_harq_arvalid, .m_axi_harq_arready, .m_axi_harq_araddr, .m_axi_harq_arlen, .m_axi_harq_arsize,
    .m_axi_harq_arburst, .m_axi_harq_rvalid, .m_axi_harq_rready, .m_axi_harq_rdata, .m_axi_harq_rresp,
    .m_axi_harq_rlast
  );
endmodule

`default_nettype wire
