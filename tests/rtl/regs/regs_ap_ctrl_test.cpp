// SPDX-License-Identifier: Apache-2.0
// The generated decoder register block (rtl/regs/generated, Verilated) behaves as the Vitis
// ap_ctrl_hs interface and the register map say: ap_start set-on-write and cleared by the
// kernel, ap_done/ap_ready clear-on-read, ISR toggle-on-write, identity constants, 64-bit
// arguments in lo/hi words. Register offsets and masks come from the generated C header.
#include <gtest/gtest.h>

#include <memory>

#include "Vbbkit_ldpc_dec_regs_tb.h"
#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/kernels.h"

namespace bbkit::card {
namespace {

class RegsBench : public testing::Test {
 protected:
  void SetUp() override {
    dut_->rst = 1;
    dut_->ap_idle_i = 1;
    dut_->kit_version_i = 0x000102;
    dut_->git_hash_i = 0xdeadbeef;
    tick();
    tick();
    dut_->rst = 0;
    tick();
  }
  void tick() {
    dut_->clk = 0;
    dut_->eval();
    dut_->clk = 1;
    dut_->eval();
  }
  /// One AXI4-Lite write; returns BRESP.
  unsigned write(std::uint32_t addr, std::uint32_t data) {
    dut_->s_axil_awvalid = 1;
    dut_->s_axil_awaddr = addr;
    dut_->s_axil_wvalid = 1;
    dut_->s_axil_wdata = data;
    dut_->s_axil_wstrb = 0xF;
    dut_->s_axil_bready = 1;
    for (int cycle = 0; cycle < 20; ++cycle) {
      dut_->clk = 0;
      dut_->eval();
      const bool aw = dut_->s_axil_awvalid && dut_->s_axil_awready;
      const bool w = dut_->s_axil_wvalid && dut_->s_axil_wready;
      const bool b = dut_->s_axil_bvalid;
      const unsigned resp = dut_->s_axil_bresp;
      dut_->clk = 1;
      dut_->eval();
      if (aw) dut_->s_axil_awvalid = 0;
      if (w) dut_->s_axil_wvalid = 0;
      if (b) {
        dut_->s_axil_bready = 0;
        return resp;
      }
    }
    ADD_FAILURE() << "write to " << addr << " got no response";
    return 3;
  }
  /// One AXI4-Lite read.
  std::uint32_t read(std::uint32_t addr) {
    dut_->s_axil_arvalid = 1;
    dut_->s_axil_araddr = addr;
    dut_->s_axil_rready = 1;
    for (int cycle = 0; cycle < 20; ++cycle) {
      dut_->clk = 0;
      dut_->eval();
      const bool ar = dut_->s_axil_arvalid && dut_->s_axil_arready;
      const bool r = dut_->s_axil_rvalid;
      const std::uint32_t data = dut_->s_axil_rdata;
      EXPECT_EQ(r ? dut_->s_axil_rresp : 0u, 0u) << "read of " << addr;
      dut_->clk = 1;
      dut_->eval();
      if (ar) dut_->s_axil_arvalid = 0;
      if (r) {
        dut_->s_axil_rready = 0;
        return data;
      }
    }
    ADD_FAILURE() << "read of " << addr << " got no response";
    return 0;
  }
  /// Holds a kernel-side event input high for one clock.
  void pulse(CData& event) {
    event = 1;
    tick();
    event = 0;
  }

