// SPDX-License-Identifier: Apache-2.0
// The five DPDK test-bbdev LDPC vectors (../shared/vectors/bbdev) on the HLS kernels in C
// simulation: (1) through the golden bbdev adapter with the kernels behind the encoder/decoder
// interfaces, against the vectors' expected output and status; (2) the kernel tops' own paths:
// the encoder with its CRC attach and rate matcher against output0; the decoder with E LLRs in
// (dematching inside the kernel) against output0 and against the golden model bit for bit,
// iterations and status included.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "bbkit/hls/ldpc/host.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "shared_data.h"

namespace bbkit::ldpc_hls {
namespace {

const std::vector<std::string> kVectors = {"ldpc_enc_v2342.data", "ldpc_enc_v8568.data", "ldpc_dec_v7813.data",
                                           "ldpc_dec_v8568.data", "ldpc_dec_v2342_drop.data"};

class HlsDpdkVector : public ::testing::TestWithParam<std::string> {};

TEST_P(HlsDpdkVector, KernelsReproduceTheVector) {
  BBKIT_REQUIRE_SHARED(path, "vectors/bbdev/" + GetParam());
  const auto v = vectors::LdpcVector::load(path);
  const auto enc = make_hls_ldpc_encoder();
  const auto dec = make_hls_ldpc_decoder();
  const ldpc::VectorOutcome out = ldpc::run_vector(v, *enc, *dec);
  std::cout << "[ hls ] " << GetParam() << ": " << out.detail << "\n";
  EXPECT_TRUE(out.pass) << out.detail;
}

// The kernel tops' own paths on one vector: the encoder's CRC attach and rate matcher against
// output0; the decoder on the E LLRs (dematching inside the kernel) against output0, the
// expected status and the golden model (hard bits, iterations, status).
void check_kernel_tops(const vectors::LdpcVector& v, const std::string& what) {
  const ldpc::CodeParams p = ldpc::params_from_vector(v);
  if (v.op == vectors::LdpcOpType::Encode) {
    std::optional<CrcType> crc;
    if (v.has_flag("RTE_BBDEV_LDPC_CRC_24B_ATTACH")) crc = CrcType::Crc24B;
    if (v.has_flag("RTE_BBDEV_LDPC_CRC_24A_ATTACH")) crc = CrcType::Crc24A;
    if (v.has_flag("RTE_BBDEV_LDPC_CRC_16_ATTACH")) crc = CrcType::Crc16;
    const int payload = p.k_prime - (crc ? crc_spec(*crc).length : 0);
    const Bits f = kernel_encode(p, crc, unpack_bits(v.input[0], static_cast<std::size_t>(payload)), true);
    EXPECT_EQ(pack_bits(f), v.output[0]) << what;
    return;
  }
  const ldpc::DecoderConfig cfg = ldpc::decoder_config_from_vector(v);
  const auto llr = ldpc::llrs_from_vector(v.input[0]);  // the files hold 1 fractional bit
  ldpc::SoftBuffer buf = ldpc::make_soft_buffer(p);
  ldpc::rate_dematch(p, llr, buf);
  const ldpc::DecoderResult g = ldpc::make_ldpc_decoder("golden")->decode(p, cfg, buf);
  const ldpc::DecoderResult k = kernel_decode(p, cfg, llr);
  EXPECT_EQ(k.hard, g.hard) << what;
  EXPECT_EQ(k.iterations, g.iterations) << what;
  EXPECT_EQ(k.status.name(), g.status.name()) << what;
  EXPECT_EQ(k.status.name(), v.expected_status) << what;
  EXPECT_EQ(pack_bits(k.hard), v.output[0]) << what;
}

TEST_P(HlsDpdkVector, KernelTopPathEqualsVectorAndGolden) {
  BBKIT_REQUIRE_SHARED(path, "vectors/bbdev/" + GetParam());
  check_kernel_tops(vectors::LdpcVector::load(path), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Shared, HlsDpdkVector, ::testing::ValuesIn(kVectors), [](const auto& param) {
  std::string n = param.param;
  for (char& c : n)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
});

// bbkit's own regression vectors (tests/vector/data/ldpc and ldpc_dec, written by the golden
// model, always present): both paths, and the iteration counts the golden model recorded in them.
TEST(HlsOwnLdpcVectors, KernelsReproduceEveryFile) {
  std::vector<std::string> files;
  for (const char* dir : {BBKIT_LDPC_VECTOR_DIR, BBKIT_LDPC_DEC_VECTOR_DIR})
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".data") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << BBKIT_LDPC_VECTOR_DIR;
  const auto enc = make_hls_ldpc_encoder();
  const auto dec = make_hls_ldpc_decoder();
  for (const auto& path : files) {
    const auto v = vectors::LdpcVector::load(path);
    const ldpc::VectorOutcome out = ldpc::run_vector(v, *enc, *dec);
    EXPECT_TRUE(out.pass) << path << ": " << out.detail;
    if (v.op == vectors::LdpcOpType::Decode && v.expected_iter_count) {
      EXPECT_EQ(out.iterations, *v.expected_iter_count) << path;
    }
    check_kernel_tops(v, path);
  }
  std::cout << "[ hls ] " << files.size() << " bbkit vectors reproduced\n";
}

}  // namespace
}  // namespace bbkit::ldpc_hls
