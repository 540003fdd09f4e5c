// SPDX-License-Identifier: Apache-2.0
#include "bbkit/bf/weights.h"

#include <cmath>
#include <string>

#include "bbkit/common/error.h"

namespace bbkit::bf {
namespace {

void check(const WeightConfig& c, const CMatrix& h) {
  require_range("channel layers (rows of H)", h.rows(), 1, kMaxLayers);
  require_range("channel antennas (columns of H)", h.cols(), 1, kMaxAntennas);
  require(h.rows() <= h.cols(), "channel layers (rows of H)", h.rows(),
          "at most the antennas (" + std::to_string(h.cols()) + ")");
  if (!(c.lambda >= 0.0 && std::isfinite(c.lambda)))
    throw InvalidParameter("lambda", std::to_string(c.lambda), "finite and >= 0");
  if (!h.allFinite()) throw InvalidParameter("channel H", "non-finite entries", "finite values");
}

[[noreturn]] void not_positive_definite(long pivot) {
  throw InvalidParameter("H H^H + lambda I", "not positive definite at pivot " + std::to_string(pivot),
                         "H of full row rank, or lambda > 0");
}

template <typename T>
void normalize_impl(Eigen::Matrix<std::complex<T>, Eigen::Dynamic, Eigen::Dynamic>& w, Normalization n) {
  T scale = 1;
  if (n == Normalization::Frobenius) scale = std::sqrt(T(w.cols()) / w.squaredNorm());
  if (n == Normalization::PerAntennaMax) scale = T(1) / std::sqrt(w.rowwise().squaredNorm().maxCoeff());
  w *= scale;
}

class ReferenceWeights final : public WeightCalculator {
 public:
  CMatrix process(const WeightConfig& c, const CMatrix& h) override {
    check(c, h);
    const long layers = h.rows();
    const CMatrix g = h * h.adjoint() + c.lambda * CMatrix::Identity(layers, layers);
    const Eigen::PartialPivLU<CMatrix> lu(g);
    if (!(lu.rcond() > 1e-13)) not_positive_definite(0);  // numerically singular in double
    CMatrix w = lu.solve(h).adjoint();  // (G^-1 H)^H = H^H G^-1 since G is Hermitian
    normalize_impl(w, c.normalization);
    return w;
  }
};

class CholeskyF32Weights final : public WeightCalculator {
 public:
  CMatrix process(const WeightConfig& c, const CMatrix& h64) override {
    check(c, h64);
    using C = std::complex<float>;
    using Mat = Eigen::Matrix<C, Eigen::Dynamic, Eigen::Dynamic>;
    const Mat h = h64.cast<C>();
    const long L = h.rows(), A = h.cols();
    // Gram matrix, lower triangle: G[i][j] = sum_a H[i][a] conj(H[j][a]) (+ lambda on the diagonal)
    Mat g = Mat::Zero(L, L);
    for (long i = 0; i < L; ++i)
      for (long j = 0; j <= i; ++j) {
        C s = 0;
        for (long a = 0; a < A; ++a) s += h(i, a) * std::conj(h(j, a));
        g(i, j) = s;
      }
    for (long i = 0; i < L; ++i) g(i, i) += static_cast<float>(c.lambda);
    // Cholesky G = C C^H, lower C; keep 1 / C[j][j] so the solves below only multiply.
    Mat ch = Mat::Zero(L, L);
    std::vector<float> inv_diag(static_cast<std::size_t>(L));
    for (long j = 0; j < L; ++j) {
      float d = g(j, j).real();
      for (long k = 0; k < j; ++k) d -= std::norm(ch(j, k));
      // A pivot below 2^-20 of its diagonal entry means float32 has no correct digits left.
      if (!(d > std::ldexp(g(j, j).real(), -20))) not_positive_definite(j);
      const float r = std::sqrt(d);
      ch(j, j) = r;
      inv_diag[j] = 1.0f / r;
      for (long i = j + 1; i < L; ++i) {
        C s = g(i, j);
        for (long k = 0; k < j; ++k) s -= ch(i, k) * std::conj(ch(j, k));
        ch(i, j) = s * inv_diag[j];
      }
    }
    // Forward C U = H, then back C^H Z = U, column by column of H (one per antenna).
    Mat z(L, A);
    for (long a = 0; a < A; ++a) {
      for (long i = 0; i < L; ++i) {
        C s = h(i, a);
        for (long k = 0; k < i; ++k) s -= ch(i, k) * z(k, a);
        z(i, a) = s * inv_diag[i];
      }
      for (long i = L - 1; i >= 0; --i) {
        C s = z(i, a);
        for (long k = i + 1; k < L; ++k) s -= std::conj(ch(k, i)) * z(k, a);
        z(i, a) = s * inv_diag[i];
      }
    }
    Mat w = z.adjoint();
    normalize_impl(w, c.normalization);
    return w.cast<Cf64>();
  }
};

}  // namespace

std::vector<std::string> weight_calculator_implementations() { return {"reference", "cholesky-f32"}; }

std::unique_ptr<WeightCalculator> make_weight_calculator(const std::string& impl) {
  if (impl == "reference") return std::make_unique<ReferenceWeights>();
  if (impl == "cholesky-f32") return std::make_unique<CholeskyF32Weights>();
  throw InvalidParameter("weight implementation", "'" + impl + "'", "reference or cholesky-f32");
}

void normalize(CMatrix& w, Normalization n) { normalize_impl(w, n); }

std::vector<Cf64> flatten_weights(const std::vector<CMatrix>& per_group) {
  std::vector<Cf64> out;
  for (const CMatrix& w : per_group)
    for (long a = 0; a < w.rows(); ++a)
      for (long l = 0; l < w.cols(); ++l) out.push_back(w(a, l));
  return out;
}

std::vector<Iq16> quantize_weights(const std::vector<CMatrix>& per_group) {
  return to_iq16(flatten_weights(per_group));
}

}  // namespace bbkit::bf
