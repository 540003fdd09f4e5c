// SPDX-License-Identifier: Apache-2.0
// Regularized zero-forcing / MMSE weights per PRB group from a channel estimate:
//   W = H^H (H H^H + lambda I_L)^-1      H: layers x antennas, W: antennas x layers
// (conventions in bbkit/bf/types.h). lambda = 0 is zero forcing (H W = I_L); lambda = the noise
// variance per unit-power layer symbol is the MMSE (regularized ZF) precoder/combiner.
// Implementations, by name:
//   "reference"     Eigen, complex double, partial-pivot LU solve: the float reference
//   "cholesky-f32"  the hardware-friendly variant: complex float32 throughout; Gram matrix,
//                   Cholesky G = C C^H with one reciprocal per pivot, forward and back
//                   substitution for Z = G^-1 H using multiplies only, W = Z^H; normalization in
//                   float32. Its accuracy against "reference" is measured (docs/results).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bbkit/bf/channel.h"
#include "bbkit/bf/types.h"

namespace bbkit::bf {

enum class Normalization {
  None,           ///< W as computed (H W = I for ZF)
  Frobenius,      ///< scaled so ||W||_F^2 = layers: average layer precoder of unit norm
  PerAntennaMax,  ///< scaled so max_a sum_l |W[a][l]|^2 = 1: no antenna above full power
};

struct WeightConfig {
  double lambda = 0.0;  ///< regularization, >= 0 and finite
  Normalization normalization = Normalization::Frobenius;
};

class WeightCalculator {
 public:
  virtual ~WeightCalculator() = default;
  /// W (antennas x layers) for channel h (layers x antennas, 1 <= layers <= antennas <= 64,
  /// layers <= 32). Throws InvalidParameter on bad shapes or lambda, and when H H^H + lambda I
  /// is not positive definite (rank-deficient H with lambda = 0).
  virtual CMatrix process(const WeightConfig& config, const CMatrix& h) = 0;
};

std::unique_ptr<WeightCalculator> make_weight_calculator(const std::string& impl);
std::vector<std::string> weight_calculator_implementations();

/// Normalization::None, Frobenius or PerAntennaMax scale factor applied to w (double precision).
void normalize(CMatrix& w, Normalization n);

/// Per-group weight matrices (each antennas x layers) to the Q1.15 apply buffer layout,
/// saturating components outside [-1, 1).
std::vector<Iq16> quantize_weights(const std::vector<CMatrix>& per_group);
/// The same layout in complex double (for apply_float).
std::vector<Cf64> flatten_weights(const std::vector<CMatrix>& per_group);

}  // namespace bbkit::bf
