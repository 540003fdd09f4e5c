// SPDX-License-Identifier: Apache-2.0
#include "bbkit/bf/report.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "bbkit/bf/channel.h"
#include "bbkit/bf/metrics.h"
#include "bbkit/bf/weights.h"

namespace bbkit::bf {
namespace {

std::vector<Cf64> gaussian(Rng& rng, std::size_t n, double rms) {
  Gaussian g(rng);
  std::vector<Cf64> v(n);
  const double s = rms * std::sqrt(0.5);
  for (auto& x : v) {
    const double re = g();
    x = {s * re, s * g()};
  }
  return v;
}

// 2^k with the largest weight component in [1/2, 1): the most Q1.15 bits for the weights.
int weight_exponent(const std::vector<Cf64>& w) {
  double most = 0;
  for (const auto& v : w) most = std::max({most, std::abs(v.real()), std::abs(v.imag())});
  int k = 0;
  while (k < 15 && most * std::ldexp(1.0, k + 1) < 1.0) ++k;
  return k;
}

struct ApplyRun {
  ApplyAccuracy accuracy;
  std::vector<Iq16> output;
};

ApplyRun run_apply(const ReportOptions& o, int antennas, int layers, Direction dir) {
  ApplyConfig c;
  c.direction = dir;
  c.antennas = antennas;
  c.layers = layers;
  c.prbs = o.prbs;
  c.prb_group = std::min(o.prb_group, o.prbs);
  Rng rng(o.seed);
  auto calc = make_weight_calculator("reference");
  std::vector<CMatrix> ws, hs;
  const Normalization norm = dir == Direction::Precode ? Normalization::PerAntennaMax : Normalization::None;
  for (int g = 0; g < c.groups(); ++g) {
    hs.push_back(rayleigh_channel(layers, antennas, rng));
    ws.push_back(calc->process({0.1, norm}, hs.back()));
  }
  const std::vector<Cf64> w = flatten_weights(ws);
  std::vector<Cf64> x;
  int m = 0;
  if (dir == Direction::Precode) {
    x = gaussian(rng, c.input_count(), 1.0 / 8);
  } else {
    // y = H^H s per RE with s at rms 1/(8 sqrt(L)): y at rms 1/8 per antenna.
    m = static_cast<int>(std::floor(std::log2(std::sqrt(double(layers)))));
    const auto s = gaussian(rng, static_cast<std::size_t>(c.resource_elements()) * layers, 1.0 / (8 * std::sqrt(double(layers))));
    x.resize(c.input_count());
    const int nsc = c.prbs * kSubcarriersPerPrb;
    for (int re = 0; re < c.resource_elements(); ++re) {
      const CMatrix& h = hs[static_cast<std::size_t>((re % nsc) / kSubcarriersPerPrb / c.prb_group)];
      for (int a = 0; a < antennas; ++a) {
        Cf64 acc = 0;
        for (int l = 0; l < layers; ++l) acc += std::conj(h(l, a)) * s[static_cast<std::size_t>(re) * layers + l];
        x[static_cast<std::size_t>(re) * antennas + a] = acc;
      }
    }
  }
  const int k = weight_exponent(w);
  c.shift = 15 + k - m;
  std::vector<Cf64> w_scaled(w), yf;
  for (auto& v : w_scaled) v *= std::ldexp(1.0, k);
  apply_float(c, w, x, yf);
  for (auto& v : yf) v *= std::ldexp(1.0, m);
  ApplyRun run;
  const ApplyStats st = make_bf_apply("golden")->process(c, to_iq16(w_scaled), to_iq16(x), run.output);
  const auto yq = to_complex(run.output);
  run.accuracy = {antennas, layers, dir, c.shift, sqnr_db(yf, yq), evm_percent(yf, yq), st.saturated};
  return run;
}

std::vector<Cf64> as_vector(const CMatrix& m) { return {m.data(), m.data() + m.size()}; }

WeightAccuracy run_weights(const ReportOptions& o, bool correlated, int antennas, int layers, double lambda) {
  Rng rng(o.seed);
  auto ref = make_weight_calculator("reference");
  auto f32 = make_weight_calculator("cholesky-f32");
  std::vector<Cf64> all_ref, all_f32, all_q15;
  WeightAccuracy r{correlated ? "correlated rho 0.9" : "i.i.d. Rayleigh", antennas, layers, lambda, 0,
                   std::numeric_limits<double>::infinity(), 0, 0, 0};
  for (int t = 0; t < o.weight_trials; ++t) {
    const CMatrix h = correlated ? correlated_channel(layers, antennas, 0.9, rng) : rayleigh_channel(layers, antennas, rng);
    const WeightConfig cfg{lambda, Normalization::PerAntennaMax};
    const auto wr = as_vector(ref->process(cfg, h));
    const auto wf = as_vector(f32->process(cfg, h));
    r.sqnr_f32_min_db = std::min(r.sqnr_f32_min_db, sqnr_db(wr, wf));
    all_ref.insert(all_ref.end(), wr.begin(), wr.end());
    all_f32.insert(all_f32.end(), wf.begin(), wf.end());
    const auto wq = to_complex(to_iq16(wf));
    all_q15.insert(all_q15.end(), wq.begin(), wq.end());
    if (lambda == 0.0) {
      const CMatrix eye = CMatrix::Identity(layers, layers);
      r.zf_residual_reference = std::max(r.zf_residual_reference, (h * ref->process({0.0, Normalization::None}, h) - eye).norm());
      r.zf_residual_f32 = std::max(r.zf_residual_f32, (h * f32->process({0.0, Normalization::None}, h) - eye).norm());
    }
  }
  r.sqnr_f32_db = sqnr_db(all_ref, all_f32);
  r.sqnr_q15_db = sqnr_db(all_ref, all_q15);
  return r;
}

BfpAccuracy run_bfp(const std::string& signal, const std::vector<Iq16>& x, const BfpConfig& c, const ApplyConfig* dims) {
  const BfpData d = dims ? bfp_compress_weights(c, *dims, x) : bfp_compress(c, x);
  const auto y = dims ? bfp_decompress_weights(c, *dims, d) : bfp_decompress(c, d);
  double worst = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const std::size_t block = dims ? (i / (static_cast<std::size_t>(dims->antennas) * dims->layers)) * dims->layers + i % dims->layers
                                   : i / static_cast<std::size_t>(c.block_size);
    const double lsb = std::ldexp(1.0, d.exponents[block]);
    worst = std::max({worst, std::abs(y[i].re - x[i].re) / lsb, std::abs(y[i].im - x[i].im) / lsb});
  }
  const auto xr = to_complex(x), yr = to_complex(y);
  return {signal, c.mantissa_bits, c.rounding, sqnr_db(xr, yr), evm_percent(xr, yr), worst};
}

// Downlink: x -> W (ZF, per-antenna max) -> [BFP] -> H -> [+ noise] -> EVM of (H y + n) / c vs x.
std::vector<LinkAccuracy> run_link(const ReportOptions& o) {
  ApplyConfig c;
  c.antennas = 64;
  c.layers = 16;
  c.prbs = o.prbs;
  c.prb_group = std::min(o.prb_group, o.prbs);
  Rng rng(o.seed);
  auto calc = make_weight_calculator("reference");
  std::vector<CMatrix> hs, ws;
  std::vector<double> gain;  // H W = gain I per group
  for (int g = 0; g < c.groups(); ++g) {
    hs.push_back(rayleigh_channel(c.layers, c.antennas, rng));
    ws.push_back(calc->process({0.0, Normalization::PerAntennaMax}, hs.back()));
    gain.push_back((hs.back() * ws.back())(0, 0).real());
  }
  static const double kLevels[] = {-3, -1, 1, 3};
  const double qam_scale = 1.0 / (8.0 * std::sqrt(10.0));  // 16-QAM at rms 1/8
  std::vector<Cf64> x(c.input_count());
  for (auto& v : x) v = Cf64(kLevels[rng() % 4], kLevels[rng() % 4]) * qam_scale;
  const std::vector<Cf64> w = flatten_weights(ws);
  const int k = weight_exponent(w);
  c.shift = 15 + k;
  std::vector<Cf64> w_scaled(w);
  for (auto& v : w_scaled) v *= std::ldexp(1.0, k);

  std::vector<Cf64> y_float;
  apply_float(c, w, x, y_float);
  std::vector<Iq16> y_fixed_iq;
  make_bf_apply("golden")->process(c, to_iq16(w_scaled), to_iq16(x), y_fixed_iq);

  const int nsc = c.prbs * kSubcarriersPerPrb;
  const auto receive = [&](const std::vector<Cf64>& y, double snr_db, std::uint64_t noise_seed) {
    Rng nrng(noise_seed);
    Gaussian g(nrng);
    const double signal_rms = 1.0 / 8.0;
    const double sigma = std::isinf(snr_db) ? 0.0 : signal_rms * std::pow(10.0, -snr_db / 20.0) * std::sqrt(0.5);
    std::vector<Cf64> r(x.size());
    for (int re = 0; re < c.resource_elements(); ++re) {
      const std::size_t grp = static_cast<std::size_t>((re % nsc) / kSubcarriersPerPrb / c.prb_group);
      const Eigen::Map<const Eigen::VectorXcd> yv(&y[static_cast<std::size_t>(re) * c.antennas], c.antennas);
      const Eigen::VectorXcd rv = hs[grp] * yv;
      for (int l = 0; l < c.layers; ++l) {
        const double nr = g();
        const Cf64 noise(sigma * gain[grp] * nr, sigma * gain[grp] * g());  // SNR at the layer after the gain
        r[static_cast<std::size_t>(re) * c.layers + l] = (rv(l) + noise) / gain[grp];
      }
    }
    return evm_percent(x, r);
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<LinkAccuracy> rows;
  const auto y_fixed = to_complex(y_fixed_iq);
  rows.push_back({"fixed", inf, receive(y_fixed, inf, 0)});
  for (int bits : {9, 12, 14}) {
    BfpConfig b;
    b.mantissa_bits = bits;
    rows.push_back({"fixed + BFP" + std::to_string(bits), inf,
                    receive(to_complex(bfp_decompress(b, bfp_compress(b, y_fixed_iq))), inf, 0)});
  }
  for (double snr : {30.0, 20.0}) {
    const std::uint64_t noise_seed = o.seed + 1000;
    rows.push_back({"float64", snr, receive(y_float, snr, noise_seed)});
    BfpConfig b;
    rows.push_back({"fixed + BFP9", snr, receive(to_complex(bfp_decompress(b, bfp_compress(b, y_fixed_iq))), snr, noise_seed)});
  }
  return rows;
}

}  // namespace

Report make_report(const ReportOptions& o) {
  Report r;
  std::vector<Iq16> fronthaul;
  for (auto [a, l] : {std::pair{64, 16}, std::pair{32, 8}}) {
    for (Direction dir : {Direction::Precode, Direction::Combine}) {
      ApplyRun run = run_apply(o, a, l, dir);
      r.apply.push_back(run.accuracy);
      if (a == 64 && dir == Direction::Precode) fronthaul = std::move(run.output);
    }
  }
  for (bool correlated : {false, true})
    for (auto [a, l] : {std::pair{64, 16}, std::pair{32, 8}})
      for (double lambda : {0.0, 0.1}) r.weights.push_back(run_weights(o, correlated, a, l, lambda));

  // Weights for the BFP rows: the 64 x 16 precoders of the apply scenario, Q1.15.
  ApplyConfig dims;
  dims.antennas = 64;
  dims.layers = 16;
  dims.prbs = o.prbs;
  dims.prb_group = std::min(o.prb_group, o.prbs);
  Rng rng(o.seed);
  std::vector<CMatrix> ws;
  auto calc = make_weight_calculator("reference");
  for (int g = 0; g < dims.groups(); ++g) ws.push_back(calc->process({0.1, Normalization::PerAntennaMax}, rayleigh_channel(16, 64, rng)));
  const auto wq = quantize_weights(ws);
  for (BfpRounding rounding : {BfpRounding::RoundHalfUp, BfpRounding::Truncate}) {
    for (int bits : {9, 12, 14}) {
      BfpConfig c;
      c.mantissa_bits = bits;
      c.rounding = rounding;
      r.bfp.push_back(run_bfp("fronthaul IQ", fronthaul, c, nullptr));
    }
  }
  for (int bits : {9, 12, 14}) {
    BfpConfig c;
    c.mantissa_bits = bits;
    r.bfp.push_back(run_bfp("weights", wq, c, &dims));
  }
  r.link = run_link(o);
  return r;
}

}  // namespace bbkit::bf
