// SPDX-License-Identifier: Apache-2.0
// The wide sweep: every DCI payload size at every aggregation level it fits, and
// UCI payload sizes across 12..1706 with coded lengths drawn over all rate-matching modes,
// encoded and decoded back noiselessly with list sizes rotating through 1..32.
#include <gtest/gtest.h>

#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"
#include "bbkit/polar/decoder.h"
#include "bbkit/polar/encoder.h"

namespace bbkit::polar {
namespace {

bool round_trip(PolarEncoder& enc, PolarDecoder& dec, const PolarConfig& c, int list, Rng& rng) {
  const Bits payload = random_bits(rng, static_cast<std::size_t>(c.a));
  const Bits coded = enc.process(c, payload);
  std::vector<std::int8_t> llr(coded.size());
  for (std::size_t k = 0; k < coded.size(); ++k) llr[k] = static_cast<std::int8_t>(coded[k] ? -16 : 16);
  const DecodeResult r = dec.process(c, DecoderConfig{list}, llr);
  return r.crc_ok && r.payload == payload;
}

TEST(PolarWideSweep, EveryDciSizeAndAggregationLevel) {
  auto enc = make_polar_encoder("golden");
  auto dec = make_polar_decoder("golden");
  Rng rng(1);
  int n = 0;
  for (int al : {1, 2, 4, 8, 16})
    for (int a = 1; a <= 140; ++a) {
      if (std::max(a, 12) + 24 > 108 * al) continue;  // does not fit the aggregation level
      const PolarConfig c{Channel::Dci, a, 0, al, static_cast<std::uint16_t>(rng() & 0xFFFF)};
      EXPECT_TRUE(round_trip(*enc, *dec, c, 1 << (n++ % 6), rng)) << "A=" << a << " AL=" << al;
    }
}

TEST(PolarWideSweep, UciSizesOverAllRateMatchingModes) {
  auto enc = make_polar_encoder("golden");
  auto dec = make_polar_decoder("golden");
  Rng rng(2);
  int n = 0;
  int modes[3] = {0, 0, 0};
  for (int a = 12; a <= 1706; a += (a < 40 ? 1 : 23)) {
    for (int draw = 0; draw < 3; ++draw) {
      const int k = a + (a >= 20 ? 11 : 6) + (a <= 19 ? 3 : 0);
      const int lo = a >= 1013 ? 2 * (a / 2 + 12) : k;
      const int e = lo + static_cast<int>(rng() % static_cast<std::uint64_t>(std::min(3 * lo, 16384 - lo) + 1));
      const PolarConfig c{Channel::Uci, a, e};
      ChannelPlan plan;
      try {
        plan = make_plan(c);
      } catch (const InvalidParameter&) {
        continue;  // E per segment too small after segmentation
      }
      ++modes[static_cast<int>(plan.blocks[0].rate_matching)];
      EXPECT_TRUE(round_trip(*enc, *dec, c, 1 << (n++ % 6), rng)) << "A=" << a << " E=" << e;
    }
  }
  for (int m : modes) EXPECT_GT(m, 10);
}

}  // namespace
}  // namespace bbkit::polar
