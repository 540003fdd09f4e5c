// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/bp_decoder.h"

#include <algorithm>
#include <cmath>

#include "bbkit/common/error.h"
#include "bbkit/ldpc/lifted_graph.h"

namespace bbkit::ldpc {

namespace {
// phi(x) = -ln tanh(x/2), its own inverse; the argument is clipped so phi stays finite.
inline double phi(double x) {
  x = std::clamp(x, 1e-12, 40.0);
  return -std::log(std::tanh(0.5 * x));
}
}  // namespace

DecoderResult FloatBpDecoder::decode(const CodeParams& p, const DecoderConfig& cfg, const std::vector<double>& llr) {
  validate_decoder_config(p, cfg);
  require(static_cast<int>(llr.size()) == p.n_cb, "LLR buffer length", static_cast<std::int64_t>(llr.size()),
          "Ncb = " + std::to_string(p.n_cb));
  const LiftedGraph& g = lifted_graph(p.bg, p.zc);
  g_ = &g;
  const int zc = p.zc;
  const int layers = cfg.layers ? cfg.layers : p.layers();
  const std::size_t nbits = static_cast<std::size_t>(g.cols) * static_cast<std::size_t>(zc);
  app_.assign(nbits, 0.0);
  std::copy(llr.begin(), llr.end(), app_.begin() + 2 * zc);
  r_.assign(static_cast<std::size_t>(g.row_start[static_cast<std::size_t>(layers)]) * static_cast<std::size_t>(zc), 0.0);
  q_.resize(static_cast<std::size_t>(g.max_row_degree) * static_cast<std::size_t>(zc));
  phi_.resize(q_.size());
  hard_.resize(nbits);

  DecoderResult res;
  bool syndrome = false, crc_ok = false;
  for (int it = 1; it <= cfg.max_iterations; ++it) {
    for (int r = 0; r < layers; ++r) layer(r);
    res.iterations = it;
    for (std::size_t i = 0; i < nbits; ++i) hard_[i] = hard_bit(app_[i]);
    syndrome = syndrome_ok(g, hard_.data(), layers);
    if (cfg.crc) crc_ok = crc_check(*cfg.crc, hard_.data(), static_cast<std::size_t>(p.k_prime));
    if ((cfg.early_stop && syndrome) || (cfg.crc && cfg.crc_early_stop && crc_ok)) break;
  }
  const int out_bits = p.k_prime - (cfg.crc && cfg.drop_crc ? crc_spec(*cfg.crc).length : 0);
  res.hard.assign(hard_.begin(), hard_.begin() + out_bits);
  res.status.syndrome_error = !syndrome;
  res.crc_checked = cfg.crc.has_value();
  res.status.crc_error = cfg.crc && !crc_ok;
  return res;
}

void FloatBpDecoder::layer(int r) {
  const LiftedGraph& g = *g_;
  const int zc = g.zc;
  const int first = g.row_start[static_cast<std::size_t>(r)];
  const int deg = g.row_start[r + 1u] - first;
  const LiftedEdge* edges = g.edges.data() + first;
  double* rmsg = r_.data() + static_cast<std::size_t>(first) * static_cast<std::size_t>(zc);
  const std::size_t uz = static_cast<std::size_t>(zc);
  for (int k = 0; k < deg; ++k) {
    const double* a = app_.data() + edges[k].col * uz;
    double* q = q_.data() + static_cast<std::size_t>(k) * uz;
    double* f = phi_.data() + static_cast<std::size_t>(k) * uz;
    const double* rk = rmsg + static_cast<std::size_t>(k) * uz;
    for (int z = 0; z < zc; ++z) {
      int v = z + edges[k].shift;
      if (v >= zc) v -= zc;
      q[z] = a[v] - rk[z];
      f[z] = phi(std::fabs(q[z]));
    }
  }
  for (int z = 0; z < zc; ++z) {
    double sum = 0.0;
    int neg = 0;
    for (int k = 0; k < deg; ++k) {
      sum += phi_[static_cast<std::size_t>(k) * uz + static_cast<std::size_t>(z)];
      neg ^= q_[static_cast<std::size_t>(k) * uz + static_cast<std::size_t>(z)] < 0 ? 1 : 0;
    }
    for (int k = 0; k < deg; ++k) {
      const std::size_t i = static_cast<std::size_t>(k) * uz + static_cast<std::size_t>(z);
      const double mag = phi(sum - phi_[i]);
      const bool s = (neg ^ (q_[i] < 0 ? 1 : 0)) != 0;
      rmsg[i] = s ? -mag : mag;
    }
  }
  for (int k = 0; k < deg; ++k) {
    double* a = app_.data() + edges[k].col * uz;
    const double* q = q_.data() + static_cast<std::size_t>(k) * uz;
    const double* rk = rmsg + static_cast<std::size_t>(k) * uz;
    for (int z = 0; z < zc; ++z) {
      int v = z + edges[k].shift;
      if (v >= zc) v -= zc;
      a[v] = q[z] + rk[z];
    }
  }
}

}  // namespace bbkit::ldpc
