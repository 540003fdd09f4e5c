// SPDX-License-Identifier: Apache-2.0
// File list of the kernel-shell logic every kernel shares: bbkit_kernel_ctrl (ap_ctrl, batch engine,
// AXI engines; paths relative to the repository root). Not standalone: the list that includes it
// (-f) names rtl/regs/generated/bbkit_desc_pkg.sv before it.
+incdir+rtl/common
rtl/common/bbkit_fifo.sv
rtl/common/bbkit_axi_rd.sv
rtl/common/bbkit_axi_wr.sv
rtl/common/bbkit_stream_wr.sv
rtl/common/bbkit_batch_engine.sv
rtl/common/bbkit_kernel_ctrl.sv
