// SPDX-License-Identifier: Apache-2.0
// Encode -> noiseless LLRs -> decode, for every implementation, over a sweep of channels and
// (A, E) covering the three rate-matching modes, UCI segmentation, PC bits and every list size.
#include <gtest/gtest.h>

#include <iostream>
#include <set>

#include "bbkit/common/channel.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"
#include "bbkit/polar/decoder.h"
#include "bbkit/polar/encoder.h"

namespace bbkit::polar {
namespace {

std::vector<PolarConfig> sweep() {
  std::vector<PolarConfig> s;
  s.push_back({Channel::Pbch, 32, 864});
  for (int al : {1, 2, 4, 8, 16})
    for (int a : {1, 12, 40, 84}) s.push_back({Channel::Dci, a, 0, al, 0xBEEF});
  s.push_back({Channel::Dci, 140, 0, 2, 7});
  // UCI: shortening, puncturing, repetition; CRC6 + PC (with and without the row-weight bit);
  // CRC11; two segments with and without a filler bit.
  const int uci[][2] = {{12, 21}, {12, 30}, {15, 64}, {19, 300}, {19, 1100}, {20, 40}, {20, 40 * 16 / 7},
                        {30, 45}, {29, 127}, {64, 128}, {100, 400}, {100, 1500}, {250, 300}, {359, 2000},
                        {360, 1088}, {361, 1200}, {500, 700}, {1013, 2100}, {1706, 4000}};
  for (const auto& ae : uci) s.push_back({Channel::Uci, ae[0], ae[1]});
  return s;
}

std::string describe(const PolarConfig& c, int list) {
  return std::string(channel_name(c.channel)) + " A=" + std::to_string(c.a) + " E=" + std::to_string(c.e) +
         " AL=" + std::to_string(c.aggregation_level) + " L=" + std::to_string(list);
}

class PolarRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(PolarRoundTrip, NoiselessSweepEveryListSize) {
  auto encoder = make_polar_encoder(GetParam());
  auto decoder = make_polar_decoder(GetParam());
  FloatSclDecoder reference;
  FloatSclDecoder exact(FloatKernel::Exact);
  Rng rng(7);
  std::set<RateMatching> modes;
  for (const PolarConfig& config : sweep()) {
    const ChannelPlan plan = make_plan(config);
    modes.insert(plan.blocks[0].rate_matching);
    const Bits payload = random_bits(rng, static_cast<std::size_t>(config.a));
    const Bits coded = encoder->process(config, payload);
    ASSERT_EQ(coded.size(), static_cast<std::size_t>(plan.output_bits));
    // Moderate magnitudes keep the fixed-point path away from saturation at the input.
    std::vector<std::int8_t> llr(coded.size());
    std::vector<double> real(coded.size());
    for (std::size_t k = 0; k < coded.size(); ++k) {
      llr[k] = static_cast<std::int8_t>(coded[k] ? -20 : 20);
      real[k] = coded[k] ? -2.5 : 2.5;
    }
    for (int list : {1, 2, 4, 8, 16, 32}) {
      const DecodeResult fixed = decoder->process(config, DecoderConfig{list}, llr);
      EXPECT_TRUE(fixed.crc_ok) << describe(config, list);
      EXPECT_EQ(fixed.payload, payload) << describe(config, list);
      const DecodeResult flt = reference.process(config, DecoderConfig{list}, real);
      EXPECT_TRUE(flt.crc_ok) << "float " << describe(config, list);
      EXPECT_EQ(flt.payload, payload) << "float " << describe(config, list);
      const DecodeResult ex = exact.process(config, DecoderConfig{list}, real);
      EXPECT_TRUE(ex.crc_ok) << "exact " << describe(config, list);
      EXPECT_EQ(ex.payload, payload) << "exact " << describe(config, list);
    }
  }
  EXPECT_EQ(modes.size(), 3u) << "the sweep must cover puncturing, shortening and repetition";
}

TEST_P(PolarRoundTrip, WrongRntiFailsTheDciCrc) {
  auto encoder = make_polar_encoder(GetParam());
  auto decoder = make_polar_decoder(GetParam());
  Rng rng(3);
  for (int al : {1, 4, 8}) {
    PolarConfig config{Channel::Dci, 40, 0, al, 0x4601};
    const Bits payload = random_bits(rng, 40);
    const Bits coded = encoder->process(config, payload);
    std::vector<std::int8_t> llr(coded.size());
    for (std::size_t k = 0; k < coded.size(); ++k) llr[k] = static_cast<std::int8_t>(coded[k] ? -40 : 40);
    EXPECT_TRUE(decoder->process(config, DecoderConfig{8}, llr).crc_ok);
    for (std::uint16_t other : {std::uint16_t{0x4600}, std::uint16_t{0xFFFF}, std::uint16_t{0}}) {
      PolarConfig wrong = config;
      wrong.rnti = other;
      EXPECT_FALSE(decoder->process(wrong, DecoderConfig{8}, llr).crc_ok) << "rnti " << other;
    }
  }
}

TEST_P(PolarRoundTrip, InvalidDecoderInputs) {
  auto decoder = make_polar_decoder(GetParam());
  const PolarConfig config{Channel::Uci, 30, 45};
  const std::vector<std::int8_t> llr(45, 10);
  for (int bad : {0, 3, 6, 64, -1}) {
    try {
      decoder->process(config, DecoderConfig{bad}, llr);
      ADD_FAILURE() << "list size " << bad << " accepted";
    } catch (const InvalidParameter& e) {
      EXPECT_EQ(e.parameter(), "list size");
    }
  }
  EXPECT_THROW(decoder->process(config, DecoderConfig{8}, std::vector<std::int8_t>(44, 1)), InvalidParameter);
  auto encoder = make_polar_encoder(GetParam());
  EXPECT_THROW(encoder->process(config, Bits(29, 0)), InvalidParameter);
  EXPECT_THROW(encoder->process(config, Bits(30, 2)), InvalidParameter);
}

// Under noise the list must pay off: CA-SCL with L=8 makes far fewer block errors than SC,
// and the fixed-point decoder stays close to the float reference. Catches path-management
// bugs that noiseless inputs cannot (a noiseless codeword survives any list).
TEST_P(PolarRoundTrip, ListDecodingBeatsScUnderNoise) {
  auto encoder = make_polar_encoder(GetParam());
  auto decoder = make_polar_decoder(GetParam());
  FloatSclDecoder reference;
  FloatSclDecoder exact(FloatKernel::Exact);
  for (const PolarConfig& config : {PolarConfig{Channel::Uci, 100, 400}, PolarConfig{Channel::Uci, 15, 120},
                                    PolarConfig{Channel::Dci, 40, 0, 2, 0x1234}}) {
    Rng rng(11);
    int errors_sc = 0, errors_list = 0, errors_float = 0, errors_exact = 0;
    const double snr_db = config.channel == Channel::Dci ? -2.0 : (config.a == 100 ? -1.0 : -4.5);
    for (int frame = 0; frame < 300; ++frame) {
      const Bits payload = random_bits(rng, static_cast<std::size_t>(config.a));
      const auto llr = awgn_llrs(encoder->process(config, payload), Modulation::Qpsk, snr_db, rng);
      const auto q = quantize_llrs(llr);
      const auto sc = decoder->process(config, DecoderConfig{1}, q);
      const auto list = decoder->process(config, DecoderConfig{8}, q);
      const auto flt = reference.process(config, DecoderConfig{8}, llr);
      errors_sc += !(sc.crc_ok && sc.payload == payload);
      errors_list += !(list.crc_ok && list.payload == payload);
      errors_float += !(flt.crc_ok && flt.payload == payload);
      const auto ex = exact.process(config, DecoderConfig{8}, llr);
      errors_exact += !(ex.crc_ok && ex.payload == payload);
    }
    const std::string what = describe(config, 8) + ": SC " + std::to_string(errors_sc) + ", L8 " +
                             std::to_string(errors_list) + ", float L8 " + std::to_string(errors_float) +
                             ", exact L8 " + std::to_string(errors_exact);
    std::cout << what << "\n";
    EXPECT_GT(errors_sc, 10) << what << " (the SNR should stress SC)";
    EXPECT_LT(2 * errors_list, errors_sc) << what;
    EXPECT_LE(errors_list, errors_float + 10) << what;
    EXPECT_LE(errors_exact, errors_float + 10) << what;
  }
}

TEST(PolarFactory, UnknownImplementation) {
  EXPECT_THROW(make_polar_encoder("rtl"), InvalidParameter);
  EXPECT_THROW(make_polar_decoder("hls"), InvalidParameter);
}

INSTANTIATE_TEST_SUITE_P(Implementations, PolarRoundTrip, ::testing::Values("golden"));

}  // namespace
}  // namespace bbkit::polar
