// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cmath>

#include "bbkit/bf/bfp.h"
#include "bbkit/bf/metrics.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"

namespace bbkit::bf {
namespace {

// Samples of widely varying level per block so every exponent value is exercised.
std::vector<Iq16> varied_samples(Rng& rng, std::size_t blocks, std::size_t block_size) {
  std::vector<Iq16> v(blocks * block_size);
  for (std::size_t b = 0; b < blocks; ++b) {
    const int bits = static_cast<int>(rng() % 17);  // 0..16 significant bits
    for (std::size_t i = 0; i < block_size; ++i) {
      const auto draw = [&] {
        if (bits == 0) return std::int16_t{0};
        const std::int64_t span = std::int64_t{1} << bits;
        return static_cast<std::int16_t>(static_cast<std::int64_t>(rng() % span) - span / 2);
      };
      v[b * block_size + i] = {draw(), draw()};
    }
  }
  // the corners
  v[0] = {-32768, 32767};
  return v;
}

class BfpWidthTest : public ::testing::TestWithParam<std::tuple<int, BfpRounding>> {};

TEST_P(BfpWidthTest, ErrorWithinOneMantissaLsbAndExponentMinimal) {
  BfpConfig c;
  c.mantissa_bits = std::get<0>(GetParam());
  c.rounding = std::get<1>(GetParam());
  Rng rng(static_cast<std::uint64_t>(c.mantissa_bits));
  const auto x = varied_samples(rng, 400, 12);
  const BfpData d = bfp_compress(c, x);
  const auto y = bfp_decompress(c, d);
  const std::int32_t lo = -(1 << (c.mantissa_bits - 1)), hi = (1 << (c.mantissa_bits - 1)) - 1;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const int e = d.exponents[i / 12];
    const std::int32_t lsb = 1 << e;
    for (auto [orig, dec, m] : {std::tuple{x[i].re, y[i].re, d.mantissas[i].re}, std::tuple{x[i].im, y[i].im, d.mantissas[i].im}}) {
      ASSERT_GE(m, lo);
      ASSERT_LE(m, hi);
      const std::int32_t err = std::int32_t{dec} - orig;
      ASSERT_LT(std::abs(err), lsb) << "sample " << i << " value " << orig << " e " << e;
      if (c.rounding == BfpRounding::Truncate) {
        ASSERT_LE(err, 0);  // truncation rounds down
      }
      if (c.rounding == BfpRounding::RoundHalfUp && m != hi) {
        ASSERT_LE(std::abs(err), lsb / 2);
      }
    }
  }
  // Minimal: one exponent less would not hold the block's truncated mantissas.
  for (std::size_t b = 0; b < d.exponents.size(); ++b) {
    const int e = d.exponents[b];
    if (e == 0) continue;
    bool overflow = false;
    for (std::size_t i = b * 12; i < b * 12 + 12; ++i)
      for (std::int32_t v : {std::int32_t{x[i].re}, std::int32_t{x[i].im}}) overflow |= (v >> (e - 1)) < lo || (v >> (e - 1)) > hi;
    ASSERT_TRUE(overflow) << "block " << b;
  }
  // The packed bitstream carries the same blocks.
  const Bytes packed = bfp_pack(c, d);
  ASSERT_EQ(packed.size(), 400 * bfp_packed_block_bytes(c));
  const BfpData back = bfp_unpack(c, packed);
  EXPECT_EQ(back.exponents, d.exponents);
  EXPECT_EQ(back.mantissas, d.mantissas);
}

INSTANTIATE_TEST_SUITE_P(Bf, BfpWidthTest,
                         ::testing::Combine(::testing::Range(1, 17),
                                            ::testing::Values(BfpRounding::Truncate, BfpRounding::RoundHalfUp)),
                         [](const auto& p) {
                           return "w" + std::to_string(std::get<0>(p.param)) +
                                  (std::get<1>(p.param) == BfpRounding::Truncate ? "_truncate" : "_round");
                         });

TEST(Bfp, ExponentExamples) {
  const std::vector<Iq16> full{{32767, 0}}, most_negative{{0, -32768}}, small{{-256, 255}}, zero{{0, 0}};
  EXPECT_EQ(bfp_exponent(full.data(), 1, 9), 7);
  EXPECT_EQ(bfp_exponent(most_negative.data(), 1, 9), 7);
  EXPECT_EQ(bfp_exponent(small.data(), 1, 9), 0);  // -256 and 255 fit 9 bits
  EXPECT_EQ(bfp_exponent(zero.data(), 1, 9), 0);
  EXPECT_EQ(bfp_exponent(full.data(), 1, 16), 0);
  EXPECT_EQ(bfp_exponent(full.data(), 1, 14), 2);
}

TEST(Bfp, PackedLayoutIsBigEndianAfterTheExponentByte) {
  BfpConfig c;  // 9 bits
  BfpData d;
  d.exponents = {3};
  d.mantissas.assign(12, Iq16{});
  d.mantissas[0] = {-1, 1};  // 111111111 000000001
  const Bytes p = bfp_pack(c, d);
  ASSERT_EQ(p.size(), 28u);  // 1 + 3 * 9
  EXPECT_EQ(p[0], 0x03);
  EXPECT_EQ(p[1], 0xFF);
  EXPECT_EQ(p[2], 0x80);
  EXPECT_EQ(p[3], 0x40);
  for (std::size_t i = 4; i < p.size(); ++i) EXPECT_EQ(p[i], 0);
  c.mantissa_bits = 12;
  EXPECT_EQ(bfp_packed_block_bytes(c), 37u);
  c.mantissa_bits = 14;
  EXPECT_EQ(bfp_packed_block_bytes(c), 43u);
}

TEST(Bfp, EvmFallsWithMantissaWidth) {
  Rng rng(3);
  Gaussian g(rng);
  std::vector<Cf64> x(273 * 12);
  for (auto& v : x) v = Cf64(g(), g()) * std::sqrt(0.5) / 8.0;  // -18 dBFS rms
  const auto q = to_iq16(x);
  double last = 100;
  for (int w : {9, 12, 14}) {
    BfpConfig c;
    c.mantissa_bits = w;
    const double evm = evm_percent(to_complex(q), to_complex(bfp_decompress(c, bfp_compress(c, q))));
    EXPECT_LT(evm, last);
    last = evm;
  }
  EXPECT_LT(last, 0.05);
}

TEST(Bfp, WeightsOneExponentPerGroupAndLayer) {
  ApplyConfig dims;
  dims.antennas = 8;
  dims.layers = 2;
  dims.prbs = 4;
  dims.prb_group = 2;
  Rng rng(9);
  std::vector<Iq16> w(dims.weight_count());
  for (std::size_t i = 0; i < w.size(); ++i) {
    const int shift = (i % 2 == 0) ? 2 : 10;  // layer 0 large, layer 1 small
    w[i] = {static_cast<std::int16_t>(static_cast<std::int16_t>(rng()) >> shift),
            static_cast<std::int16_t>(static_cast<std::int16_t>(rng()) >> shift)};
  }
  BfpConfig c;
  c.mantissa_bits = 9;
  const BfpData d = bfp_compress_weights(c, dims, w);
  ASSERT_EQ(d.exponents.size(), 4u);
  EXPECT_GT(d.exponents[0], d.exponents[1]);  // each layer gets its own exponent
  const auto back = bfp_decompress_weights(c, dims, d);
  for (std::size_t i = 0; i < w.size(); ++i) {
    const int lsb = 1 << d.exponents[(i / 16) * 2 + i % 2];
    EXPECT_LT(std::abs(back[i].re - w[i].re), lsb);
    EXPECT_LT(std::abs(back[i].im - w[i].im), lsb);
  }
}

TEST(Bfp, BadParametersNameThemselves) {
  BfpConfig c;
  const std::vector<Iq16> twelve(12);
  for (int w : {0, 17, -3}) {
    c.mantissa_bits = w;
    try {
      bfp_compress(c, twelve);
      FAIL() << "width " << w;
    } catch (const InvalidParameter& e) {
      EXPECT_EQ(e.parameter(), "mantissa_bits");
      EXPECT_NE(std::string(e.what()).find("[1, 16]"), std::string::npos) << e.what();
    }
  }
  c.mantissa_bits = 9;
  EXPECT_THROW(bfp_compress(c, std::vector<Iq16>(13)), InvalidParameter);
  EXPECT_THROW(bfp_unpack(c, Bytes(27)), InvalidParameter);
  BfpData bad{{16}, std::vector<Iq16>(12)};
  EXPECT_THROW(bfp_decompress(c, bad), InvalidParameter);
  BfpData big{{0}, std::vector<Iq16>(12, Iq16{256, 0})};  // 256 does not fit 9 bits
  EXPECT_THROW(bfp_pack(c, big), InvalidParameter);
}

}  // namespace
}  // namespace bbkit::bf
