// SPDX-License-Identifier: Apache-2.0
// The five DPDK test-bbdev LDPC vectors through every LDPC implementation: encoder output
// identical; decoder hard output identical with the expected CRC/syndrome status. DPDK's
// expected_iter_count (Intel's decoder) is printed beside ours, informational only.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/hls/ldpc/host.h"
#include "shared_data.h"

namespace bbkit::ldpc {
namespace {

// The HLS kernels (C simulation) join every implementation-parameterized test in this file:
// registered here, before this file's INSTANTIATE lines read ldpc_decoder_names().
[[maybe_unused]] const bool kHlsRegistered = ::bbkit::ldpc_hls::register_hls_ldpc();

const std::vector<std::string> kVectors = {"ldpc_enc_v2342.data", "ldpc_enc_v8568.data", "ldpc_dec_v7813.data",
                                "ldpc_dec_v8568.data", "ldpc_dec_v2342_drop.data"};

class DpdkLdpcVector : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(DpdkLdpcVector, MatchesExpectedOutput) {
  const auto& [impl, file] = GetParam();
  BBKIT_REQUIRE_SHARED(path, "vectors/bbdev/" + file);
  const auto v = vectors::LdpcVector::load(path);
  auto enc = make_ldpc_encoder(impl);
  auto dec = make_ldpc_decoder(impl);
  const VectorOutcome out = run_vector(v, *enc, *dec);
  std::cout << "[ " << impl << " ] " << file << ": " << out.detail << "\n";
  EXPECT_TRUE(out.pass) << out.detail;
}

INSTANTIATE_TEST_SUITE_P(Shared, DpdkLdpcVector,
                         ::testing::Combine(::testing::ValuesIn(ldpc_decoder_names()), ::testing::ValuesIn(kVectors)),
                         [](const auto& param_info) {
                           std::string n = std::get<0>(param_info.param) + "_" + std::get<1>(param_info.param);
                           for (char& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

// bbkit's own vectors (tests/vector/data/ldpc): always present, they pin the exact arithmetic.
class OwnLdpcVector : public ::testing::TestWithParam<std::string> {};

TEST_P(OwnLdpcVector, EveryFileMatchesForEveryImplementation) {
  const std::string dir = std::string(BBKIT_LDPC_VECTOR_DIR);
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".data") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 7u) << dir;
  auto enc = make_ldpc_encoder(GetParam());
  auto dec = make_ldpc_decoder(GetParam());
  for (const auto& path : files) {
    const VectorOutcome out = run_vector(vectors::LdpcVector::load(path), *enc, *dec);
    EXPECT_TRUE(out.pass) << path << ": " << out.detail;
  }
}

INSTANTIATE_TEST_SUITE_P(Own, OwnLdpcVector, ::testing::ValuesIn(ldpc_decoder_names()));

}  // namespace
}  // namespace bbkit::ldpc
