// SPDX-License-Identifier: Apache-2.0
// Floating-point apply with Eigen: per OFDM symbol and PRB group, one matrix product of the
// group's weights with the group's REs (ports x REs, column-major = the buffer layout).
#include <algorithm>

#include <Eigen/Dense>

#include "bbkit/bf/apply.h"

namespace bbkit::bf {
namespace {

template <typename C>
void apply_float_impl(const ApplyConfig& c, const std::vector<C>& weights, const std::vector<C>& input,
                      std::vector<C>& output) {
  using Mat = Eigen::Matrix<C, Eigen::Dynamic, Eigen::Dynamic>;
  using RowMat = Eigen::Matrix<C, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  validate_sizes(c, weights.size(), input.size());
  output.assign(c.output_count(), C{});
  const int nsc = c.prbs * kSubcarriersPerPrb;
  const int in_ports = c.input_ports();
  const int out_ports = c.output_ports();
  for (int g = 0; g < c.groups(); ++g) {
    const Eigen::Map<const RowMat> w(&weights[static_cast<std::size_t>(g) * c.antennas * c.layers], c.antennas,
                                     c.layers);
    const int k0 = g * c.prb_group * kSubcarriersPerPrb;
    const int k1 = std::min(nsc, k0 + c.prb_group * kSubcarriersPerPrb);
    for (int sym = 0; sym < c.symbols; ++sym) {
      const std::size_t re0 = static_cast<std::size_t>(sym) * nsc + k0;
      const Eigen::Map<const Mat> x(&input[re0 * in_ports], in_ports, k1 - k0);
      Eigen::Map<Mat> y(&output[re0 * out_ports], out_ports, k1 - k0);
      if (c.direction == Direction::Precode)
        y.noalias() = w * x;
      else
        y.noalias() = w.adjoint() * x;
    }
  }
}

}  // namespace

void apply_float(const ApplyConfig& c, const std::vector<Cf64>& w, const std::vector<Cf64>& x, std::vector<Cf64>& y) {
  apply_float_impl(c, w, x, y);
}
void apply_float(const ApplyConfig& c, const std::vector<Cf32>& w, const std::vector<Cf32>& x, std::vector<Cf32>& y) {
  apply_float_impl(c, w, x, y);
}

}  // namespace bbkit::bf
