// SPDX-License-Identifier: Apache-2.0
// The encoder kernel's shell: the generated register block (bbkit_ldpc_enc_regs) behind
// s_axi_control and its tie-offs (CAPS, ID); the ap_ctrl hand logic and the batch engine on
// m_axi_ctrl and m_axi_data are bbkit_kernel_ctrl, shared by every kernel. The datapath
// port is brought out (dp_*); bbkit_ldpc_enc_kernel puts the encoder datapath behind it.
`default_nettype none
`include "bbkit_axi_ports.svh"
`include "bbkit_dp_ports.svh"

module bbkit_ldpc_enc_shell
  import bbkit_desc_pkg::*;
  import bbkit_ldpc_enc_regs_pkg::*;
#(
  parameter int unsigned Zmax = 384,            // CAPS0.zmax: 2..384
  parameter int unsigned Parallelism = 1,       // CAPS0.parallelism: 1..255
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
  // the datapath (docs/card-contract.md, "Datapath interface")
  `BBKIT_DP_PORTS
);

`ifndef SYNTHESIS
  initial begin
    assert (Zmax >= 2 && Zmax <= 384) else $fatal(1, "Zmax out of range 2..384");
    assert (Parallelism >= 1 && Parallelism <= 255) else $fatal(1, "Parallelism out of range 1..255");
    assert (KitMajor <= 255 && KitMinor <= 255 && KitPatch <= 255) else $fatal(1, "KitMajor/Minor/Patch: 0..255");
  end
`endif

  bbkit_ldpc_enc__in_t  hwif_in;
  bbkit_ldpc_enc__out_t hwif_out;
  logic [31:0] ops_done;

  always_comb begin
    hwif_in.CAPS0.zmax.next             = 9'(Zmax);
    hwif_in.CAPS0.parallelism.next      = 8'(Parallelism);
    hwif_in.CAPS1.crc.next              = Crc;
    hwif_in.CAPS1.lbrm.next             = Lbrm;
    hwif_in.id.KIT_VERSION.major.next   = 8'(KitMajor);
    hwif_in.id.KIT_VERSION.minor.next   = 8'(KitMinor);
    hwif_in.id.KIT_VERSION.patch.next   = 8'(KitPatch);
    hwif_in.id.GIT_HASH.value.next      = GitHash;
    hwif_in.id.BUILD_FLAGS.dirty.next   = Dirty;
    hwif_in.OPS_DONE.count.next         = ops_done;
  end

  bbkit_ldpc_enc_regs u_regs (
    .clk(ap_clk), .rst(!ap_rst_n),
    `BBKIT_AXIL_S_CONNECT(s_axil, s_axi_control), .s_axil_awprot(3'b000), .s_axil_arprot(3'b000),
    .hwif_in, .hwif_out
  );

  // The encoder has no HARQ memory: bbkit_kernel_ctrl without Harq keeps these idle, and m_axi_harq
  // ends here (its subordinate side tied off).
  logic         dp_hin_valid_o, dp_hout_ready_o;
  logic [511:0] dp_hin_data_o;
  `BBKIT_AXI_M_SIGNALS(m_axi_harq)
  assign {`BBKIT_AXI_M_INPUTS(m_axi_harq)} = '0;
  logic unused_harq;
  assign unused_harq = ^{dp_hin_valid_o, dp_hout_ready_o, dp_hin_data_o, `BBKIT_AXI_M_OUTPUTS(m_axi_harq)};

  bbkit_kernel_ctrl #(.OpType(int'(OP_TYPE_LDPC_ENC)), .WatchdogCycles(WatchdogCycles), .Harq(1'b0)) u_ctrl (
    .clk_i(ap_clk), .rst_ni(ap_rst_n), .interrupt,
    `BBKIT_KERNEL_CTRL_REGS_CONNECT(hwif_out, hwif_in),
    .harq_base_i(64'd0), .ops_done_o(ops_done),
    `BBKIT_DP_PASS,
    .dp_hin_valid_o, .dp_hin_ready_i(1'b0), .dp_hin_data_o,
    .dp_hout_valid_i(1'b0), .dp_hout_ready_o, .dp_hout_data_i('0), .dp_harq_out_len_i('0),
    `BBKIT_AXI_M_CONNECT(m_axi_ctrl, m_axi_ctrl),
    `BBKIT_AXI_M_CONNECT(m_axi_data, m_axi_data),
    `BBKIT_AXI_M_CONNECT(m_axi_harq, m_axi_harq)
  );
endmodule

`default_nettype wire
