// SPDX-License-Identifier: Apache-2.0
// Decoder behaviour: status bits, CRC drop, iteration limit, soft output, the float reference,
// and rejection of bad buffers and settings.
#include <gtest/gtest.h>

#include <cmath>

#include "bbkit/common/channel.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/bp_decoder.h"
#include "bbkit/ldpc/check_node.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"

namespace bbkit::ldpc {
namespace {

struct Block {
  CodeParams p;
  Bits info;
  std::vector<double> llr;  // E channel LLRs
};

Block make(double snr_db, std::uint64_t seed) {
  CodeConfig c;
  c.bg = 1;
  c.zc = 64;
  c.k_prime = 22 * 64 - 40;
  c.e = 3000;
  c.qm = 2;
  Block s{derive_code_params(c), {}, {}};
  Rng rng(seed);
  s.info = random_bits(rng, static_cast<std::size_t>(s.p.k_prime - 24));
  crc_attach(CrcType::Crc24B, s.info);
  s.llr = awgn_llrs(rate_match(s.p, make_ldpc_encoder("golden")->encode(s.p, s.info)), Modulation::Qpsk, snr_db, rng);
  return s;
}

SoftBuffer fixed_buffer(const Block& s) {
  std::vector<std::int16_t> q(s.llr.size());
  for (std::size_t i = 0; i < q.size(); ++i) q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(s.llr[i]));
  SoftBuffer b = make_soft_buffer(s.p);
  rate_dematch(s.p, q, b);
  return b;
}

TEST(LdpcDecoder, CrcCheckDropAndStatus) {
  const Block s = make(3.0, 1);
  auto dec = make_ldpc_decoder("golden");
  DecoderConfig cfg;
  cfg.crc = CrcType::Crc24B;
  cfg.drop_crc = true;
  cfg.soft_output = true;
  const DecoderResult r = dec->decode(s.p, cfg, fixed_buffer(s));
  EXPECT_EQ(r.status.name(), "OK");
  EXPECT_EQ(r.hard, Bits(s.info.begin(), s.info.end() - 24));
  EXPECT_EQ(r.soft.size(), static_cast<std::size_t>(68 * 64));
  EXPECT_LE(r.iterations, 4);
}

TEST(LdpcDecoder, FailureReportsSyndromeAndCrcErrors) {
  const Block s = make(-3.0, 2);
  auto dec = make_ldpc_decoder("golden");
  DecoderConfig cfg;
  cfg.crc = CrcType::Crc24B;
  cfg.max_iterations = 3;
  const DecoderResult r = dec->decode(s.p, cfg, fixed_buffer(s));
  EXPECT_EQ(r.iterations, 3);
  EXPECT_EQ(r.status.name(), "SYNCRC");
}

TEST(LdpcDecoder, CrcEarlyStop) {
  const Block s = make(3.0, 3);
  auto dec = make_ldpc_decoder("golden");
  DecoderConfig cfg;
  cfg.early_stop = false;
  cfg.max_iterations = 20;
  EXPECT_EQ(dec->decode(s.p, cfg, fixed_buffer(s)).iterations, 20);
  cfg.crc = CrcType::Crc24B;
  cfg.crc_early_stop = true;
  EXPECT_LT(dec->decode(s.p, cfg, fixed_buffer(s)).iterations, 20);
}

TEST(LdpcDecoder, FloatBeliefPropagationDecodes) {
  const Block s = make(2.0, 4);
  std::vector<double> buf = make_soft_buffer_float(s.p);
  rate_dematch_float(s.p, s.llr, buf);
  FloatBpDecoder bp;
  DecoderConfig cfg;
  cfg.crc = CrcType::Crc24B;
  const DecoderResult r = bp.decode(s.p, cfg, buf);
  EXPECT_EQ(r.status.name(), "OK");
  EXPECT_EQ(r.hard, s.info);
}

TEST(LdpcDecoder, RejectsBadBuffersAndSettings) {
  const Block s = make(3.0, 5);
  auto dec = make_ldpc_decoder("golden");
  DecoderConfig cfg;
  SoftBuffer wrong(static_cast<std::size_t>(s.p.n_cb - 1));
  try {
    dec->decode(s.p, cfg, wrong);
    ADD_FAILURE() << "accepted a short buffer";
  } catch (const InvalidParameter& e) {
    EXPECT_EQ(e.parameter(), "LLR buffer length");
  }
  SoftBuffer out_of_range = fixed_buffer(s);
  out_of_range[0] = 300;
  EXPECT_THROW(dec->decode(s.p, cfg, out_of_range), InvalidParameter);
  cfg.max_iterations = 0;
  EXPECT_THROW(dec->decode(s.p, cfg, fixed_buffer(s)), InvalidParameter);
  cfg.max_iterations = 8;
  cfg.layers = 2;
  EXPECT_THROW(dec->decode(s.p, cfg, fixed_buffer(s)), InvalidParameter);
  FloatBpDecoder bp;
  cfg.layers = 0;
  EXPECT_THROW(bp.decode(s.p, cfg, std::vector<double>(5)), InvalidParameter);
}

// The box-plus correction is ln(1 + e^-x) rounded to LSBs of 0.25, and a boxplus b never leaves
// [0, min(a, b)] over the whole |Q| range: no clamp, no wider word (docs/fixed-point.md).
TEST(LdpcCheckNode, BoxPlusIsBoundedAndSymmetric) {
  for (int d = 0; d < 600; ++d)
    ASSERT_EQ(box_plus_correction(d), static_cast<int>(std::lround(4.0 * std::log1p(std::exp(-d / 4.0))))) << d;
  for (int a = 0; a <= 511; ++a)
    for (int b = 0; b <= 511; ++b) {
      const int r = box_plus(a, b);
      ASSERT_GE(r, 0) << a << " " << b;
      ASSERT_LE(r, std::min(a, b)) << a << " " << b;
      ASSERT_EQ(r, box_plus(b, a));
    }
  EXPECT_EQ(box_plus(40, 40), 37);  // 10 boxplus 10 = 9.31 -> 9.25
  EXPECT_EQ(box_plus(0, 200), 0);
}

// Both check rules decode a moderately noisy block; min-sum is the rule with offset 2.
TEST(LdpcDecoder, BothCheckRulesDecode) {
  const Block s = make(2.0, 6);
  auto dec = make_ldpc_decoder("golden");
  DecoderConfig cfg;
  cfg.crc = CrcType::Crc24B;
  EXPECT_EQ(dec->decode(s.p, cfg, fixed_buffer(s)).status.name(), "OK");
  cfg.rule = CheckRule::MinSum;
  cfg.offset = 2;
  EXPECT_EQ(dec->decode(s.p, cfg, fixed_buffer(s)).status.name(), "OK");
}

}  // namespace
}  // namespace bbkit::ldpc