  static constexpr std::uint32_t kCtrl = offsetof(bbkit_ldpc_dec_t, ap_ctrl) + offsetof(bbkit_ldpc_dec__ap_ctrl_t, CTRL);
  static constexpr std::uint32_t kIer = offsetof(bbkit_ldpc_dec_t, ap_ctrl) + offsetof(bbkit_ldpc_dec__ap_ctrl_t, IER);
  static constexpr std::uint32_t kIsr = offsetof(bbkit_ldpc_dec_t, ap_ctrl) + offsetof(bbkit_ldpc_dec__ap_ctrl_t, ISR);
  std::unique_ptr<Vbbkit_ldpc_dec_regs_tb> dut_ = std::make_unique<Vbbkit_ldpc_dec_regs_tb>();
};

TEST_F(RegsBench, IdentityBlockReadsTheContract) {
  EXPECT_EQ(read(kIdOffset + kIdRegMagic), kIdMagicValue);
  EXPECT_EQ(read(kIdOffset + kIdRegContract), kContractMajor << 16 | kContractMinor);
  EXPECT_EQ(read(kIdOffset + kIdRegKernel), kLdpcDec.kernel_id);
  EXPECT_EQ(read(kIdOffset + kIdRegKitVersion), 0x000102u);
  EXPECT_EQ(read(kIdOffset + kIdRegGitHash), 0xdeadbeefu);
  EXPECT_EQ(write(kIdOffset + kIdRegScratch, 0x5a5aa5a5), 0u);
  EXPECT_EQ(read(kIdOffset + kIdRegScratch), 0x5a5aa5a5u);
  EXPECT_EQ(write(kIdOffset + kIdRegMagic, 0), 0u);  // read-only: the write is dropped
  EXPECT_EQ(read(kIdOffset + kIdRegMagic), kIdMagicValue);
}

TEST_F(RegsBench, ArgumentsAre64BitInTwoWords) {
  const std::uint32_t desc = offsetof(bbkit_ldpc_dec_t, DESC);
  write(desc, 0x89abcdef);
  write(desc + 4, 0x01234567);
  EXPECT_EQ(dut_->desc_o, 0x0123456789abcdefull);
  EXPECT_EQ(read(desc), 0x89abcdefu);
  EXPECT_EQ(read(desc + 4), 0x01234567u);
  write(offsetof(bbkit_ldpc_dec_t, HARQ) + 4, 0x2);
  EXPECT_EQ(dut_->harq_o, 0x200000000ull);
  write(offsetof(bbkit_ldpc_dec_t, NUM_OPS), 17);
  EXPECT_EQ(dut_->num_ops_o, 17u);
  EXPECT_EQ(read(offsetof(bbkit_ldpc_dec_t, CAPS0)) & BBKIT_LDPC_DEC__CAPS0__ZMAX_bm, 384u);
  dut_->ops_done_i = 5;
  EXPECT_EQ(read(offsetof(bbkit_ldpc_dec_t, OPS_DONE)), 5u);
}

TEST_F(RegsBench, ApStartIsSetByTheHostAndClearedByTheKernel) {
  EXPECT_EQ(read(kCtrl), BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_IDLE_bm);
  write(kCtrl, BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_START_bm);
  EXPECT_EQ(dut_->ap_start_o, 1);
  write(kCtrl, 0);  // writing 0 does not clear it
  EXPECT_EQ(dut_->ap_start_o, 1);
  pulse(dut_->ap_start_clr_i);
  EXPECT_EQ(dut_->ap_start_o, 0);
  write(kCtrl, BBKIT_LDPC_DEC__AP_CTRL__CTRL__AUTO_RESTART_bm);
  EXPECT_EQ(dut_->auto_restart_o, 1);
  EXPECT_EQ(dut_->ap_start_o, 0);
}

TEST_F(RegsBench, ApDoneAndApReadyClearOnRead) {
  pulse(dut_->ap_done_set_i);
  pulse(dut_->ap_ready_set_i);
  const std::uint32_t both = BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_DONE_bm | BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_READY_bm;
  EXPECT_EQ(read(kCtrl) & both, both);
  EXPECT_EQ(read(kCtrl) & both, 0u);
}

TEST_F(RegsBench, IsrTogglesOnWrite) {
  write(kIer, 0x3);
  EXPECT_EQ(dut_->ier_o, 0x3);
  pulse(dut_->isr_done_set_i);
  EXPECT_EQ(read(kIsr), BBKIT_LDPC_DEC__AP_CTRL__ISR__DONE_bm);
  EXPECT_EQ(read(kIsr), BBKIT_LDPC_DEC__AP_CTRL__ISR__DONE_bm) << "ISR is not clear-on-read";
  write(kIsr, BBKIT_LDPC_DEC__AP_CTRL__ISR__DONE_bm);
  EXPECT_EQ(read(kIsr), 0u);
  write(kIsr, BBKIT_LDPC_DEC__AP_CTRL__ISR__DONE_bm);  // Vitis: toggle, so a second write sets
  EXPECT_EQ(read(kIsr), BBKIT_LDPC_DEC__AP_CTRL__ISR__DONE_bm);
}

TEST_F(RegsBench, UnmappedAddressesReadZero) {
  EXPECT_EQ(read(0x200), 0u);
  EXPECT_EQ(write(0x204, 1), 0u);
}

}  // namespace
}  // namespace bbkit::card
