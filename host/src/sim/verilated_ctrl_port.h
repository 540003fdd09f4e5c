// SPDX-License-Identifier: Apache-2.0
// The decoder's Verilated control block (bbkit_sim_ldpc_dec_ctrl.sv) as the platform's
// ControlPort: an AXI4-Lite master, the clock, and the kernel-side pins for whatever drives
// the kernel's events (the Verilated core when issue 7 lands; tests until then).
#pragma once

#include <cstdint>
#include <memory>

#include "bbkit/runtime/platform.h"

class Vbbkit_sim_ldpc_dec_ctrl;
class VerilatedContext;

namespace bbkit::runtime {

/// What the identity block reports (the wrapper's pins).
struct SimBuildInfo {
  std::uint32_t kit_major = 0, kit_minor = 0, kit_patch = 0;
  std::uint32_t git_hash = 0;
  bool dirty = false;
};

class VerilatedDecCtrl final : public ControlPort {
 public:
  explicit VerilatedDecCtrl(const SimBuildInfo& build);
  ~VerilatedDecCtrl() override;
  std::uint32_t read(std::uint32_t offset) override;
  void write(std::uint32_t offset, std::uint32_t value) override;
  void step(std::uint64_t cycles) override;
  std::uint64_t cycle() const override { return cycle_; }

  /// Kernel-side view: what a core samples, and the events it raises for one cycle.
  bool ap_start() const;
  std::uint64_t desc() const;
  std::uint64_t cmpl() const;
  std::uint64_t data() const;
  std::uint32_t num_ops() const;
  void pulse_start_taken();  ///< ap_start_clr + ap_ready for one cycle, busy from now
  void pulse_done(std::uint32_t ops_done);  ///< ap_done for one cycle, idle again

 private:
  void tick();
  std::unique_ptr<VerilatedContext> context_;
  std::unique_ptr<Vbbkit_sim_ldpc_dec_ctrl> dut_;
  std::uint64_t cycle_ = 0;
};

}  // namespace bbkit::runtime
