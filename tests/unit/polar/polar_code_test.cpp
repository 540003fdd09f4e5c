// SPDX-License-Identifier: Apache-2.0
// Code construction against hand-checked 38.212 cases: mother code length, rate-matching mode,
// PC-bit placement, interleavers as permutations.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "bbkit/common/error.h"
#include "bbkit/polar/channel.h"
#include "bbkit/polar/code.h"

namespace bbkit::polar {
namespace {

TEST(PolarCode, MotherCodeLength) {
  EXPECT_EQ(mother_code_log2(56, 864, 9), 9);    // PBCH: N = 512, repetition
  EXPECT_EQ(mother_code_log2(64, 108, 9), 7);    // DCI AL1, A=40
  EXPECT_EQ(mother_code_log2(41, 45, 10), 6);    // shared vector A=30, E=45
  EXPECT_EQ(mother_code_log2(40, 127, 10), 7);   // shared vector A=29, E=127
  EXPECT_EQ(mother_code_log2(20, 36, 10), 5);    // E <= 9/8 2^(ceil(log2 E)-1), K/E < 9/16 -> n1 = 5
  EXPECT_EQ(mother_code_log2(8, 20, 10), 5);     // n_min
  EXPECT_EQ(mother_code_log2(500, 8000, 10), 10);  // n_max uplink
  EXPECT_EQ(mother_code_log2(140, 8000, 9), 9);    // n_max downlink
}

TEST(PolarCode, RateMatchingModes) {
  EXPECT_EQ(make_polar_code({56, 864, 9, 0, 0, true, false}).rate_matching, RateMatching::Repetition);
  EXPECT_EQ(make_polar_code({41, 45, 10, 0, 0, false, true}).rate_matching, RateMatching::Shortening);
  EXPECT_EQ(make_polar_code({40, 127, 10, 0, 0, false, true}).rate_matching, RateMatching::Puncturing);
  // K/E = 7/16 exactly is still puncturing.
  EXPECT_EQ(make_polar_code({35, 80, 10, 0, 0, false, true}).rate_matching, RateMatching::Puncturing);
  EXPECT_EQ(make_polar_code({36, 80, 10, 0, 0, false, true}).rate_matching, RateMatching::Shortening);
}

TEST(PolarCode, SetsArePartitionsAndMapsArePermutations) {
  for (const BlockParams& p : {BlockParams{56, 864, 9, 0, 0, true, false}, BlockParams{18, 300, 10, 3, 1, false, true},
                               BlockParams{25, 100, 10, 3, 0, false, true}, BlockParams{111, 400, 10, 0, 0, false, true}}) {
    const PolarCode c = make_polar_code(p);
    EXPECT_EQ(static_cast<int>(c.info_positions.size()), p.k);
    EXPECT_EQ(static_cast<int>(c.pc_positions.size()), p.n_pc);
    EXPECT_EQ(static_cast<int>(c.transmit_map.size()), p.e);
    if (p.e <= c.big_n) {
      std::set<int> distinct(c.transmit_map.begin(), c.transmit_map.end());
      EXPECT_EQ(static_cast<int>(distinct.size()), p.e) << "no mother bit sent twice without repetition";
    }
    if (p.input_interleaver) {
      std::vector<int> pi = c.input_interleaver;
      std::sort(pi.begin(), pi.end());
      for (int i = 0; i < p.k; ++i) EXPECT_EQ(pi[static_cast<std::size_t>(i)], i);
    }
  }
}

TEST(PolarCode, ParityCheckBitsFor12To19) {
  // 6.3.1.3.1: CRC6 and three PC bits for 12 <= A <= 19, one of them at minimum row weight
  // when E - K + 3 > 192.
  const ChannelPlan low = make_plan({Channel::Uci, 12, 100});
  EXPECT_EQ(low.crc, CrcType::Crc6);
  EXPECT_EQ(low.blocks[0].params.n_pc, 3);
  EXPECT_EQ(low.blocks[0].params.n_pc_wm, 0);
  const ChannelPlan wm = make_plan({Channel::Uci, 19, 300});
  EXPECT_EQ(wm.blocks[0].params.n_pc, 3);
  EXPECT_EQ(wm.blocks[0].params.n_pc_wm, 1);
  const ChannelPlan crc11 = make_plan({Channel::Uci, 20, 300});
  EXPECT_EQ(crc11.crc, CrcType::Crc11);
  EXPECT_EQ(crc11.blocks[0].params.n_pc, 0);
}

TEST(PolarCode, UciSegmentation) {
  EXPECT_EQ(make_plan({Channel::Uci, 359, 2000}).segments, 1);
  EXPECT_EQ(make_plan({Channel::Uci, 360, 1087}).segments, 1);
  const ChannelPlan two = make_plan({Channel::Uci, 361, 1089});
  EXPECT_EQ(two.segments, 2);
  EXPECT_EQ(two.filler, 1);
  EXPECT_EQ(two.blocks[0].params.k, 181 + 11);
  EXPECT_EQ(two.blocks[0].params.e, 544);
  EXPECT_EQ(two.output_bits, 1088);
  EXPECT_EQ(make_plan({Channel::Uci, 1013, 1500}).segments, 2);
}

TEST(PolarCode, DownlinkPlans) {
  const ChannelPlan pbch = make_plan({Channel::Pbch, 32, 0});
  EXPECT_EQ(pbch.blocks[0].big_n, 512);
  EXPECT_EQ(pbch.output_bits, 864);
  const ChannelPlan dci = make_plan({Channel::Dci, 5, 0, 4, 0x1234});
  EXPECT_EQ(dci.padded_a, 12);
  EXPECT_EQ(dci.output_bits, 432);
  EXPECT_EQ(dci.blocks[0].params.k, 36);
}

TEST(PolarCode, InvalidParametersNameThemselves) {
  auto names = [](const PolarConfig& c) {
    try {
      make_plan(c);
    } catch (const InvalidParameter& e) {
      return e.parameter();
    }
    return std::string("none");
  };
  EXPECT_EQ(names({Channel::Pbch, 31, 864}), "A");
  EXPECT_EQ(names({Channel::Pbch, 32, 800}), "E");
  EXPECT_EQ(names({Channel::Dci, 0, 0, 1}), "A");
  EXPECT_EQ(names({Channel::Dci, 141, 0, 1}), "A");
  EXPECT_EQ(names({Channel::Dci, 40, 0, 3}), "aggregation level");
  EXPECT_EQ(names({Channel::Dci, 40, 100, 1}), "E");
  EXPECT_EQ(names({Channel::Dci, 140, 0, 1}), "E");  // K = 164 > E = 108
  EXPECT_EQ(names({Channel::Uci, 11, 100}), "A");
  EXPECT_EQ(names({Channel::Uci, 1707, 5000}), "A");
  EXPECT_EQ(names({Channel::Uci, 30, 40}), "E");  // K = 41 > E
  EXPECT_EQ(names({Channel::Uci, 30, 0}), "E");
  EXPECT_EQ(names({Channel::Uci, 30, 20000}), "E");
  EXPECT_THROW(channel_from_name("pdsch"), InvalidParameter);
}

}  // namespace
}  // namespace bbkit::polar
