// SPDX-License-Identifier: Apache-2.0
// The sim device's platform without a kernel core (issue 7 pending): device memory, the
// identity and CAPS reads, argument writes and the ap_ctrl start/done protocol through the
// Verilated control block's AXI4-Lite port. The kernel-side events are pulsed by the test
// where a core would raise them; with nobody to take ap_start, the wait times out.
#include <gtest/gtest.h>

#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/common/error.h"
#include "bbkit/runtime/platform.h"
#include "bbkit/runtime/random_ops.h"
#include "sim_device.h"
#include "verilated_ctrl_port.h"

namespace bbkit::runtime {
namespace {

using namespace std::chrono_literals;

TEST(SimPlatform, DeviceMemoryAllocatesAlignedAndRefusesOutsideAccess) {
  DeviceMemory mem(1 << 16);
  const std::uint64_t a = mem.alloc(100), b = mem.alloc(10, 4096);
  EXPECT_NE(a, 0u);
  EXPECT_EQ(a % 64, 0u);
  EXPECT_EQ(b % 4096, 0u);
  EXPECT_GE(b, a + 100);
  const std::uint32_t v = 0x12345678;
  mem.write(a, &v, 4);
  std::uint32_t back = 0;
  mem.read(a, &back, 4);
  EXPECT_EQ(back, v);
  EXPECT_THROW(mem.read(mem.size() - 2, &back, 4), DeviceError);
  EXPECT_THROW(mem.write(~0ull, &v, 4), DeviceError);
  EXPECT_THROW(mem.alloc(1 << 17), DeviceError);
  mem.free_all();
  EXPECT_EQ(mem.alloc(100), a);
}

class SimDecoderControl : public ::testing::Test {
 protected:
  VerilatedDecCtrl port_{SimBuildInfo{0, 1, 0, 0xC0FFEE11, false}};
  ApCtrlKernel kernel_{card::kLdpcDec, port_, "sim bbkit_ldpc_dec"};
};

TEST_F(SimDecoderControl, IdentityAndCapabilitiesThroughAxiLite) {
  const card::Identity id = kernel_.check_identity();
  EXPECT_EQ(id.kernel_id, card::kLdpcDec.kernel_id);
  EXPECT_EQ(id.contract_major, card::kContractMajor);
  EXPECT_EQ(id.kit_minor, 1u);
  EXPECT_EQ(id.git_hash, 0xC0FFEE11u);
  ApCtrlKernel as_encoder(card::kLdpcEnc, port_, "sim slot 0");
  EXPECT_THROW(as_encoder.check_identity(), card::IdentityError) << "a decoder is not an encoder";
  Capabilities caps;
  kernel_.read_caps(caps);
  EXPECT_EQ(caps.max_zc, 384);
  EXPECT_EQ(caps.max_iterations, 32);
  EXPECT_EQ(caps.llr_width, 8);
  EXPECT_EQ(caps.llr_frac, 2);
  EXPECT_FALSE(caps.harq);
}

TEST_F(SimDecoderControl, StartWritesEveryArgumentAndRaisesApStart) {
  BatchArgs args;
  args.desc = 0x1'2345'6000;
  args.cmpl = 0x2000;
  args.data = 0x3'0000'0040;
  args.harq = 0x4000;
  args.num_ops = 17;
  EXPECT_FALSE(port_.ap_start());
  kernel_.start(args);
  EXPECT_TRUE(port_.ap_start());
  EXPECT_EQ(port_.desc(), args.desc);
  EXPECT_EQ(port_.cmpl(), args.cmpl);
  EXPECT_EQ(port_.data(), args.data);
  EXPECT_EQ(port_.num_ops(), 17u);
  // No core takes the start: the platform waits until the deadline and says no.
  EXPECT_FALSE(kernel_.wait_done(std::chrono::steady_clock::now() + 20ms));
  EXPECT_THROW(kernel_.start(args), DeviceError) << "a second start while ap_start is pending";
}

TEST_F(SimDecoderControl, StartDoneHandshakeAsACoreWouldDriveIt) {
  BatchArgs args;
  args.num_ops = 3;
  kernel_.start(args);
  port_.pulse_start_taken();  // the core samples the arguments
  EXPECT_FALSE(port_.ap_start()) << "ap_start clears when the core takes it";
  EXPECT_FALSE(kernel_.ctrl() & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_IDLE_bm) << "busy";
  port_.pulse_done(3);
  EXPECT_TRUE(kernel_.wait_done(std::chrono::steady_clock::now() + 1s));
  const std::uint32_t ctrl = kernel_.ctrl();
  EXPECT_FALSE(ctrl & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_DONE_bm) << "ap_done clears on read";
  EXPECT_TRUE(ctrl & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_IDLE_bm);
  EXPECT_EQ(port_.read(offsetof(bbkit_ldpc_dec_t, OPS_DONE)), 3u);
  EXPECT_NO_THROW(kernel_.start(args)) << "idle again: the next batch may start";
}

// The sim device's whole host path on the control block alone: identity and CAPS at open,
// descriptors and payload into device memory, arguments and ap_start over AXI4-Lite. With no
// core to take the start, decode ops time out; ops of a kernel the platform lacks are refused.
TEST(SimPlatformDevice, EverythingUpToTheKernelRunsAndANoCoreBatchTimesOut) {
  std::vector<SimKernelSlot> slots;
  slots.push_back({&card::kLdpcDec, std::make_unique<VerilatedDecCtrl>(SimBuildInfo{0, 1, 0, 1, false})});
  DeviceOptions o;
  o.op_timeout = std::chrono::milliseconds(10);
  auto dev = open_sim_platform_device("sim-control-block-only", o, std::move(slots));
  const Capabilities& caps = dev->capabilities();
  EXPECT_TRUE(caps.supports(card::OpType::LdpcDec));
  EXPECT_FALSE(caps.supports(card::OpType::LdpcEnc));
  EXPECT_EQ(caps.max_iterations, 32) << "from CAPS0 over AXI4-Lite";
  RandomOpsConfig cfg;
  cfg.count = 4;  // decode, encode, decode, encode
  cfg.zc = 16;
  const auto ops = make_random_ldpc_ops(cfg, *dev);
  ASSERT_EQ(dev->queue(0).enqueue(ops), ops.size());
  std::vector<Completion> done;
  while (done.size() < ops.size()) {
    auto got = dev->queue(0).dequeue_wait(ops.size(), std::chrono::seconds(10));
    ASSERT_FALSE(got.empty());
    done.insert(done.end(), got.begin(), got.end());
  }
  for (std::size_t i = 0; i < done.size(); ++i) {
    EXPECT_EQ(done[i].user_tag, i);
    EXPECT_EQ(done[i].status, OpStatus::Error);
    EXPECT_EQ(done[i].error_code, i % 2 == 0 ? ErrorCode::Timeout : ErrorCode::BadOpType) << done[i].error;
  }
}

TEST(SimPlatformDevice, AKernelThatIsNotWhatItClaimsIsRefusedAtOpen) {
  std::vector<SimKernelSlot> slots;  // the decoder's control block in the encoder's slot
  slots.push_back({&card::kLdpcEnc, std::make_unique<VerilatedDecCtrl>(SimBuildInfo{})});
  try {
    open_sim_platform_device("sim", {}, std::move(slots));
    FAIL();
  } catch (const DeviceError& e) {
    EXPECT_NE(std::string(e.what()).find("bbkit_ldpc_enc"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace bbkit::runtime
