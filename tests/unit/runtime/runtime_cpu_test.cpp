// SPDX-License-Identifier: Apache-2.0
// The runtime on the cpu device: capabilities, results identical to the golden model, full
// queues, ordering, close with ops in flight, timeouts, and the error model (structural op
// errors throw at enqueue; descriptor errors come back as error completions, as from a card).
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/runtime/device.h"
#include "bbkit/runtime/engine.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "bbkit/runtime/random_ops.h"

namespace bbkit::runtime {
namespace {

using namespace std::chrono_literals;

std::vector<Completion> drain(Queue& q, std::size_t n, Clock::duration limit = 30s) {
  std::vector<Completion> all;
  const auto give_up = Clock::now() + limit;
  while (all.size() < n && Clock::now() < give_up) {
    auto got = q.dequeue_wait(n - all.size(), 100ms);
    all.insert(all.end(), got.begin(), got.end());
  }
  return all;
}

TEST(RuntimeCpu, CapabilitiesAreTheGoldenModels) {
  DeviceOptions o;
  o.num_queues = 3;
  o.queue_depth = 17;
  auto dev = open_device("cpu", o);
  const Capabilities& c = dev->capabilities();
  EXPECT_EQ(c.device, "cpu");
  EXPECT_TRUE(c.supports(card::OpType::LdpcDec));
  EXPECT_TRUE(c.supports(card::OpType::LdpcEnc));
  EXPECT_EQ(c.llr_width, fxp::LdpcChannelLlr::width);
  EXPECT_EQ(c.llr_frac, fxp::LdpcChannelLlr::frac);
  EXPECT_EQ(c.min_zc, 2);
  EXPECT_EQ(c.max_zc, 384);
  EXPECT_EQ(c.num_queues, 3);
  EXPECT_EQ(c.queue_depth, 17);
  EXPECT_TRUE(c.harq) << "the golden model combines (HQ_COMBINE_IN/OUT)";
  EXPECT_TRUE(c.computes);
}

// Every device of the build that computes (xrt needs a card and an xclbin, so it is not here).
std::vector<std::string> computing_devices() {
  std::vector<std::string> names;
  for (const DeviceInfo& d : list_devices())
    if (d.built && d.name.find('<') == std::string::npos) names.push_back(d.name);
  return names;
}

class RuntimeDevices : public ::testing::TestWithParam<std::string> {};

TEST_P(RuntimeDevices, RandomBatchMatchesTheGoldenModelCalledDirectly) {
  auto dev = open_device(GetParam());
  RandomOpsConfig cfg;
  // sim is the cycle-accurate RTL (about 0.4 s of CPU per op on this machine): fewer ops there
  const bool sim = GetParam() == "sim";
  cfg.count = sim ? 8 : 24;
  cfg.es_n0_db = 0.5;  // some decodes fail: their status must match too
  const auto ops = make_random_ldpc_ops(cfg, *dev);
  ASSERT_EQ(dev->queue(0).enqueue(ops), ops.size());
  const auto done = drain(dev->queue(0), ops.size(), sim ? 300s : 30s);
  ASSERT_EQ(done.size(), ops.size());
  GoldenLdpc golden;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    SCOPED_TRACE(i);
    const LdpcOp& op = ops[i];
    std::vector<std::uint8_t> out(op.desc.out_cap);
    std::string error;
    const card::Cmpl ref = golden.run(op.desc, dev->capabilities(), op.input->data(), out.data(), error);
    const Completion want = completion_from_cmpl(ref, op.user_tag, error);
    EXPECT_EQ(done[i].user_tag, i);
    EXPECT_EQ(done[i].status, want.status) << to_string(done[i].status) << " " << done[i].error;
    EXPECT_EQ(done[i].iterations, want.iterations);
    ASSERT_EQ(done[i].out_len, want.out_len);
    EXPECT_TRUE(std::equal(out.begin(), out.begin() + want.out_len, op.output->data()));
  }
}

INSTANTIATE_TEST_SUITE_P(Built, RuntimeDevices, ::testing::ValuesIn(computing_devices()),
                         [](const auto& param_info) { return param_info.param; });

TEST(RuntimeCpu, FullQueueAcceptsFewerAndDropsNothing) {
  DeviceOptions o;
  o.queue_depth = 4;
  auto dev = open_device("cpu", o);
  RandomOpsConfig cfg;
  cfg.count = 10;
  cfg.zc = 16;
  const auto ops = make_random_ldpc_ops(cfg, *dev);
  Queue& q = dev->queue(0);
  EXPECT_EQ(q.enqueue(ops), 4u);
  EXPECT_EQ(q.enqueue(ops.data() + 4, 6), 0u);  // still full: nothing ran off
  EXPECT_EQ(q.in_flight(), 4u);
  std::vector<Completion> all = drain(q, 4);
  std::size_t next = 4;
  while (next < ops.size()) {
    next += q.enqueue(ops.data() + next, ops.size() - next);
    auto got = q.dequeue_wait(4, 100ms);
    all.insert(all.end(), got.begin(), got.end());
  }
  auto rest = drain(q, ops.size() - all.size());
  all.insert(all.end(), rest.begin(), rest.end());
  ASSERT_EQ(all.size(), ops.size());
  for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].user_tag, i) << "completions in enqueue order";
  EXPECT_EQ(q.in_flight(), 0u);
  EXPECT_TRUE(q.dequeue(8).empty());
}

