// SPDX-License-Identifier: Apache-2.0
// The Verilated LDPC kernels (rtl/ldpc/bbkit_ldpc_{dec,enc}_kernel.sv, the RTL a card runs) as
// control ports of the sim platform: register access through the harness's AXI4-Lite master,
// the kernel clock, and the kernel's AXI4 masters served from the platform's memory by the
// harness's AXI4 memory slave model (sim/verilator/include/bbkit/sim/axi.h).
#pragma once

#include <memory>

#include "bbkit/runtime/platform.h"
#include "bbkit/sim/axi.h"

namespace bbkit::runtime {

/// The decoder kernel (Zmax = 384); its m_axi_ctrl, m_axi_data and m_axi_harq read and write `memory`.
std::unique_ptr<ControlPort> make_verilated_ldpc_dec_kernel(sim::AxiMemory& memory);
/// The encoder kernel (Zmax = 384); its m_axi_ctrl and m_axi_data read and write `memory`.
std::unique_ptr<ControlPort> make_verilated_ldpc_enc_kernel(sim::AxiMemory& memory);

}  // namespace bbkit::runtime
