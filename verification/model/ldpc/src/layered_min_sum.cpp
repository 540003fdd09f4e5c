// SPDX-License-Identifier: Apache-2.0
// The golden fixed-point decoder: layered, with the integer box-plus check node (or min-sum),
// exactly as docs/fixed-point.md (LDPC decoder) specifies it. Layers are the base-graph rows in order; within a layer the Zc checks touch
// disjoint bits, so their order does not matter and hardware may run them in parallel.
#include <algorithm>
#include <cstdlib>

#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/ldpc/check_node.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/lifted_graph.h"

namespace bbkit::ldpc {

namespace {

using App = fxp::LdpcAppLlr;
using Msg = fxp::LdpcCheckMsg;
using Channel = fxp::LdpcChannelLlr;

// |R| from the rule's magnitude A: multiply and shift (floor), subtract the offset, clamp to [0, Msg::max].
inline int check_magnitude(int a, const DecoderConfig& cfg) {
  const int scaled = ((a * cfg.scale_num) >> cfg.scale_shift) - cfg.offset;
  return scaled < 0 ? 0 : (scaled > Msg::max ? int{Msg::max} : scaled);
}

inline int sat_app(int v) { return v > App::max ? int{App::max} : (v < App::min ? int{App::min} : v); }

class LayeredMinSum final : public LdpcDecoder {
 public:
  DecoderResult decode(const CodeParams& p, const DecoderConfig& cfg, const SoftBuffer& llr) override {
    validate_decoder_config(p, cfg);
    require(static_cast<int>(llr.size()) == p.n_cb, "LLR buffer length", static_cast<std::int64_t>(llr.size()),
            "Ncb = " + std::to_string(p.n_cb) + " (the soft buffer of the code block)");
    const LiftedGraph& g = lifted_graph(p.bg, p.zc);
    const int zc = p.zc;
    const int layers = cfg.layers ? cfg.layers : p.layers();
    const std::size_t nbits = static_cast<std::size_t>(g.cols) * static_cast<std::size_t>(zc);

    // APP initialised from the channel: punctured columns 0 and 1 and positions past Ncb at 0.
    app_.assign(nbits, 0);
    for (std::size_t j = 0; j < llr.size(); ++j) {
      const int v = llr[j];
      if (p.is_filler(static_cast<int>(j))) {
        app_[2u * static_cast<std::size_t>(zc) + j] = static_cast<std::int16_t>(App::max);  // known 0
        continue;
      }
      if (v < Channel::min || v > Channel::max)  // the message is built only on failure
        throw InvalidParameter("LLR", std::to_string(v), "the channel LLR format [" + std::to_string(Channel::min) +
                                                              ", " + std::to_string(Channel::max) + "]");
      app_[2u * static_cast<std::size_t>(zc) + j] = static_cast<std::int16_t>(v);
    }
    const std::size_t states = static_cast<std::size_t>(layers) * static_cast<std::size_t>(zc);
    m1_.assign(states, 0);
    m2_.assign(states, 0);
    idx_.assign(states, 0);
    rsign_.assign(states, 0);
    q_.resize(static_cast<std::size_t>(g.max_row_degree) * static_cast<std::size_t>(zc));
    hard_.resize(nbits);

    DecoderResult res;
    bool syndrome = false, crc_ok = false;
    for (int it = 1; it <= cfg.max_iterations; ++it) {
      for (int r = 0; r < layers; ++r) layer(g, r, cfg);
      res.iterations = it;
      const bool last = it == cfg.max_iterations;
      if (!(cfg.early_stop || cfg.crc_early_stop || last)) continue;
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
    if (cfg.soft_output) res.soft = app_;
    return res;
  }

  std::string name() const override { return "golden"; }

 private:
  // One layer = one base-graph row, all Zc checks: Q = APP - R_old, new (min1, min2, index,
  // signs), APP = Q + R_new. Arrays run over z so the compiler vectorizes them as hardware would.
  void layer(const LiftedGraph& g, int r, const DecoderConfig& cfg) {
    const int zc = g.zc;
    const LiftedEdge* edges = g.edges.data() + g.row_start[static_cast<std::size_t>(r)];
    const int deg = g.row_start[r + 1u] - g.row_start[static_cast<std::size_t>(r)];
    const std::size_t base = static_cast<std::size_t>(r) * static_cast<std::size_t>(zc);
    std::int16_t* m1 = m1_.data() + base;
    std::int16_t* m2 = m2_.data() + base;
    std::uint8_t* idx = idx_.data() + base;
    std::uint32_t* rsign = rsign_.data() + base;

    // Messages R_k = (-1)^(bit k of rsign) * (k == idx ? min2 : min1). rsign holds the signs of
    // R (each Q sign xor the XOR of all Q signs), so reading a message needs no parity tree.
    auto msg = [&](int k, int z) {
      const int mag = idx[z] == k ? m2[z] : m1[z];
      return ((rsign[z] >> k) & 1u) ? -mag : mag;
    };
    // Block k reads bit (z + shift) mod Zc: two straight runs instead of a modulo per bit.
    for (int k = 0; k < deg; ++k) {
      std::int16_t* q = q_.data() + static_cast<std::size_t>(k) * static_cast<std::size_t>(zc);
      const std::int16_t* a = app_.data() + static_cast<std::size_t>(edges[k].col) * static_cast<std::size_t>(zc);
      const int shift = edges[k].shift;
      for (int z = 0; z < zc - shift; ++z) q[z] = static_cast<std::int16_t>(sat_app(a[z + shift] - msg(k, z)));
      for (int z = zc - shift; z < zc; ++z) q[z] = static_cast<std::int16_t>(sat_app(a[z + shift - zc] - msg(k, z)));
    }
    // One scan over k in ascending order. Box-plus: all = the box-plus of every |Q| so far,
    // others = of every |Q| but the smallest so far (a new minimum hands it `all`). Min-sum:
    // all = min1, others = min2. Both start at App::max.
    const bool box = cfg.rule == CheckRule::BoxPlus;
    for (int z = 0; z < zc; ++z) {
      int min1 = App::max, all = App::max, others = App::max, at = 0;
      std::uint32_t signs = 0;
      for (int k = 0; k < deg; ++k) {
        const int qv = q_[static_cast<std::size_t>(k) * static_cast<std::size_t>(zc) + static_cast<std::size_t>(z)];
        const int mag = std::abs(qv);
        if (qv < 0) signs |= 1u << k;
        const bool new_min = mag < min1;
        if (box) {
          others = new_min ? all : box_plus(others, mag);
          all = box_plus(all, mag);
        } else {
          others = new_min ? min1 : std::min(others, mag);
          all = new_min ? mag : all;
        }
        if (new_min) {
          min1 = mag;
          at = k;
        }
      }
      m1[z] = static_cast<std::int16_t>(check_magnitude(all, cfg));
      m2[z] = static_cast<std::int16_t>(check_magnitude(others, cfg));
      idx[z] = static_cast<std::uint8_t>(at);
      const std::uint32_t total = __builtin_parity(signs) ? (1u << deg) - 1u : 0u;
      rsign[z] = signs ^ total;
    }
    for (int k = 0; k < deg; ++k) {
      const std::int16_t* q = q_.data() + static_cast<std::size_t>(k) * static_cast<std::size_t>(zc);
      std::int16_t* a = app_.data() + static_cast<std::size_t>(edges[k].col) * static_cast<std::size_t>(zc);
      const int shift = edges[k].shift;
      for (int z = 0; z < zc - shift; ++z) a[z + shift] = static_cast<std::int16_t>(sat_app(q[z] + msg(k, z)));
      for (int z = zc - shift; z < zc; ++z) a[z + shift - zc] = static_cast<std::int16_t>(sat_app(q[z] + msg(k, z)));
    }
  }

  std::vector<std::int16_t> app_, q_, m1_, m2_;
  std::vector<std::uint8_t> idx_, hard_;
  std::vector<std::uint32_t> rsign_;
};

}  // namespace

std::unique_ptr<LdpcDecoder> make_layered_min_sum_decoder() { return std::make_unique<LayeredMinSum>(); }

}  // namespace bbkit::ldpc
