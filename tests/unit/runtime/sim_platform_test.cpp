// SPDX-License-Identifier: Apache-2.0
// The sim device's platform with the Verilated kernels (rtl/ldpc/bbkit_ldpc_{dec,enc}_kernel.sv):
// device memory, identity and CAPS over AXI4-Lite, the ap_ctrl handshake, a platform missing a
// kernel, and a kernel in the wrong slot. Results against the golden model are in the
// RuntimeDevices and RuntimeDpdkVectors tests, which run on every computing device (sim too).
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <string>

#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "bbkit/runtime/platform.h"
#include "bbkit/runtime/random_ops.h"
#include "sim_device.h"
#include "verilated_kernel.h"

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
  DeviceMemoryAxi axi(mem);  // what the kernels' AXI masters see: DECERR outside
  EXPECT_TRUE(axi.read(a, reinterpret_cast<std::uint8_t*>(&back), 4));
  EXPECT_FALSE(axi.write(mem.size() - 2, reinterpret_cast<const std::uint8_t*>(&v), 4));
  mem.free_all();
  EXPECT_EQ(mem.alloc(100), a);
}

class SimKernels : public ::testing::Test {
 protected:
  DeviceMemory mem_{1 << 20};
  DeviceMemoryAxi axi_{mem_};
};

TEST_F(SimKernels, IdentityAndCapabilitiesThroughAxiLite) {
  auto dec = make_verilated_ldpc_dec_kernel(axi_);
  ApCtrlKernel kernel(card::kLdpcDec, *dec, "sim bbkit_ldpc_dec");
  const card::Identity id = kernel.check_identity();
  EXPECT_EQ(id.kernel_id, card::kLdpcDec.kernel_id);
  EXPECT_EQ(id.contract_major, card::kContractMajor);
  EXPECT_EQ(id.contract_minor, card::kContractMinor);
  ApCtrlKernel as_encoder(card::kLdpcEnc, *dec, "sim slot 0");
  EXPECT_THROW(as_encoder.check_identity(), card::IdentityError) << "a decoder is not an encoder";
  Capabilities caps;
  kernel.read_caps(caps);
  EXPECT_EQ(caps.max_zc, 384);
  EXPECT_EQ(caps.max_iterations, 100);
  EXPECT_EQ(caps.llr_width, 8);
  EXPECT_EQ(caps.llr_frac, 2);
  EXPECT_TRUE(caps.harq);  // CAPS1.harq: the decoder kernel combines HARQ on m_axi_harq
  auto enc = make_verilated_ldpc_enc_kernel(axi_);
  EXPECT_EQ(ApCtrlKernel(card::kLdpcEnc, *enc, "sim bbkit_ldpc_enc").check_identity().kernel_id,
            card::kLdpcEnc.kernel_id);
}

TEST_F(SimKernels, EmptyBatchCompletesAndTheKernelIsIdleAgain) {
  auto dec = make_verilated_ldpc_dec_kernel(axi_);
  ApCtrlKernel kernel(card::kLdpcDec, *dec, "sim bbkit_ldpc_dec");
  BatchArgs args;
  args.desc = mem_.alloc(64);
  args.cmpl = mem_.alloc(64);
  kernel.start(args);
  EXPECT_TRUE(kernel.wait_done(std::chrono::steady_clock::now() + 5s));
  const std::uint32_t ctrl = kernel.ctrl();
  EXPECT_FALSE(ctrl & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_DONE_bm) << "ap_done clears on read";
  EXPECT_TRUE(ctrl & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_IDLE_bm);
  EXPECT_EQ(dec->read(offsetof(bbkit_ldpc_dec_t, OPS_DONE)), 0u);
  EXPECT_NO_THROW(kernel.start(args)) << "idle again: the next batch may start";
  EXPECT_TRUE(kernel.wait_done(std::chrono::steady_clock::now() + 5s));
}

TEST(SimDevice, OpensWithBothKernelsAndTheirLimits) {
  auto dev = open_device("sim");
  const Capabilities& caps = dev->capabilities();
  EXPECT_EQ(caps.device, "sim");
  EXPECT_TRUE(caps.supports(card::OpType::LdpcDec));
  EXPECT_TRUE(caps.supports(card::OpType::LdpcEnc));
  EXPECT_EQ(caps.max_zc, 384);
  EXPECT_EQ(caps.max_iterations, 100);
  EXPECT_TRUE(caps.computes);
  EXPECT_THROW(open_device("sim:1"), DeviceError);
}