// Several producer/consumer threads per queue, several queues: every op id exactly once.
TEST(RuntimeCpu, StressEveryOpCompletesExactlyOnce) {
  constexpr int kQueues = 3, kThreadsPerQueue = 2, kOpsPerThread = 1500;
  DeviceOptions o;
  o.num_queues = kQueues;
  o.queue_depth = 64;
  o.max_batch = 16;
  auto dev = open_device("cpu", o);
  RandomOpsConfig cfg;
  cfg.count = 16;
  cfg.zc = 8;
  cfg.es_n0_db = 6.0;
  const auto templates = make_random_ldpc_ops(cfg, *dev);

  std::mutex seen_mutex;
  std::vector<int> seen(static_cast<std::size_t>(kQueues * kThreadsPerQueue * kOpsPerThread), 0);
  std::atomic<int> errors{0};
  std::vector<std::atomic<int>> remaining(kQueues);
  for (auto& r : remaining) r = kThreadsPerQueue * kOpsPerThread;

  auto worker = [&](int queue, int thread_id) {
    Queue& q = dev->queue(queue);
    std::vector<LdpcOp> mine;
    for (int i = 0; i < kOpsPerThread; ++i) {
      LdpcOp op = templates[static_cast<std::size_t>(i) % templates.size()];
      op.output = dev->alloc(op.desc.out_cap);  // own output: no two ops write one buffer
      op.user_tag = static_cast<std::uint64_t>(thread_id * kOpsPerThread + i);
      mine.push_back(std::move(op));
    }
    std::size_t sent = 0;
    while (remaining[static_cast<std::size_t>(queue)] > 0) {
      if (sent < mine.size()) sent += q.enqueue(mine.data() + sent, std::min<std::size_t>(7, mine.size() - sent));
      for (const Completion& c : q.dequeue(32)) {
        --remaining[static_cast<std::size_t>(queue)];
        if (c.status == OpStatus::Error) ++errors;
        std::lock_guard<std::mutex> lock(seen_mutex);
        ++seen[c.user_tag];
      }
      std::this_thread::yield();
    }
    EXPECT_EQ(sent, mine.size());
  };
  std::vector<std::thread> threads;
  for (int q = 0; q < kQueues; ++q)
    for (int t = 0; t < kThreadsPerQueue; ++t) threads.emplace_back(worker, q, q * kThreadsPerQueue + t);
  for (auto& t : threads) t.join();
  EXPECT_EQ(errors, 0);
  for (std::size_t id = 0; id < seen.size(); ++id) ASSERT_EQ(seen[id], 1) << "op " << id;
  for (int q = 0; q < kQueues; ++q) EXPECT_EQ(dev->queue(q).in_flight(), 0u);
}

TEST(RuntimeCpu, CloseCompletesOpsInFlightWithAnError) {
  DeviceOptions o;
  o.queue_depth = 512;
  o.max_batch = 4;
  auto dev = open_device("cpu", o);
  RandomOpsConfig cfg;
  cfg.count = 200;
  cfg.encode = false;
  cfg.bg = 1;
  cfg.zc = 384;
  const auto ops = make_random_ldpc_ops(cfg, *dev);
  Queue& q = dev->queue(0);
  ASSERT_EQ(q.enqueue(ops), ops.size());
  dev->close();
  EXPECT_THROW(q.enqueue(ops), DeviceError);
  const auto all = q.dequeue(1000);
  ASSERT_EQ(all.size(), ops.size());
  int closed = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].user_tag, i);
    if (all[i].error_code == ErrorCode::DeviceClosed) ++closed;
  }
  EXPECT_GT(closed, 0) << "200 large decodes cannot all finish before close";
}

