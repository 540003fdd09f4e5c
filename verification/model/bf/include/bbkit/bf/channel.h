// SPDX-License-Identifier: Apache-2.0
// Seeded test channels, layers x antennas (H in bbkit/bf/types.h), unit average gain per entry.
#pragma once

#include <Eigen/Dense>

#include "bbkit/common/rng.h"

namespace bbkit::bf {

using CMatrix = Eigen::MatrixXcd;

/// i.i.d. Rayleigh: every entry CN(0, 1), drawn row by row (layer 0 first) from bbkit::Gaussian.
CMatrix rayleigh_channel(int layers, int antennas, Rng& rng);

/// Exponential correlation matrix R[i][j] = rho^|i - j| (a uniform linear array).
Eigen::MatrixXd exponential_correlation(int n, double rho);

/// Kronecker model with the correlation at the array only (users far apart):
/// H = Hw R^(1/2) with Hw i.i.d. Rayleigh and R = exponential_correlation(antennas, rho), using
/// the Cholesky factor R = C C^T, H = Hw C^T; each row then has covariance R. rho in [0, 1).
CMatrix correlated_channel(int layers, int antennas, double rho, Rng& rng);

}  // namespace bbkit::bf
