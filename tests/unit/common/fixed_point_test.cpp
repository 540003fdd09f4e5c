// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "bbkit/common/fixed_point.h"

namespace bbkit::fxp {
namespace {

TEST(FixedPoint, SymmetricSaturation) {
  using F = Format<8, 2, Saturation::Symmetric>;
  EXPECT_EQ(F::max, 127);
  EXPECT_EQ(F::min, -127);
  EXPECT_EQ(F::saturate(500), 127);
  EXPECT_EQ(F::saturate(-500), -127);
  EXPECT_EQ(F::from_real(1.0), 4);
  EXPECT_EQ(F::from_real(-0.375), -2);  // -1.5 LSB rounds away from zero
  EXPECT_EQ(F::from_real(100.0), 127);
  EXPECT_DOUBLE_EQ(F::to_real(-6), -1.5);
}

TEST(FixedPoint, TwosComplementKeepsMostNegative) {
  using Q15 = Format<16, 15, Saturation::TwosComplement>;
  EXPECT_EQ(Q15::min, -32768);
  EXPECT_EQ(Q15::from_real(-1.0), -32768);
  EXPECT_EQ(Q15::from_real(1.0), 32767);
}

TEST(FixedPoint, ShiftsRoundAsHardware) {
  EXPECT_EQ(shift_right_round(5, 1), 3);    // 2.5 -> 3
  EXPECT_EQ(shift_right_round(-5, 1), -2);  // -2.5 -> -2: half up, not away from zero
  EXPECT_EQ(shift_right_floor(-5, 1), -3);
  EXPECT_EQ(shift_right_round(7, 0), 7);
}

}  // namespace
}  // namespace bbkit::fxp
