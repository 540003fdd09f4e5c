// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "bbkit/common/bits.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"

namespace bbkit {
namespace {

TEST(Bits, PacksMsbFirstAsBbdev) {
  const Bits bits = {1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1};
  const Bytes packed = pack_bits(bits);
  ASSERT_EQ(packed.size(), 2u);
  EXPECT_EQ(packed[0], 0x8C);
  EXPECT_EQ(packed[1], 0x50);  // unused low bits are zero
}

TEST(Bits, RoundTripsEveryLength) {
  Rng rng(7);
  for (std::size_t n = 0; n < 70; ++n) {
    const Bits b = random_bits(rng, n);
    EXPECT_EQ(unpack_bits(pack_bits(b), n), b) << "n = " << n;
  }
}

TEST(Bits, UnpackRejectsShortBuffer) {
  const Bytes two = {0xFF, 0x00};
  EXPECT_THROW(unpack_bits(two, 17), InvalidParameter);
  EXPECT_EQ(unpack_bits(two, 16).size(), 16u);
}

TEST(Bits, HardDecisionFollowsBbdevSign) {
  EXPECT_EQ(hard_bit(127), 0);
  EXPECT_EQ(hard_bit(-1), 1);
  EXPECT_EQ(hard_bit(0), 0);
}

}  // namespace
}  // namespace bbkit