// A platform with the decoder only reports only it, and its encode ops complete with BAD_OP_TYPE.
TEST(SimDevice, APlatformWithoutTheEncoderRefusesEncodeOps) {
  auto dev = open_sim_platform_device("sim-decoder-only", {}, [](sim::AxiMemory& m) {
    std::vector<SimKernelSlot> slots;
    slots.push_back({&card::kLdpcDec, make_verilated_ldpc_dec_kernel(m)});
    return slots;
  });
  EXPECT_TRUE(dev->capabilities().supports(card::OpType::LdpcDec));
  EXPECT_FALSE(dev->capabilities().supports(card::OpType::LdpcEnc));
  RandomOpsConfig cfg;
  cfg.count = 4;  // decode, encode, decode, encode
  cfg.zc = 16;
  const auto ops = make_random_ldpc_ops(cfg, *dev);
  ASSERT_EQ(dev->queue(0).enqueue(ops), ops.size());
  std::vector<Completion> done;
  while (done.size() < ops.size()) {
    auto got = dev->queue(0).dequeue_wait(ops.size(), std::chrono::seconds(30));
    ASSERT_FALSE(got.empty());
    done.insert(done.end(), got.begin(), got.end());
  }
  for (std::size_t i = 0; i < done.size(); ++i) {
    EXPECT_EQ(done[i].user_tag, i);
    if (i % 2 == 0) {
      EXPECT_NE(done[i].status, OpStatus::Error) << done[i].error;
      EXPECT_GT(done[i].cycles, 0u) << "the kernel reports its cycles";
    } else {
      EXPECT_EQ(done[i].error_code, ErrorCode::BadOpType) << done[i].error;
    }
  }
}

// The cross-device check, op by op: the same batch — valid decode/encode ops (some
// decodes failing at low SNR) and descriptors with every kind of error — gives identical
// completions (status, error code, iterations, out_len) and output bytes on cpu and sim.
TEST(SimDevice, SameCompletionsAndOutputsAsCpuIncludingDescriptorErrors) {
  using Edit = void (*)(card::LdpcDesc&);
  const Edit edits[] = {
      [](card::LdpcDesc& d) { d.op_type = 0; },
      [](card::LdpcDesc& d) { d.basegraph = 3; },
      [](card::LdpcDesc& d) { d.z_c = 17; },
      [](card::LdpcDesc& d) { d.z_c = 416; },
      [](card::LdpcDesc& d) { d.e = 0; },
      [](card::LdpcDesc& d) { d.q_m = 3; },
      [](card::LdpcDesc& d) { d.rv_index = 4; },
      [](card::LdpcDesc& d) {  // HQ flags on encode; a bypass mode on decode (HARQ decode ops: below)
        d.op_flags |= d.op_type == 1 ? card::ldpc_op_flags::kDeinterleaverBypass : card::ldpc_op_flags::kHqCombineInEnable;
      },
      [](card::LdpcDesc& d) { d.iter_max = 200; },
      [](card::LdpcDesc& d) { d.in_len -= 1; },
      [](card::LdpcDesc& d) { d.out_cap -= 1; },
  };
  constexpr std::size_t kValid = 8;
  auto run = [&](const std::string& name, std::vector<LdpcOp>& ops) {
    auto dev = open_device(name);
    RandomOpsConfig cfg;
    cfg.count = static_cast<int>(kValid + 2 * std::size(edits));
    cfg.zc = 24;
    cfg.es_n0_db = 0.5;
    ops = make_random_ldpc_ops(cfg, *dev);
    for (std::size_t i = kValid; i < ops.size(); ++i) edits[(i - kValid) / 2](ops[i].desc);
    EXPECT_EQ(dev->queue(0).enqueue(ops), ops.size());
    std::vector<Completion> done;
    const auto give_up = std::chrono::steady_clock::now() + 300s;
    while (done.size() < ops.size() && std::chrono::steady_clock::now() < give_up) {
      auto got = dev->queue(0).dequeue_wait(ops.size() - done.size(), 1s);
      done.insert(done.end(), got.begin(), got.end());
    }
    return done;
  };
  std::vector<LdpcOp> cpu_ops, sim_ops;
  const auto cpu = run("cpu", cpu_ops), sim = run("sim", sim_ops);
  ASSERT_EQ(cpu.size(), cpu_ops.size());
  ASSERT_EQ(sim.size(), cpu.size());
  int failing_decodes = 0;
  for (std::size_t i = 0; i < cpu.size(); ++i) {
    SCOPED_TRACE("op " + std::to_string(i) + ": " + sim[i].error);
    EXPECT_EQ(sim[i].status, cpu[i].status) << to_string(sim[i].status) << " vs " << to_string(cpu[i].status);
    EXPECT_EQ(sim[i].error_code, cpu[i].error_code) << to_string(sim[i].error_code) << " vs "
                                                    << to_string(cpu[i].error_code);
    EXPECT_EQ(sim[i].iterations, cpu[i].iterations);
    ASSERT_EQ(sim[i].out_len, cpu[i].out_len);
    EXPECT_TRUE(std::equal(cpu_ops[i].output->data(), cpu_ops[i].output->data() + cpu[i].out_len,
                           sim_ops[i].output->data()));
    failing_decodes += cpu[i].status == OpStatus::Syn || cpu[i].status == OpStatus::SynCrc;
    if (i >= kValid) {
      EXPECT_EQ(cpu[i].status, OpStatus::Error) << "every edit is an error";
    }
  }
  EXPECT_GT(failing_decodes, 0) << "the batch should hold decodes that fail";
}