TEST(RuntimeErrors, UnknownDeviceNames) {
  try {
    open_device("gpu");
    FAIL();
  } catch (const DeviceError& e) {
    EXPECT_NE(std::string(e.what()).find("no device 'gpu'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("cpu"), std::string::npos) << "lists the devices";
  }
  EXPECT_THROW(open_device("cpu:1"), DeviceError);
  EXPECT_THROW(open_device("xrt:zero"), DeviceError);
  EXPECT_THROW(open_device("xrt:"), DeviceError);
}

TEST(RuntimeErrors, XrtWithoutXclbin) {
  try {
    open_device("xrt:0");
    FAIL();
  } catch (const DeviceError& e) {
    EXPECT_NE(std::string(e.what()).find("xclbin"), std::string::npos) << e.what();
  }
}

TEST(RuntimeErrors, BadOptionsAndQueueIndex) {
  DeviceOptions o;
  o.num_queues = 0;
  EXPECT_THROW(open_device("cpu", o), InvalidParameter);
  o = {};
  o.queue_depth = 0;
  EXPECT_THROW(open_device("cpu", o), InvalidParameter);
  auto dev = open_device("cpu");
  EXPECT_THROW(dev->queue(1), InvalidParameter);
  EXPECT_THROW(dev->alloc(0), InvalidParameter);
}

TEST(RuntimeErrors, OpLargerThanItsBufferIsRefusedAtEnqueue) {
  auto dev = open_device("cpu");
  RandomOpsConfig cfg;
  cfg.count = 2;
  cfg.zc = 16;
  auto ops = make_random_ldpc_ops(cfg, *dev);
  ops[1].desc.in_len += 1;
  try {
    dev->queue(0).enqueue(ops);
    FAIL();
  } catch (const InvalidParameter& e) {
    EXPECT_EQ(e.parameter(), "in_addr + in_len");
  }
  EXPECT_EQ(dev->queue(0).in_flight(), 0u) << "none of the batch accepted";
  ops[1].desc.in_len -= 1;
  ops[1].desc.out_addr = 1;
  EXPECT_THROW(dev->queue(0).enqueue(ops), InvalidParameter);
  ops[1].desc.out_addr = 0;
  ops[1].output = nullptr;
  EXPECT_THROW(dev->queue(0).enqueue(ops), InvalidParameter);
}

struct BadDesc {
  const char* what;
  void (*edit)(card::LdpcDesc&);
  ErrorCode expected;
};

class RuntimeDescErrors : public ::testing::TestWithParam<BadDesc> {};

// Descriptor contents are the device's to judge: an error completion with the card's code.
TEST_P(RuntimeDescErrors, CompleteWithTheCardErrorCode) {
  auto dev = open_device("cpu");
  RandomOpsConfig cfg;
  cfg.count = 2;  // one decode, one encode
  cfg.zc = 16;
  auto ops = make_random_ldpc_ops(cfg, *dev);
  for (LdpcOp& op : ops) GetParam().edit(op.desc);
  ASSERT_EQ(dev->queue(0).enqueue(ops), ops.size());
  const auto done = drain(dev->queue(0), ops.size());
  ASSERT_EQ(done.size(), ops.size());
  for (const Completion& c : done) {
    EXPECT_EQ(c.status, OpStatus::Error);
    EXPECT_EQ(c.error_code, GetParam().expected) << to_string(c.error_code) << ": " << c.error;
    EXPECT_FALSE(c.error.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cpu, RuntimeDescErrors,
    ::testing::Values(BadDesc{"OpType", [](card::LdpcDesc& d) { d.op_type = 0; }, ErrorCode::BadOpType},
                      BadDesc{"Basegraph", [](card::LdpcDesc& d) { d.basegraph = 3; }, ErrorCode::BadBasegraph},
                      BadDesc{"ZcNotLifting", [](card::LdpcDesc& d) { d.z_c = 17; }, ErrorCode::BadZc},
                      BadDesc{"ZcTooLarge", [](card::LdpcDesc& d) { d.z_c = 416; }, ErrorCode::BadZc},
                      BadDesc{"EZero", [](card::LdpcDesc& d) { d.e = 0; }, ErrorCode::BadRateMatch},
                      BadDesc{"Qm3", [](card::LdpcDesc& d) { d.q_m = 3; }, ErrorCode::BadRateMatch},
                      BadDesc{"Rv4", [](card::LdpcDesc& d) { d.rv_index = 4; }, ErrorCode::BadRateMatch},
                      // HQ flags on encode, a bypass mode on decode (HARQ decode ops: harq_test.cpp)
                      BadDesc{"UnsupportedFlags",
                              [](card::LdpcDesc& d) {
                                d.op_flags |= d.op_type == 1 ? card::ldpc_op_flags::kDeinterleaverBypass
                                                             : card::ldpc_op_flags::kHqCombineInEnable;
                              },
                              ErrorCode::BadFlags},
                      BadDesc{"TwoCrcTypes",
                              [](card::LdpcDesc& d) {
                                d.op_flags |= d.op_type == 1 ? card::ldpc_op_flags::kCrcType16Check
                                                             : card::ldpc_op_flags::kCrc16Attach;
                              },
                              ErrorCode::BadFlags},
                      BadDesc{"DropWithCrc24a",
                              [](card::LdpcDesc& d) {
                                d.op_flags = (d.op_flags & ~card::ldpc_op_flags::kCrcType24bCheck) |
                                             card::ldpc_op_flags::kCrcType24aCheck |
                                             card::ldpc_op_flags::kCrcType24bDrop;
                              },
                              ErrorCode::BadFlags},
                      BadDesc{"Iter", [](card::LdpcDesc& d) { d.iter_max = 200; }, ErrorCode::BadIter},
                      BadDesc{"InLen", [](card::LdpcDesc& d) { d.in_len -= 1; }, ErrorCode::BadLength},
                      BadDesc{"OutCap", [](card::LdpcDesc& d) { d.out_cap -= 1; }, ErrorCode::BadLength}),
    [](const auto& param_info) { return std::string(param_info.param.what); });

// A device whose engine never completes: every op times out, with an error saying so.
class StuckEngine final : public Engine {
 public:
  void run(std::vector<Job>&, Clock::time_point deadline) override { std::this_thread::sleep_until(deadline); }
};
class FailingEngine final : public Engine {
 public:
  void run(std::vector<Job>&, Clock::time_point) override { throw std::runtime_error("bus fell off"); }
};

TEST(RuntimeErrors, StuckDeviceTimesOutAndFailingDeviceReportsIt) {
  register_device("test-stuck",
                  [](const std::string& name, const DeviceOptions& o) -> std::unique_ptr<Device> {
                    Capabilities caps = golden_capabilities();
                    caps.device = name;
                    if (name == "test-stuck:fail")
                      return std::make_unique<EngineDevice>(caps, o, [](int) { return std::make_unique<FailingEngine>(); });
                    return std::make_unique<EngineDevice>(caps, o, [](int) { return std::make_unique<StuckEngine>(); });
                  },
                  {"test-stuck", true, "test double"});
  DeviceOptions o;
  o.op_timeout = 20ms;
  for (const char* name : {"test-stuck", "test-stuck:fail"}) {
    SCOPED_TRACE(name);
    auto dev = open_device(name, o);
    RandomOpsConfig cfg;
    cfg.count = 3;
    cfg.zc = 8;
    const auto ops = make_random_ldpc_ops(cfg, *dev);
    ASSERT_EQ(dev->queue(0).enqueue(ops), 3u);
    const auto done = drain(dev->queue(0), 3);
    ASSERT_EQ(done.size(), 3u);
    for (const Completion& c : done) {
      EXPECT_EQ(c.status, OpStatus::Error);
      if (std::string(name) == "test-stuck") {
        EXPECT_EQ(c.error_code, ErrorCode::Timeout);
        EXPECT_NE(c.error.find("timeout"), std::string::npos) << c.error;
      } else {
        EXPECT_EQ(c.error_code, ErrorCode::DeviceFailure);
        EXPECT_EQ(c.error, "bus fell off");
      }
    }
  }
}

TEST(RuntimeDevices, ListNamesEveryKind) {
  std::set<std::string> names;
  for (const DeviceInfo& d : list_devices()) names.insert(d.name);
  EXPECT_TRUE(names.count("cpu"));
  EXPECT_TRUE(names.count("sim"));
  EXPECT_TRUE(names.count("xrt:<index>"));
}

}  // namespace
}  // namespace bbkit::runtime
