// SPDX-License-Identifier: Apache-2.0
// The five DPDK test-bbdev LDPC vectors through the runtime, on every device of this build
// that computes (cpu now; sim joins when its registry entry is built with the Verilated
// kernels), one batch per device, and the same results as the golden model through bbdev_adapter.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/runtime/bbdev_ops.h"
#include "bbkit/runtime/device.h"
#include "shared_data.h"

namespace bbkit::runtime {
namespace {

const std::vector<std::string> kVectors = {"ldpc_enc_v2342.data", "ldpc_enc_v8568.data", "ldpc_dec_v7813.data",
                                           "ldpc_dec_v8568.data", "ldpc_dec_v2342_drop.data"};

class RuntimeDpdkVectors : public ::testing::TestWithParam<std::string> {};

TEST_P(RuntimeDpdkVectors, WholeSetInOneBatchMatchesExpectedOutput) {
  BBKIT_REQUIRE_SHARED(dir, "vectors/bbdev");
  std::unique_ptr<Device> dev = open_device(GetParam());
  std::vector<vectors::LdpcVector> vs;
  std::vector<LdpcOp> ops;
  for (const std::string& file : kVectors) {
    vs.push_back(vectors::LdpcVector::load(dir + "/" + file));
    ops.push_back(op_from_vector(vs.back(), *dev));
    ops.back().user_tag = ops.size() - 1;
  }
  Queue& q = dev->queue(0);
  ASSERT_EQ(q.enqueue(ops), ops.size());
  std::vector<Completion> done;
  while (done.size() < ops.size()) {
    auto got = q.dequeue_wait(ops.size(), std::chrono::seconds(30));
    ASSERT_FALSE(got.empty()) << "no completion within 30 s";
    done.insert(done.end(), got.begin(), got.end());
  }
  auto enc = ldpc::make_ldpc_encoder("golden");
  auto dec = ldpc::make_ldpc_decoder("golden");
  for (std::size_t i = 0; i < ops.size(); ++i) {
    SCOPED_TRACE(kVectors[i]);
    ASSERT_EQ(done[i].user_tag, i);
    const VectorCheck check = check_vector_completion(vs[i], ops[i], done[i]);
    std::cout << "[ " << GetParam() << " ] " << kVectors[i] << ": " << check.detail << "\n";
    EXPECT_TRUE(check.pass) << check.detail;
    const ldpc::VectorOutcome direct = ldpc::run_vector(vs[i], *enc, *dec);
    if (vs[i].op == vectors::LdpcOpType::Decode) {
      EXPECT_EQ(done[i].iterations, direct.iterations);
    }
  }
}

// bbkit's HARQ vectors (tests/vector/data/ldpc_harq) through the runtime: HARQ buffers from the
// files, HARQ output compared in the files' form. A device without HARQ (the sim device while
// its kernel reports CAPS1.harq = 0) is skipped, saying so.
TEST_P(RuntimeDpdkVectors, HarqVectorsMatchOnADeviceWithHarq) {
  std::unique_ptr<Device> dev = open_device(GetParam());
  if (!dev->capabilities().harq) GTEST_SKIP() << GetParam() << " reports no HARQ (CAPS1.harq = 0)";
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(BBKIT_LDPC_HARQ_VECTOR_DIR))
    if (e.path().extension() == ".data") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 3u);
  std::vector<vectors::LdpcVector> vs;
  std::vector<LdpcOp> ops;
  for (const std::string& file : files) {
    vs.push_back(vectors::LdpcVector::load(file));
    ops.push_back(op_from_vector(vs.back(), *dev));
    ops.back().user_tag = ops.size() - 1;
  }
  Queue& q = dev->queue(0);
  ASSERT_EQ(q.enqueue(ops), ops.size());
  std::vector<Completion> done;
  while (done.size() < ops.size()) {
    auto got = q.dequeue_wait(ops.size(), std::chrono::seconds(60));
    ASSERT_FALSE(got.empty()) << "no completion within 60 s";
    done.insert(done.end(), got.begin(), got.end());
  }
  for (std::size_t i = 0; i < ops.size(); ++i) {
    SCOPED_TRACE(files[i]);
    const VectorCheck check = check_vector_completion(vs[i], ops[i], done[i]);
    std::cout << "[ " << GetParam() << " ] " << files[i] << ": " << check.detail << "\n";
    EXPECT_TRUE(check.pass) << check.detail;
    if (vs[i].has_flag("RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE")) {
      EXPECT_EQ(done[i].harq_out_len, vs[i].harq_output[0].size());
    }
  }
}

// Every device of the build that computes (xrt needs a card and an xclbin, so it is not here).
std::vector<std::string> computing_devices() {
  std::vector<std::string> names;
  for (const DeviceInfo& d : list_devices())
    if (d.built && d.name.find('<') == std::string::npos) names.push_back(d.name);
  return names;
}

INSTANTIATE_TEST_SUITE_P(Devices, RuntimeDpdkVectors, ::testing::ValuesIn(computing_devices()),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace bbkit::runtime
