// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cmath>

#include "bbkit/common/channel.h"
#include "bbkit/common/error.h"

namespace bbkit {
namespace {

class ChannelByQm : public ::testing::TestWithParam<int> {};

TEST_P(ChannelByQm, HighSnrLlrSignsAreTheBits) {
  const Modulation m = modulation_from_qm(GetParam());
  Rng rng(1);
  const Bits bits = random_bits(rng, 960);
  const auto llr = awgn_llrs(bits, m, 80.0, rng);
  for (std::size_t i = 0; i < bits.size(); ++i) ASSERT_EQ(hard_bit(llr[i]), bits[i]) << "bit " << i;
}

INSTANTIATE_TEST_SUITE_P(AllQm, ChannelByQm, ::testing::Values(1, 2, 4, 6, 8));

TEST(Channel, QpskBitErrorRateMatchesTheory) {
  // QPSK at Es/N0 = 3 dB has Eb/N0 = 0 dB: BER = Q(sqrt(2)) = 0.0786.
  Rng rng(2);
  const Bits bits = random_bits(rng, 200000);
  const auto llr = awgn_llrs(bits, Modulation::Qpsk, 3.0103, rng);
  std::size_t errors = 0;
  for (std::size_t i = 0; i < bits.size(); ++i) errors += hard_bit(llr[i]) != bits[i];
  EXPECT_NEAR(double(errors) / double(bits.size()), 0.5 * std::erfc(1.0), 0.003);
}

TEST(Channel, RejectsBadModulation) {
  EXPECT_THROW(modulation_from_qm(3), InvalidParameter);
  EXPECT_THROW(modulation_from_name("8psk"), InvalidParameter);
  EXPECT_EQ(modulation_from_name("16QAM"), Modulation::Qam16);
}

}  // namespace
}  // namespace bbkit
