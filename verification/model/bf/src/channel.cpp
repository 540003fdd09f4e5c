// SPDX-License-Identifier: Apache-2.0
#include "bbkit/bf/channel.h"

#include <cmath>

#include "bbkit/bf/types.h"
#include "bbkit/common/error.h"

namespace bbkit::bf {
namespace {

void check_shape(int layers, int antennas) {
  require_range("layers", layers, 1, kMaxLayers);
  require_range("antennas", antennas, 1, kMaxAntennas);
}

}  // namespace

CMatrix rayleigh_channel(int layers, int antennas, Rng& rng) {
  check_shape(layers, antennas);
  Gaussian g(rng);
  const double s = std::sqrt(0.5);
  CMatrix h(layers, antennas);
  for (int l = 0; l < layers; ++l)
    for (int a = 0; a < antennas; ++a) {
      const double re = g();
      h(l, a) = {s * re, s * g()};
    }
  return h;
}

Eigen::MatrixXd exponential_correlation(int n, double rho) {
  Eigen::MatrixXd r(n, n);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) r(i, j) = std::pow(rho, std::abs(i - j));
  return r;
}

CMatrix correlated_channel(int layers, int antennas, double rho, Rng& rng) {
  check_shape(layers, antennas);
  if (!(rho >= 0.0 && rho < 1.0))
    throw InvalidParameter("rho", std::to_string(rho), "[0, 1) (rho = 1 makes the array rank one)");
  const Eigen::MatrixXd c = exponential_correlation(antennas, rho).llt().matrixL();
  return rayleigh_channel(layers, antennas, rng) * c.transpose().cast<Cf64>();
}

}  // namespace bbkit::bf
