// SPDX-License-Identifier: Apache-2.0
// The hand logic every bbkit kernel shell shares, with plain ports: the ap_ctrl_hs events of
// docs/card-contract.md ("ap_ctrl: what SystemRDL says and what the wrapper does") between the
// generated register block and the batch engine, the interrupt, and the batch engine itself
// (descriptors, payload and, with Harq, HARQ traffic; bbkit_batch_engine). A kernel's shell
// (rtl/ldpc/bbkit_ldpc_<x>_shell.sv) is then only its register block and the tie-offs of its
// fields (CAPS, ID) to this module.
`default_nettype none
`include "bbkit_axi_ports.svh"
`include "bbkit_dp_ports.svh"

module bbkit_kernel_ctrl
  import bbkit_desc_pkg::*;
#(
  parameter int unsigned OpType = 1,                      // the op_type the kernel executes: 1..255
  parameter int unsigned WatchdogCycles = 32'h0100_0000,  // per-op watchdog, cycles: 16..2^32-1
  parameter bit          Harq = 1'b0                      // HARQ streams on m_axi_harq (decoder)
) (
  input  wire          clk_i,
  input  wire          rst_ni,
  /* verilator lint_off SYMRSVDWORD */  // Vitis names the interrupt pin 'interrupt'
  output logic         interrupt,
  /* verilator lint_on SYMRSVDWORD */
  // ap_ctrl fields of the register block: values read, hardware updates driven
  input  wire          ap_start_i,        // CTRL.ap_start
  input  wire          auto_restart_i,    // CTRL.auto_restart
  input  wire          ap_done_i,         // CTRL.ap_done (clear on read)
  input  wire          ap_ready_i,        // CTRL.ap_ready (clear on read)
  input  wire          gie_i,             // GIE.enable
  input  wire          ier_done_i,        // IER.done
  input  wire          ier_ready_i,       // IER.ready
  input  wire          isr_done_i,        // ISR.done
  input  wire          isr_ready_i,       // ISR.ready
  output logic         ap_start_hwclr_o,  // CTRL.ap_start.hwclr
  output logic         ap_done_hwset_o,   // CTRL.ap_done.hwset
  output logic         ap_ready_hwset_o,  // CTRL.ap_ready.hwset
  output logic         ap_idle_o,         // CTRL.ap_idle.next
  output logic         isr_done_hwset_o,  // ISR.done.hwset
  output logic         isr_ready_hwset_o, // ISR.ready.hwset
  // arguments and the op counter
  input  wire  [63:0]  desc_base_i,
  input  wire  [63:0]  cmpl_base_i,
  input  wire  [63:0]  data_base_i,
  input  wire  [63:0]  harq_base_i,       // Harq only
  input  wire  [31:0]  num_ops_i,
  output logic [31:0]  ops_done_o,
  // the datapath (one op at a time)
  `BBKIT_DP_PORTS,
  // the datapath's HARQ streams (Harq only; idle otherwise)
  `BBKIT_DP_HARQ_PORTS,
  // m_axi_ctrl: descriptor reads, completion writes
  `BBKIT_AXI_M_PORTS(m_axi_ctrl),
  // m_axi_data: payload reads and writes
  `BBKIT_AXI_M_PORTS(m_axi_data),
  // m_axi_harq: HARQ reads and writes (Harq only; idle otherwise)
  `BBKIT_AXI_M_PORTS(m_axi_harq)
);
  logic start_ack, done;

  // ap_ctrl_hs events. The register block lets a software access in the same cycle win over a
  // hardware set (a read clears ap_done/ap_ready, a write toggles ISR), so each event is held
  // until its bit reads back 1: an event is never lost to a coinciding poll.
  logic done_set_q, ready_set_q, isr_done_set_q, isr_ready_set_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      done_set_q      <= 1'b0;
      ready_set_q     <= 1'b0;
      isr_done_set_q  <= 1'b0;
      isr_ready_set_q <= 1'b0;
    end else begin
      done_set_q      <= done | (done_set_q & !ap_done_i);
      ready_set_q     <= start_ack | (ready_set_q & !ap_ready_i);
      isr_done_set_q  <= (done & ier_done_i) | (isr_done_set_q & !isr_done_i);
      isr_ready_set_q <= (start_ack & ier_ready_i) | (isr_ready_set_q & !isr_ready_i);
    end
  end
  assign ap_start_hwclr_o  = start_ack;
  assign ap_done_hwset_o   = done_set_q;
  assign ap_ready_hwset_o  = ready_set_q;
  assign isr_done_hwset_o  = isr_done_set_q;
  assign isr_ready_hwset_o = isr_ready_set_q;
  assign interrupt = gie_i & (isr_done_i | isr_ready_i);

  bbkit_batch_engine #(.OpType(OpType), .WatchdogCycles(WatchdogCycles), .Harq(Harq)) u_engine (
    .clk_i, .rst_ni,
    .ap_start_i, .auto_restart_i, .ap_start_ack_o(start_ack), .ap_done_o(done), .ap_idle_o,
    .desc_base_i, .cmpl_base_i, .data_base_i, .harq_base_i, .num_ops_i, .ops_done_o,
    `BBKIT_DP_PASS, `BBKIT_DP_HARQ_PASS,
    `BBKIT_AXI_M_CONNECT(m_axi_ctrl, m_axi_ctrl),
    `BBKIT_AXI_M_CONNECT(m_axi_data, m_axi_data),
    `BBKIT_AXI_M_CONNECT(m_axi_harq, m_axi_harq)
  );
endmodule

`default_nettype wire
