// SPDX-License-Identifier: Apache-2.0
// The decoder kernel's shell: the generated register block (bbkit_ldpc_dec_regs) behind
// s_axi_control and its tie-offs (CAPS, ID); the ap_ctrl hand logic and the batch engine on
// m_axi_ctrl, m_axi_data and m_axi_harq are bbkit_kernel_ctrl, shared by every kernel. The datapath
// port is brought out (dp_*, with the decoder's HARQ streams dp_hin_* / dp_hout_*); bbkit_ldpc_dec_kernel puts the decoder datapath behind it; the shell bench puts a testbench datapath there.
`default_nettype none
`include "bbkit_axi_ports.svh"
`include "bbkit_dp_ports.svh"

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
  `BBKIT_AXIL_S_PORTS(s_axi_control),
  // AXI4 master m_axi_ctrl: descriptors and completion records
  `BBKIT_AXI_M_PORTS(m_axi_ctrl),
  // AXI4 master m_axi_data: payload
  `BBKIT_AXI_M_PORTS(m_axi_data),
  // AXI4 master m_axi_harq: HARQ combining memory (HQ_COMBINE_IN / OUT)
  `BBKIT_AXI_M_PORTS(m_axi_harq),
  // the datapath (docs/card-contract.md, "Datapath interface")
  `BBKIT_DP_PORTS,
  // the decode datapath's HARQ streams (bbkit_ldpc_dec_top)
  `BBKIT_DP_HARQ_PORTS
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
    `BBKIT_AXIL_S_CONNECT(s_axil, s_axi_control), .s_axil_awprot(3'b000), .s_axil_arprot(3'b000),
    .hwif_in, .hwif_out
  );

  bbkit_kernel_ctrl #(.OpType(int'(OP_TYPE_LDPC_DEC)), .WatchdogCycles(WatchdogCycles), .Harq(Harq)) u_ctrl (
    .clk_i(ap_clk), .rst_ni(ap_rst_n), .interrupt,
    `BBKIT_KERNEL_CTRL_REGS_CONNECT(hwif_out, hwif_in),
    .harq_base_i({hwif_out.HARQ.HI.value.value, hwif_out.HARQ.LO.value.value}), .ops_done_o(ops_done),
    `BBKIT_DP_PASS, `BBKIT_DP_HARQ_PASS,
    `BBKIT_AXI_M_CONNECT(m_axi_ctrl, m_axi_ctrl),
    `BBKIT_AXI_M_CONNECT(m_axi_data, m_axi_data),
    `BBKIT_AXI_M_CONNECT(m_axi_harq, m_axi_harq)
  );
endmodule

`default_nettype wire
