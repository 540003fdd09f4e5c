// SPDX-License-Identifier: Apache-2.0
#include "verilated_ctrl_port.h"

#include <verilated.h>

#include "Vbbkit_sim_ldpc_dec_ctrl.h"

namespace bbkit::runtime {

namespace {
constexpr int kAxiTimeoutCycles = 64;  // the register block answers in 1-2 cycles
}

VerilatedDecCtrl::VerilatedDecCtrl(const SimBuildInfo& build)
    : context_(std::make_unique<VerilatedContext>()), dut_(std::make_unique<Vbbkit_sim_ldpc_dec_ctrl>(context_.get())) {
  dut_->kit_version_i = (build.kit_major & 0xFF) << 16 | (build.kit_minor & 0xFF) << 8 | (build.kit_patch & 0xFF);
  dut_->git_hash_i = build.git_hash;
  dut_->dirty_i = build.dirty;
  dut_->ap_idle_i = 1;
  dut_->rst = 1;
  tick();
  tick();
  dut_->rst = 0;
  tick();
}

VerilatedDecCtrl::~VerilatedDecCtrl() { dut_->final(); }

void VerilatedDecCtrl::tick() {
  dut_->clk = 0;
  dut_->eval();
  dut_->clk = 1;
  dut_->eval();
  ++cycle_;
}

void VerilatedDecCtrl::step(std::uint64_t cycles) {
  for (std::uint64_t i = 0; i < cycles; ++i) tick();
}

void VerilatedDecCtrl::write(std::uint32_t offset, std::uint32_t value) {
  dut_->s_axil_awvalid = 1;
  dut_->s_axil_awaddr = offset;
  dut_->s_axil_wvalid = 1;
  dut_->s_axil_wdata = value;
  dut_->s_axil_wstrb = 0xF;
  dut_->s_axil_bready = 1;
  for (int i = 0; i < kAxiTimeoutCycles; ++i) {
    dut_->clk = 0;
    dut_->eval();
    const bool aw = dut_->s_axil_awvalid && dut_->s_axil_awready;
    const bool w = dut_->s_axil_wvalid && dut_->s_axil_wready;
    const bool b = dut_->s_axil_bvalid;
    const unsigned resp = dut_->s_axil_bresp;
    dut_->clk = 1;
    dut_->eval();
    ++cycle_;
    if (aw) dut_->s_axil_awvalid = 0;
    if (w) dut_->s_axil_wvalid = 0;
    if (b) {
      dut_->s_axil_bready = 0;
      if (resp != 0)
        throw DeviceError("sim: AXI4-Lite write to 0x" + std::to_string(offset) + " answered BRESP " +
                          std::to_string(resp));
      return;
    }
  }
  throw DeviceError("sim: AXI4-Lite write to offset " + std::to_string(offset) + " got no response");
}

std::uint32_t VerilatedDecCtrl::read(std::uint32_t offset) {
  dut_->s_axil_arvalid = 1;
  dut_->s_axil_araddr = offset;
  dut_->s_axil_rready = 1;
  for (int i = 0; i < kAxiTimeoutCycles; ++i) {
    dut_->clk = 0;
    dut_->eval();
    const bool ar = dut_->s_axil_arvalid && dut_->s_axil_arready;
    const bool r = dut_->s_axil_rvalid;
    const std::uint32_t data = dut_->s_axil_rdata;
    const unsigned resp = dut_->s_axil_rresp;
    dut_->clk = 1;
    dut_->eval();
    ++cycle_;
    if (ar) dut_->s_axil_arvalid = 0;
    if (r) {
      dut_->s_axil_rready = 0;
      if (resp != 0)
        throw DeviceError("sim: AXI4-Lite read of offset " + std::to_string(offset) + " answered RRESP " +
                          std::to_string(resp));
      return data;
    }
  }
  throw DeviceError("sim: AXI4-Lite read of offset " + std::to_string(offset) + " got no response");
}

bool VerilatedDecCtrl::ap_start() const { return dut_->ap_start_o; }
std::uint64_t VerilatedDecCtrl::desc() const { return dut_->desc_o; }
std::uint64_t VerilatedDecCtrl::cmpl() const { return dut_->cmpl_o; }
std::uint64_t VerilatedDecCtrl::data() const { return dut_->data_o; }
std::uint32_t VerilatedDecCtrl::num_ops() const { return dut_->num_ops_o; }

void VerilatedDecCtrl::pulse_start_taken() {
  dut_->ap_start_clr_i = 1;
  dut_->ap_ready_set_i = 1;
  dut_->ap_idle_i = 0;
  tick();
  dut_->ap_start_clr_i = 0;
  dut_->ap_ready_set_i = 0;
}

void VerilatedDecCtrl::pulse_done(std::uint32_t ops_done) {
  dut_->ops_done_i = ops_done;
  dut_->ap_done_set_i = 1;
  tick();
  dut_->ap_done_set_i = 0;
  dut_->ap_idle_i = 1;
  tick();
}

}  // namespace bbkit::runtime