// HARQ decode ops (in, out, both, a wrong harq_in_len) on cpu and sim. The sim device reports
// the kernel's CAPS1.harq: with it, completions, outputs and HARQ bytes must equal the cpu's;
// without it, every HQ op completes with BAD_FLAGS (and the comparison is not made).
TEST(SimDevice, HarqOpsMatchTheCpuWhenTheKernelCombinesElseBadFlags) {
  namespace f = card::ldpc_op_flags;
  const std::uint32_t flags[] = {f::kHqCombineOutEnable, f::kHqCombineInEnable | f::kHqCombineOutEnable,
                                 f::kHqCombineInEnable, f::kHqCombineInEnable};
  auto run = [&](const std::string& name, std::vector<LdpcOp>& ops, bool& harq) -> std::vector<Completion> {
    auto dev = open_device(name);
    harq = dev->capabilities().harq;
    RandomOpsConfig cfg;
    cfg.count = static_cast<int>(std::size(flags));
    cfg.encode = false;
    cfg.zc = 24;
    cfg.es_n0_db = 1.0;
    ops = make_random_ldpc_ops(cfg, *dev);
    Rng rng(5);
    for (std::size_t i = 0; i < ops.size(); ++i) {
      card::LdpcDesc& d = ops[i].desc;
      const std::uint32_t h = check_ldpc_desc(d, golden_capabilities()).harq_bytes;  // before the flag
      d.op_flags |= flags[i];
      EXPECT_GT(h, 0u);
      ops[i].harq_input = dev->alloc(h + 64);
      ops[i].harq_output = dev->alloc(h + 64);
      for (std::uint32_t b = 0; b < h + 64; ++b)  // LLR bytes in [-127, 127]
        ops[i].harq_input->data()[b] = static_cast<std::uint8_t>(static_cast<int>(rng() % 255) - 127);
      d.harq_in_addr = 64;
      d.harq_in_len = i == 3 ? h - 1 : h;  // the last one: BAD_LENGTH where HARQ exists
      d.harq_out_cap = h;
    }
    EXPECT_EQ(dev->queue(0).enqueue(ops), ops.size());
    std::vector<Completion> done;
    const auto give_up = std::chrono::steady_clock::now() + 120s;
    while (done.size() < ops.size() && std::chrono::steady_clock::now() < give_up) {
      auto got = dev->queue(0).dequeue_wait(ops.size() - done.size(), 1s);
      done.insert(done.end(), got.begin(), got.end());
    }
    return done;
  };
  std::vector<LdpcOp> cpu_ops, sim_ops;
  bool cpu_harq = false, sim_harq = false;
  const auto cpu = run("cpu", cpu_ops, cpu_harq), sim = run("sim", sim_ops, sim_harq);
  ASSERT_TRUE(cpu_harq);
  ASSERT_EQ(cpu.size(), cpu_ops.size());
  ASSERT_EQ(sim.size(), cpu.size());
  EXPECT_EQ(cpu[3].error_code, ErrorCode::BadLength) << cpu[3].error;
  for (std::size_t i = 0; i < cpu.size(); ++i) {
    SCOPED_TRACE("op " + std::to_string(i) + ": " + sim[i].error);
    if (!sim_harq) {
      EXPECT_EQ(sim[i].error_code, ErrorCode::BadFlags) << "the kernel reports CAPS1.harq = 0";
      continue;
    }
    EXPECT_EQ(sim[i].status, cpu[i].status) << to_string(sim[i].status) << " vs " << to_string(cpu[i].status);
    EXPECT_EQ(sim[i].error_code, cpu[i].error_code);
    EXPECT_EQ(sim[i].iterations, cpu[i].iterations);
    ASSERT_EQ(sim[i].out_len, cpu[i].out_len);
    EXPECT_TRUE(std::equal(cpu_ops[i].output->data(), cpu_ops[i].output->data() + cpu[i].out_len,
                           sim_ops[i].output->data()));
    ASSERT_EQ(sim[i].harq_out_len, cpu[i].harq_out_len);
    EXPECT_TRUE(std::equal(cpu_ops[i].harq_output->data(), cpu_ops[i].harq_output->data() + cpu[i].harq_out_len,
                           sim_ops[i].harq_output->data()));
  }
  if (!sim_harq) std::cout << "[ sim ] CAPS1.harq = 0: HQ ops complete with BAD_FLAGS; cpu/sim HARQ comparison not made\n";
}

TEST(SimDevice, AKernelThatIsNotWhatItClaimsIsRefusedAtOpen) {
  try {
    open_sim_platform_device("sim", {}, [](sim::AxiMemory& m) {
      std::vector<SimKernelSlot> slots;  // the decoder in the encoder's slot
      slots.push_back({&card::kLdpcEnc, make_verilated_ldpc_dec_kernel(m)});
      return slots;
    });
    FAIL();
  } catch (const DeviceError& e) {
    EXPECT_NE(std::string(e.what()).find("bbkit_ldpc_enc"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace bbkit::runtime
