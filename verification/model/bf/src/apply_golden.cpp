// SPDX-License-Identifier: Apache-2.0
// The golden fixed-point apply: the datapath declared in bbkit/bf/apply.h, written the way the
// hardware computes it (integer products, one wide accumulator per output, one rounding shift).
#include <algorithm>

#include "bbkit/bf/apply.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"

namespace bbkit::bf {
namespace {

using Acc = fxp::BfAccumulator;
// |wr*xr - wi*xi| <= 2^30 + 2^15 * (2^15 - 1) = 2^31 - 2^15 per complex product component.
constexpr std::int64_t kMaxProduct = (std::int64_t{1} << 31) - (std::int64_t{1} << 15);
static_assert(kMaxAntennas * kMaxProduct <= Acc::max && -kMaxAntennas * kMaxProduct >= Acc::min,
              "the accumulator must hold 64 products without overflow");

class GoldenApply final : public BeamformingApply {
 public:
  ApplyStats process(const ApplyConfig& c, const std::vector<Iq16>& weights, const std::vector<Iq16>& input,
                     std::vector<Iq16>& output) override {
    validate_sizes(c, weights.size(), input.size());
    output.assign(c.output_count(), Iq16{});
    ApplyStats stats;
    const int nsc = c.prbs * kSubcarriersPerPrb;
    const int in_ports = c.input_ports();
    const int out_ports = c.output_ports();
    const bool combine = c.direction == Direction::Combine;
    const auto finish = [&](std::int64_t acc) {
      const std::int64_t shifted = fxp::shift_right_round(acc, c.shift);
      const std::int64_t v = fxp::BfIq::saturate(shifted);
      stats.saturated += v != shifted;
      return static_cast<std::int16_t>(v);
    };
    // Weight rows in the order the MACs read them: precode reads W[o][*] (row o), combine
    // reads W[*][o] (column o), so combine uses a per-group transposed copy (values unchanged).
    std::vector<Iq16> transposed;
    const std::size_t per_group = static_cast<std::size_t>(c.antennas) * c.layers;
    if (combine) {
      transposed.resize(weights.size());
      for (std::size_t g = 0; g < static_cast<std::size_t>(c.groups()); ++g)
        for (int a = 0; a < c.antennas; ++a)
          for (int l = 0; l < c.layers; ++l)
            transposed[g * per_group + static_cast<std::size_t>(l) * c.antennas + a] =
                weights[g * per_group + static_cast<std::size_t>(a) * c.layers + l];
    }
    const std::vector<Iq16>& rows = combine ? transposed : weights;
    for (int sym = 0; sym < c.symbols; ++sym) {
      for (int k = 0; k < nsc; ++k) {
        const std::size_t re = static_cast<std::size_t>(sym) * nsc + k;
        const Iq16* w = &rows[static_cast<std::size_t>(k / kSubcarriersPerPrb / c.prb_group) * per_group];
        const Iq16* x = &input[re * in_ports];
        Iq16* y = &output[re * out_ports];
        for (int o = 0; o < out_ports; ++o) {
          const Iq16* wrow = w + static_cast<std::size_t>(o) * in_ports;
          std::int64_t acc_re = 0;
          std::int64_t acc_im = 0;
          for (int i = 0; i < in_ports; ++i) {
            const std::int32_t wr = wrow[i].re, wi = wrow[i].im, xr = x[i].re, xi = x[i].im;
            if (combine) {  // conj(w) * y
              acc_re += std::int64_t{wr * xr} + std::int64_t{wi * xi};
              acc_im += std::int64_t{wr * xi} - std::int64_t{wi * xr};
            } else {
              acc_re += std::int64_t{wr * xr} - std::int64_t{wi * xi};
              acc_im += std::int64_t{wr * xi} + std::int64_t{wi * xr};
            }
          }
          y[o] = Iq16{finish(acc_re), finish(acc_im)};
        }
      }
    }
    return stats;
  }
};

}  // namespace

std::vector<std::string> bf_apply_implementations() { return {"golden"}; }

std::unique_ptr<BeamformingApply> make_bf_apply(const std::string& impl) {
  if (impl == "golden") return std::make_unique<GoldenApply>();
  throw InvalidParameter("bf apply implementation", "'" + impl + "'", "golden");
}

}  // namespace bbkit::bf
