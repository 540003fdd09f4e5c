// SPDX-License-Identifier: Apache-2.0
// Beamforming chain for `bbkit demo`: per block, a 64 x 16 Rayleigh channel, float32-Cholesky ZF
// weights in Q1.15, 16-QAM on 16 layers over one PRB x 14 symbols, fixed-point precoding, BFP9
// fronthaul, the channel, AWGN at the layers, ZF gain removed, hard 16-QAM decisions. A block
// error is any wrong symbol decision in the block (168 REs x 16 layers x 4 bits = 10752 bits).
#include <chrono>
#include <cmath>

#include "bbkit/bf/apply.h"
#include "bbkit/bf/bfp.h"
#include "bbkit/bf/channel.h"
#include "bbkit/bf/weights.h"
#include "demo.h"

namespace bbkit::cli {
namespace {

constexpr int kAntennas = 64;
constexpr int kLayers = 16;
constexpr double kQamScale = 1.0 / (8.0 * 3.1622776601683795);  // 16-QAM at rms 1/8

int qam_level(double v) {  // nearest of -3, -1, 1, 3 (in units of kQamScale)
  const double u = v / kQamScale;
  return u < -2 ? -3 : (u < 0 ? -1 : (u < 2 ? 1 : 3));
}

}  // namespace

std::vector<DemoRow> demo_bf(const DemoOptions& options) {
  std::vector<DemoRow> rows;
  bf::ApplyConfig c;
  c.antennas = kAntennas;
  c.layers = kLayers;
  c.prbs = 1;
  c.symbols = 14;
  const int res = c.resource_elements();
  auto weights = bf::make_weight_calculator("cholesky-f32");
  auto apply = bf::make_bf_apply("golden");
  const bf::BfpConfig bfp9;
  for (double snr_db : {20.0, 24.0}) {
    DemoRow row{"beamforming 64x16", "ZF, 16-QAM, Q1.15, BFP9", snr_db, options.blocks, 0, 4.0 * res * kLayers, 0};
    Rng rng(options.seed);
    Gaussian noise(rng);
    const double sigma = (1.0 / 8.0) * std::pow(10.0, -snr_db / 20.0) * std::sqrt(0.5);
    const auto t0 = std::chrono::steady_clock::now();
    for (int b = 0; b < options.blocks; ++b) {
      const bf::CMatrix h = bf::rayleigh_channel(kLayers, kAntennas, rng);
      bf::CMatrix w = weights->process({0.0, bf::Normalization::PerAntennaMax}, h);
      const double gain = (h * w)(0, 0).real();
      const double most = std::max(w.real().cwiseAbs().maxCoeff(), w.imag().cwiseAbs().maxCoeff());
      int k = 0;
      while (k < 15 && most * std::ldexp(1.0, k + 1) < 1.0) ++k;
      c.shift = 15 + k;  // undo the 2^k weight scaling
      w *= std::ldexp(1.0, k);
      std::vector<bf::Iq16> wq(static_cast<std::size_t>(kAntennas) * kLayers);
      for (int a = 0; a < kAntennas; ++a)
        for (int l = 0; l < kLayers; ++l) wq[static_cast<std::size_t>(a) * kLayers + l] = bf::to_iq16(w(a, l));
      std::vector<int> sent(static_cast<std::size_t>(res) * kLayers * 2);
      std::vector<bf::Cf64> x(static_cast<std::size_t>(res) * kLayers);
      for (std::size_t i = 0; i < x.size(); ++i) {
        sent[2 * i] = 2 * static_cast<int>(rng() % 4) - 3;
        sent[2 * i + 1] = 2 * static_cast<int>(rng() % 4) - 3;
        x[i] = bf::Cf64(sent[2 * i], sent[2 * i + 1]) * kQamScale;
      }
      std::vector<bf::Iq16> y;
      apply->process(c, wq, bf::to_iq16(x), y);
      const auto fronthaul = bf::to_complex(bf::bfp_decompress(bfp9, bf::bfp_compress(bfp9, y)));
      bool error = false;
      for (int re = 0; re < res; ++re) {
        const Eigen::Map<const Eigen::VectorXcd> yv(&fronthaul[static_cast<std::size_t>(re) * kAntennas], kAntennas);
        const Eigen::VectorXcd r = h * yv / gain;
        for (int l = 0; l < kLayers; ++l) {
          const std::size_t i = static_cast<std::size_t>(re) * kLayers + l;
          const double nr = noise();
          const bf::Cf64 v = r(l) + bf::Cf64(sigma * nr, sigma * noise());
          error |= qam_level(v.real()) != sent[2 * i] || qam_level(v.imag()) != sent[2 * i + 1];
        }
      }
      row.block_errors += error;
    }
    row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rows.push_back(row);
  }
  return rows;
}

}  // namespace bbkit::cli
