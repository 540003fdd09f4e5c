// SPDX-License-Identifier: Apache-2.0
#include "verilated_kernel.h"

#include <verilated.h>

#include <optional>

#include "Vbbkit_ldpc_dec_kernel.h"
#include "Vbbkit_ldpc_enc_kernel.h"

namespace bbkit::runtime {
namespace {

// One Verilated kernel with its agents. Memory timing is immediate (no latency, no
// back-pressure): the kernel's own cycles are what the platform reports.
template <class Model, bool HasHarqPort>
class VerilatedKernel final : public ControlPort {
 public:
  explicit VerilatedKernel(sim::AxiMemory& memory)
      : context_(std::make_unique<VerilatedContext>()),
        model_(std::make_unique<Model>(context_.get(), "kernel")),
        loop_([this](int clk) {
          model_->ap_clk = static_cast<CData>(clk);
          model_->eval();
        }),
        ctrl_("m_axi_ctrl", BBKIT_AXI4_PINS(*model_, m_axi_ctrl), memory),
        data_("m_axi_data", BBKIT_AXI4_PINS(*model_, m_axi_data), memory),
        lite_(BBKIT_AXIL_PINS(*model_, s_axi_control), loop_) {
    loop_.add(ctrl_);
    loop_.add(data_);
    if constexpr (HasHarqPort) {  // the decoder's HARQ traffic (CAPS1.harq = 1)
      harq_.emplace("m_axi_harq", BBKIT_AXI4_PINS(*model_, m_axi_harq), memory);
      loop_.add(*harq_);
    }
    model_->ap_rst_n = 0;
    loop_.run(8);
    model_->ap_rst_n = 1;
    loop_.run(2);
  }
  ~VerilatedKernel() override { model_->final(); }

  std::uint32_t read(std::uint32_t offset) override {
    try {
      return lite_.read(offset);
    } catch (const sim::AxiLiteError& e) {
      throw DeviceError(std::string("sim: ") + e.what());
    }
  }
  void write(std::uint32_t offset, std::uint32_t value) override {
    try {
      lite_.write(offset, value);
    } catch (const sim::AxiLiteError& e) {
      throw DeviceError(std::string("sim: ") + e.what());
    }
  }
  void step(std::uint64_t cycles) override { loop_.run(cycles); }
  std::uint64_t cycle() const override { return loop_.cycle(); }

 private:
  std::unique_ptr<VerilatedContext> context_;
  std::unique_ptr<Model> model_;
  sim::ClockLoop loop_;
  sim::Axi4MemorySlave ctrl_, data_;
  sim::AxiLiteMaster lite_;
  std::optional<sim::Axi4MemorySlave> harq_;
};

}  // namespace

std::unique_ptr<ControlPort> make_verilated_ldpc_dec_kernel(sim::AxiMemory& memory) {
  return std::make_unique<VerilatedKernel<Vbbkit_ldpc_dec_kernel, true>>(memory);
}

std::unique_ptr<ControlPort> make_verilated_ldpc_enc_kernel(sim::AxiMemory& memory) {
  return std::make_unique<VerilatedKernel<Vbbkit_ldpc_enc_kernel, false>>(memory);
}

}  // namespace bbkit::runtime
