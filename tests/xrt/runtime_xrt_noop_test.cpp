// SPDX-License-Identifier: Apache-2.0
// The runtime's xrt device on XRT's noop shim: PLUMBING ONLY. The shim runs XRT's host code
// (device open, xclbin load, buffer objects, kernel start, wait, sync) with no card and
// computes nothing, so these tests prove the flow and the error paths, never a result: every
// op must come back exactly once, with an error that says nothing was computed.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "bbkit/runtime/device.h"
#include "bbkit/runtime/random_ops.h"
#include "bbkit/xclbin/xclbin.h"

namespace bbkit::runtime {
namespace {

std::string kit_xclbin() {
  const std::string path = testing::TempDir() + "bbkit_runtime_noop.xclbin";
  xclbin::write_xclbin_file(path, xclbin::default_spec());
  return path;
}

std::string what_of_open(const std::string& name, const std::string& xclbin_path) {
  DeviceOptions o;
  o.xclbin = xclbin_path;
  try {
    open_device(name, o);
  } catch (const DeviceError& e) {
    return e.what();
  }
  return "(opened)";
}

TEST(RuntimeXrtNoopPlumbingOnly, OpenLoadBuffersRunWaitSync) {
  ASSERT_STREQ(std::getenv("XCL_EMULATION_MODE"), "noop") << "CTest sets the noop shim";
  DeviceOptions o;
  o.xclbin = kit_xclbin();
  o.num_queues = 2;
  o.max_batch = 8;
  auto dev = open_device("xrt:0", o);
  const Capabilities& caps = dev->capabilities();
  EXPECT_FALSE(caps.computes) << "the noop shim computes nothing";
  EXPECT_NE(caps.description.find("noop"), std::string::npos) << caps.description;
  EXPECT_TRUE(caps.supports(card::OpType::LdpcDec));
  EXPECT_TRUE(caps.supports(card::OpType::LdpcEnc));
  RandomOpsConfig cfg;
  cfg.count = 20;  // decode and encode alternate: both kernels run, in batches of 8
  cfg.zc = 16;
  const auto ops = make_random_ldpc_ops(cfg, *dev);
  for (int q = 0; q < 2; ++q) {
    Queue& queue = dev->queue(q);
    ASSERT_EQ(queue.enqueue(ops), ops.size());
    std::vector<Completion> done;
    while (done.size() < ops.size()) {
      auto got = queue.dequeue_wait(ops.size(), std::chrono::seconds(20));
      ASSERT_FALSE(got.empty());
      done.insert(done.end(), got.begin(), got.end());
    }
    for (std::size_t i = 0; i < done.size(); ++i) {
      EXPECT_EQ(done[i].user_tag, i);
      EXPECT_EQ(done[i].status, OpStatus::Error);
      EXPECT_NE(done[i].error.find("noop"), std::string::npos) << done[i].error;
    }
  }
}

TEST(RuntimeXrtNoopPlumbingOnly, MissingUnreadableOrMismatchedXclbin) {
  EXPECT_NE(what_of_open("xrt:0", "/nonexistent/k.xclbin").find("/nonexistent/k.xclbin"), std::string::npos);
  const std::string garbage = testing::TempDir() + "garbage.xclbin";
  std::ofstream(garbage) << "not an xclbin";
  EXPECT_NE(what_of_open("xrt:0", garbage).find("garbage.xclbin"), std::string::npos);
  // The kit's file with one argument offset changed: the register map disagrees.
  std::ifstream in(kit_xclbin(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = bytes.find("offset=\"0x18\"");
  ASSERT_NE(at, std::string::npos);
  bytes.replace(at, 13, "offset=\"0x1C\"");
  const std::string mismatched = testing::TempDir() + "mismatched.xclbin";
  std::ofstream(mismatched, std::ios::binary) << bytes;
  const std::string what = what_of_open("xrt:0", mismatched);
  EXPECT_NE(what.find("the register map says"), std::string::npos) << what;
}

// Run by CTest without XCL_EMULATION_MODE: XRT looks for real cards, and this host has none.
TEST(RuntimeXrtNoCard, OpeningACardThatIsNotThereSaysSo) {
  if (std::getenv("XCL_EMULATION_MODE") != nullptr) GTEST_SKIP() << "runs without the noop shim";
  const std::string what = what_of_open("xrt:0", kit_xclbin());
  EXPECT_NE(what.find("xrt:0: XRT sees 0 device(s)"), std::string::npos) << what;
}

}  // namespace
}  // namespace bbkit::runtime
