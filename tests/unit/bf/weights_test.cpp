// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cmath>

#include "bbkit/bf/channel.h"
#include "bbkit/bf/metrics.h"
#include "bbkit/bf/weights.h"
#include "bbkit/common/error.h"

namespace bbkit::bf {
namespace {

struct Shape {
  int layers, antennas;
};

CMatrix draw(bool correlated, Shape s, Rng& rng) {
  return correlated ? correlated_channel(s.layers, s.antennas, 0.9, rng) : rayleigh_channel(s.layers, s.antennas, rng);
}

std::vector<Cf64> as_vector(const CMatrix& m) { return {m.data(), m.data() + m.size()}; }

class WeightsTest : public ::testing::TestWithParam<std::tuple<std::string, bool, Shape>> {
 protected:
  std::unique_ptr<WeightCalculator> calc = make_weight_calculator(std::get<0>(GetParam()));
  bool correlated = std::get<1>(GetParam());
  Shape shape = std::get<2>(GetParam());
  double tolerance() const { return std::get<0>(GetParam()) == "reference" ? 1e-10 : 1e-3; }
};

// Zero forcing on a noiseless channel: H W = I_L (H layers x antennas, W antennas x layers).
TEST_P(WeightsTest, ZeroForcingInvertsTheChannel) {
  Rng rng(21);
  for (int trial = 0; trial < 5; ++trial) {
    const CMatrix h = draw(correlated, shape, rng);
    const CMatrix w = calc->process({0.0, Normalization::None}, h);
    ASSERT_EQ(w.rows(), shape.antennas);
    ASSERT_EQ(w.cols(), shape.layers);
    const double residual = (h * w - CMatrix::Identity(shape.layers, shape.layers)).norm();
    EXPECT_LT(residual, tolerance()) << "trial " << trial;
  }
}

TEST_P(WeightsTest, NormalizationsHoldAndKeepTheDirection) {
  Rng rng(22);
  const CMatrix h = draw(correlated, shape, rng);
  const CMatrix raw = calc->process({0.0, Normalization::None}, h);
  const CMatrix fro = calc->process({0.0, Normalization::Frobenius}, h);
  const CMatrix pam = calc->process({0.0, Normalization::PerAntennaMax}, h);
  EXPECT_NEAR(fro.squaredNorm(), shape.layers, 1e-4 * shape.layers);
  EXPECT_NEAR(pam.rowwise().squaredNorm().maxCoeff(), 1.0, 1e-5);
  // Both are positive multiples of the ZF solution: H W stays a scaled identity.
  for (const CMatrix* w : {&fro, &pam}) {
    const double c = (h * *w)(0, 0).real();
    EXPECT_GT(c, 0);
    EXPECT_LT((h * *w / c - CMatrix::Identity(shape.layers, shape.layers)).norm(), tolerance());
  }
  EXPECT_LT((raw * (fro(0, 0) / raw(0, 0)) - fro).norm(), tolerance() * fro.norm());
}

// The hardware-friendly variant is at least 40 dB from the double reference, ZF and MMSE.
TEST_P(WeightsTest, CloseToReferenceAbove40dB) {
  auto ref = make_weight_calculator("reference");
  Rng rng(23);
  for (double lambda : {0.0, 0.1}) {
    for (int trial = 0; trial < 4; ++trial) {
      const CMatrix h = draw(correlated, shape, rng);
      const WeightConfig c{lambda, Normalization::PerAntennaMax};
      const double sqnr = sqnr_db(as_vector(ref->process(c, h)), as_vector(calc->process(c, h)));
      EXPECT_GE(sqnr, 40.0) << "lambda " << lambda << " trial " << trial;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Bf, WeightsTest,
                         ::testing::Combine(::testing::ValuesIn(weight_calculator_implementations()),
                                            ::testing::Bool(), ::testing::Values(Shape{16, 64}, Shape{8, 32}, Shape{32, 64}, Shape{1, 1})),
                         [](const auto& p) {
                           std::string n = std::get<0>(p.param) == "reference" ? "reference" : "cholesky_f32";
                           return n + (std::get<1>(p.param) ? "_correlated_" : "_rayleigh_") +
                                  std::to_string(std::get<2>(p.param).layers) + "x" +
                                  std::to_string(std::get<2>(p.param).antennas);
                         });

// MMSE by the push-through identity: H^H (H H^H + lambda I)^-1 = (H^H H + lambda I)^-1 H^H.
TEST(BfWeights, RegularizedMatchesPushThroughForm) {
  Rng rng(24);
  const CMatrix h = rayleigh_channel(8, 32, rng);
  const double lambda = 0.3;
  const CMatrix other = (h.adjoint() * h + lambda * CMatrix::Identity(32, 32)).inverse() * h.adjoint();
  for (const auto& impl : weight_calculator_implementations()) {
    const CMatrix w = make_weight_calculator(impl)->process({lambda, Normalization::None}, h);
    EXPECT_LT((w - other).norm() / other.norm(), impl == "reference" ? 1e-12 : 1e-5) << impl;
  }
}

TEST(BfChannel, SeededAndUnitPower) {
  Rng a(5), b(5);
  EXPECT_EQ(rayleigh_channel(4, 8, a), rayleigh_channel(4, 8, b));
  EXPECT_EQ(correlated_channel(4, 8, 0.5, a), correlated_channel(4, 8, 0.5, b));
  Rng rng(6);
  const CMatrix h = rayleigh_channel(32, 64, rng);
  EXPECT_NEAR(h.squaredNorm() / double(h.size()), 1.0, 0.08);
}

// Averaged over draws, antennas a and b of the correlated model correlate as rho^|a - b|.
TEST(BfChannel, CorrelatedFollowsExponentialModel) {
  Rng rng(7);
  const int n = 8;
  const double rho = 0.7;
  Eigen::MatrixXcd acc = Eigen::MatrixXcd::Zero(n, n);
  const int draws = 2000;
  for (int d = 0; d < draws; ++d) {
    const CMatrix h = correlated_channel(4, n, rho, rng);
    acc += h.adjoint() * h;  // sum over the 4 rows of h^H h
  }
  acc /= double(draws * 4);
  const Eigen::MatrixXd r = exponential_correlation(n, rho);
  EXPECT_LT((acc - r.cast<Cf64>()).cwiseAbs().maxCoeff(), 0.06);
}

TEST(BfWeights, BadInputsNameThemselves) {
  auto w = make_weight_calculator("cholesky-f32");
  Rng rng(8);
  const auto param = [&](const WeightConfig& c, const CMatrix& h) {
    try {
      w->process(c, h);
    } catch (const InvalidParameter& e) {
      return e.parameter();
    }
    return std::string("no error");
  };
  EXPECT_EQ(param({}, CMatrix::Ones(5, 4)), "channel layers (rows of H)");
  EXPECT_EQ(param({}, CMatrix::Ones(33, 64)), "channel layers (rows of H)");
  EXPECT_EQ(param({}, CMatrix::Ones(2, 65)), "channel antennas (columns of H)");
  EXPECT_EQ(param({-1.0, Normalization::None}, rayleigh_channel(2, 4, rng)), "lambda");
  EXPECT_EQ(param({std::nan(""), Normalization::None}, rayleigh_channel(2, 4, rng)), "lambda");
  CMatrix twin = rayleigh_channel(2, 4, rng);
  twin.row(1) = twin.row(0);  // two layers see the same channel: ZF impossible
  for (const auto& impl : weight_calculator_implementations()) {
    EXPECT_THROW(make_weight_calculator(impl)->process({0.0, Normalization::None}, twin), InvalidParameter) << impl;
    EXPECT_NO_THROW(make_weight_calculator(impl)->process({0.1, Normalization::None}, twin)) << impl;
  }
  EXPECT_THROW(make_weight_calculator("magic"), InvalidParameter);
  EXPECT_THROW(correlated_channel(2, 4, 1.0, rng), InvalidParameter);
  EXPECT_THROW(rayleigh_channel(0, 4, rng), InvalidParameter);
}

}  // namespace
}  // namespace bbkit::bf
