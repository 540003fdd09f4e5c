// SPDX-License-Identifier: Apache-2.0
// The five DPDK test-bbdev LDPC vectors through every LDPC implementation: encoder output
// identical; decoder hard output identical with the expected CRC/syndrome status. DPDK's
// expected_iter_count (Intel's decoder) is printed beside ours, informational only.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/rate_match.h"
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

// bbkit's own vectors (tests/vector/data/ldpc: encode, data/ldpc_dec: decode): always present,
// they pin the exact arithmetic.
class OwnLdpcVector : public ::testing::TestWithParam<std::string> {};

TEST_P(OwnLdpcVector, EveryFileMatchesForEveryImplementation) {
  std::vector<std::string> files;
  for (const char* dir : {BBKIT_LDPC_VECTOR_DIR, BBKIT_LDPC_DEC_VECTOR_DIR})
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".data") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 7u);
  auto enc = make_ldpc_encoder(GetParam());
  auto dec = make_ldpc_decoder(GetParam());
  for (const auto& path : files) {
    const VectorOutcome out = run_vector(vectors::LdpcVector::load(path), *enc, *dec);
    EXPECT_TRUE(out.pass) << path << ": " << out.detail;
  }
}

INSTANTIATE_TEST_SUITE_P(Own, OwnLdpcVector, ::testing::ValuesIn(ldpc_decoder_names()));

// bbkit's HARQ vectors (tests/vector/data/ldpc_harq): harq_combined_input/output, checked byte
// for byte in the files' 1-fractional-bit form; the HARQ chain rv 0 -> rv 2 is consistent.
TEST_P(OwnLdpcVector, HarqFilesMatchAndChain) {
  const std::string dir = std::string(BBKIT_LDPC_HARQ_VECTOR_DIR);
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".data") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 3u) << dir;
  auto enc = make_ldpc_encoder(GetParam());
  auto dec = make_ldpc_decoder(GetParam());
  for (const auto& path : files) {
    const auto v = vectors::LdpcVector::load(path);
    EXPECT_TRUE(v.has_flag("RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE") || v.has_flag("RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE"))
        << path;
    const VectorOutcome out = run_vector(v, *enc, *dec);
    EXPECT_TRUE(out.pass) << path << ": " << out.detail;
  }
  const auto rv0 = vectors::LdpcVector::load(dir + "/dec_harq_bg2_z52_fill_rv0_out.data");
  const auto rv2 = vectors::LdpcVector::load(dir + "/dec_harq_bg2_z52_fill_rv2_in_out.data");
  ASSERT_EQ(rv0.harq_output.size(), 1u);
  ASSERT_EQ(rv2.harq_input.size(), 1u);
  EXPECT_EQ(rv2.harq_input[0], rv0.harq_output[0]) << "rv 2 combines what rv 0 left";
  EXPECT_EQ(static_cast<int>(rv2.harq_input[0].size()), harq_length(params_from_vector(rv2)));
}

// The file scaling is dpdk-test-bbdev's: x2 saturated to +-127 in, and back exactly for the
// values generators write (even, or +-127).
TEST(VectorLlrScaling, IsTestBbdevsTimesTwoAndInvertsOnEvenValues) {
  const Bytes file = {0, 1, 0xFF, 63, 64, 0xC1, 0xC0, 0x80, 127};  // 0 1 -1 63 64 -63 -64 -128 127
  const std::vector<std::int16_t> want = {0, 2, -2, 126, 127, -126, -127, -127, 127};
  EXPECT_EQ(llrs_from_vector(file), want);
  const std::vector<std::int16_t> device = {0, 2, -2, 126, 127, -126, -127, 40, -40};
  EXPECT_EQ(llrs_from_vector(vector_bytes_from_llrs(device)), device);
  EXPECT_EQ(vector_bytes_from_llrs({5, -5}), (Bytes{3, static_cast<std::uint8_t>(-2)})) << "(d + 1) >> 1";
  EXPECT_EQ(vector_byte_from_real(3.3), 7);  // 6.6 -> 7 on the half-unit grid
  EXPECT_EQ(vector_byte_from_real(100.0), 64);
  EXPECT_EQ(static_cast<std::int8_t>(vector_byte_from_real(-100.0)), -64);
}

}  // namespace
}  // namespace bbkit::ldpc
