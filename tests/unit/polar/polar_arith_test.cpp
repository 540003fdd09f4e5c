// SPDX-License-Identifier: Apache-2.0
// The fixed-point arithmetic of the polar decoder, pinned to docs/fixed-point.md (Polar decoder): the
// rules an HLS kernel or RTL core must reproduce bit for bit.
#include <gtest/gtest.h>

#include <cmath>

#include "scl_arith.h"

namespace bbkit::polar::detail {
namespace {

TEST(PolarFixedArith, FormatsAreAsDocumented) {
  EXPECT_EQ(fxp::PolarLlr::width, 8);
  EXPECT_EQ(fxp::PolarLlr::frac, 3);
  EXPECT_EQ(fxp::PolarInternalLlr::width, 10);
  EXPECT_EQ(fxp::PolarInternalLlr::max, 511);
  EXPECT_EQ(fxp::PolarPathMetric::max, 32767);
  EXPECT_EQ(FixedArith::kKnownZero, 511);
  EXPECT_EQ(fxp::PolarLlr::from_real(1.0), 8);
  EXPECT_EQ(fxp::PolarLlr::from_real(-100.0), -127);
  EXPECT_EQ(fxp::PolarLlr::from_real(0.0625), 1);  // half an LSB rounds away from zero
}

TEST(PolarFixedArith, MinSumF) {
  EXPECT_EQ(FixedArith::f(5, 9), 5);
  EXPECT_EQ(FixedArith::f(-5, 9), -5);
  EXPECT_EQ(FixedArith::f(5, -3), -3);
  EXPECT_EQ(FixedArith::f(-5, -3), 3);
  EXPECT_EQ(FixedArith::f(0, -3), 0);  // a zero counts as positive
  EXPECT_EQ(FixedArith::f(-511, -511), 511);
}

TEST(PolarFixedArith, GSaturatesToTenBits) {
  EXPECT_EQ(FixedArith::g(3, 4, 0), 7);
  EXPECT_EQ(FixedArith::g(3, 4, 1), 1);
  EXPECT_EQ(FixedArith::g(400, 300, 0), 511);
  EXPECT_EQ(FixedArith::g(400, -300, 1), -511);
  EXPECT_EQ(FixedArith::g(-511, 511, 1), 511);
}

TEST(PolarFixedArith, PathMetricPenaltyAndClip) {
  EXPECT_EQ(FixedArith::penalty(7, 0), 0);
  EXPECT_EQ(FixedArith::penalty(7, 1), 7);
  EXPECT_EQ(FixedArith::penalty(-7, 0), 7);
  EXPECT_EQ(FixedArith::penalty(-7, 1), 0);
  EXPECT_EQ(FixedArith::penalty(0, 0), 0);
  EXPECT_EQ(FixedArith::penalty(0, 1), 0);  // hard decision of 0 is bit 0; |0| costs nothing
  EXPECT_EQ(FixedArith::add(32700, 511), 32767);
  EXPECT_EQ(FixedArith::add(100, 11), 111);
}

TEST(PolarExactArith, MatchesTheTanhRule) {
  for (double a : {-7.5, -1.0, -0.1, 0.3, 2.0, 9.0})
    for (double b : {-4.0, -0.5, 0.2, 1.0, 6.0}) {
      const double want = 2.0 * std::atanh(std::tanh(a / 2) * std::tanh(b / 2));
      EXPECT_NEAR(ExactArith::f(a, b), want, 1e-9) << a << " " << b;
    }
  EXPECT_NEAR(ExactArith::penalty(2.0, 1), std::log1p(std::exp(2.0)), 1e-12);
  EXPECT_NEAR(ExactArith::penalty(2.0, 0), std::log1p(std::exp(-2.0)), 1e-12);
  EXPECT_TRUE(std::isfinite(ExactArith::penalty(1e6, 1)));
}

}  // namespace
}  // namespace bbkit::polar::detail
