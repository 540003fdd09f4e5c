// SPDX-License-Identifier: Apache-2.0
// Code-parameter derivation (38.212 5.3.2, 5.4.2.1) and segmentation (5.2.2, 7.2.2): values
// and every rejection naming its parameter.
#include <gtest/gtest.h>

#include "bbkit/common/error.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/segmentation.h"

namespace bbkit::ldpc {
namespace {

CodeConfig good() {
  CodeConfig c;
  c.bg = 1;
  c.zc = 320;
  c.k_prime = 22 * 320 - 688;
  c.e = 21592;
  c.qm = 4;
  return c;
}

void expect_rejects(const CodeConfig& c, const std::string& name) {
  try {
    derive_code_params(c);
    ADD_FAILURE() << "accepted an invalid " << name;
  } catch (const InvalidParameter& e) {
    EXPECT_EQ(e.parameter(), name) << e.what();
  }
}

TEST(LdpcCodeParams, DerivesTheDpdkVectorParameters) {
  const CodeParams p = derive_code_params(good());
  EXPECT_EQ(p.k, 7040);
  EXPECT_EQ(p.n, 21120);
  EXPECT_EQ(p.n_cb, 21120);
  EXPECT_EQ(p.n_filler, 688);
  EXPECT_EQ(p.k0, 0);
  EXPECT_EQ(p.filler_begin(), 7040 - 688 - 640);
}

TEST(LdpcCodeParams, RvStartPositions) {
  // Table 5.4.2.1-2 with Ncb = N: k0 = {0, 17, 33, 56} Zc (BG1), {0, 13, 25, 43} Zc (BG2).
  EXPECT_EQ(rv_start(1, 384, 66 * 384, 1), 17 * 384);
  EXPECT_EQ(rv_start(1, 384, 66 * 384, 3), 56 * 384);
  EXPECT_EQ(rv_start(2, 128, 50 * 128, 2), 25 * 128);
  EXPECT_EQ(rv_start(2, 128, 50 * 128, 3), 43 * 128);
  // A limited buffer scales k0 down: floor(17 * 10000 / (66 * 384)) * 384 = 6 * 384.
  EXPECT_EQ(rv_start(1, 384, 10000, 1), 6 * 384);
}

TEST(LdpcCodeParams, LimitedBufferRateMatching) {
  CodeConfig c = good();
  c.lbrm_tbs = 20000;
  c.lbrm_c = 1;
  const CodeParams p = derive_code_params(c);
  EXPECT_EQ(p.n_cb, 21120);  // Nref = 30000 > N
  c.lbrm_tbs = 9000;  // Nref = 13500 < N
  EXPECT_EQ(derive_code_params(c).n_cb, 13500);
}

TEST(LdpcCodeParams, EveryInvalidParameterIsNamed) {
  CodeConfig c = good();
  c.zc = 100;
  expect_rejects(c, "Zc");
  c = good();
  c.bg = 3;
  expect_rejects(c, "BG");
  c = good();
  c.k_prime = 7041;
  expect_rejects(c, "K'");
  c = good();
  c.qm = 3;
  expect_rejects(c, "Qm");
  c = good();
  c.e = 0;
  expect_rejects(c, "E");
  c = good();
  c.e = 21590;  // not a multiple of Qm = 4
  expect_rejects(c, "E");
  c = good();
  c.rv = 4;
  expect_rejects(c, "rv");
  c = good();
  c.n_cb = 100;
  expect_rejects(c, "Ncb");
  c = good();
  c.lbrm_tbs = 100;  // Nref = 150 cannot hold the information bits
  expect_rejects(c, "Ncb");
}

TEST(LdpcSegmentation, BaseGraphSelection) {
  EXPECT_EQ(select_base_graph(292, 0.9), 2);
  EXPECT_EQ(select_base_graph(3824, 0.67), 2);
  EXPECT_EQ(select_base_graph(3824, 0.7), 1);
  EXPECT_EQ(select_base_graph(8000, 0.25), 2);
  EXPECT_EQ(select_base_graph(8000, 0.3), 1);
  EXPECT_THROW(select_base_graph(0, 0.5), InvalidParameter);
}

TEST(LdpcSegmentation, PlansAndRoundTrips) {
  // One code block: A = 1000 -> CRC24A? no, A <= 3824 uses CRC16: B = 1016, BG2 Kb = 10.
  SegmentationPlan p = plan_segmentation(1000, 2);
  EXPECT_EQ(p.tb_crc, CrcType::Crc16);
  EXPECT_EQ(p.c, 1);
  EXPECT_EQ(p.k_prime, 1016);
  EXPECT_EQ(p.zc, 104);  // smallest Z with 10 Z >= 1016
  EXPECT_EQ(p.n_filler, 24);
  // Several code blocks on BG1: A = 25344 + 24 -> B = 25368 > 8448: C = ceil(25368 / 8424) = 4.
  p = plan_segmentation(25344, 1);
  EXPECT_EQ(p.c, 4);
  EXPECT_EQ(p.k_prime, (25368 + 96) / 4);
  EXPECT_EQ(p.zc, 320);  // smallest Z with 22 Z >= 6366
  Bits b(static_cast<std::size_t>(p.b));
  for (std::size_t i = 0; i < b.size(); ++i) b[i] = static_cast<std::uint8_t>((i * 7 + 3) % 5 == 0);
  const auto blocks = segment(p, b);
  ASSERT_EQ(blocks.size(), 4u);
  for (const auto& blk : blocks) {
    EXPECT_EQ(static_cast<int>(blk.size()), p.k_prime);
    EXPECT_TRUE(crc_check(CrcType::Crc24B, blk));
  }
  EXPECT_EQ(desegment(p, blocks), b);
  // BG2 small payloads use fewer information columns.
  EXPECT_EQ(plan_segmentation(100, 2).kb, 6);
  EXPECT_EQ(plan_segmentation(500, 2).kb, 8);
}

}  // namespace
}  // namespace bbkit::ldpc
