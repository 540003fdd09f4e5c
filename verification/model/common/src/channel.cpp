// SPDX-License-Identifier: Apache-2.0
#include "bbkit/common/channel.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>

#include "bbkit/common/error.h"

namespace bbkit {
namespace {

// 38.211 5.1 maps each QAM dimension to Gray-coded PAM: with k = bits per dimension and
// bits c_0..c_{k-1} taken alternately from the symbol's bits, the amplitude is
// (1-2c_0)(2^(k-1) - (1-2c_1)(2^(k-2) - ... (2 - (1-2c_{k-1})))), built from the inside out.
int pam_level(const std::uint8_t* c, int k) {
  int level = 1;
  for (int j = k - 1; j >= 1; --j) level = (1 << (k - j)) - (1 - 2 * c[j]) * level;
  return (1 - 2 * c[0]) * level;
}

// Normalization making the average symbol energy 1 (38.211: 1/sqrt(2), 1/sqrt(10), ...).
double pam_scale(Modulation m) {
  switch (m) {
    case Modulation::Bpsk: return 1.0;  // real BPSK, both bits of energy on one axis
    case Modulation::Qpsk: return 1.0 / std::sqrt(2.0);
    case Modulation::Qam16: return 1.0 / std::sqrt(10.0);
    case Modulation::Qam64: return 1.0 / std::sqrt(42.0);
    case Modulation::Qam256: return 1.0 / std::sqrt(170.0);
  }
  return 1.0;
}

}  // namespace

Modulation modulation_from_qm(int qm) {
  require(qm == 1 || qm == 2 || qm == 4 || qm == 6 || qm == 8, "Qm", qm, "one of 1, 2, 4, 6, 8");
  return static_cast<Modulation>(qm);
}

Modulation modulation_from_name(const std::string& name) {
  std::string n;
  for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "bpsk") return Modulation::Bpsk;
  if (n == "qpsk") return Modulation::Qpsk;
  if (n == "16qam") return Modulation::Qam16;
  if (n == "64qam") return Modulation::Qam64;
  if (n == "256qam") return Modulation::Qam256;
  throw InvalidParameter("modulation", name, "one of bpsk, qpsk, 16qam, 64qam, 256qam");
}

const char* modulation_name(Modulation m) {
  switch (m) {
    case Modulation::Bpsk: return "BPSK";
    case Modulation::Qpsk: return "QPSK";
    case Modulation::Qam16: return "16QAM";
    case Modulation::Qam64: return "64QAM";
    case Modulation::Qam256: return "256QAM";
  }
  return "?";
}

double awgn_sigma(double es_n0_db) { return std::sqrt(0.5 / std::pow(10.0, es_n0_db / 10.0)); }

std::vector<double> awgn_llrs(const Bits& bits, Modulation m, double es_n0_db, Rng& rng) {
  const int qm = static_cast<int>(m);
  // BPSK is one real dimension per bit; QAM splits a symbol's bits between I (even) and Q (odd).
  const int dims = (m == Modulation::Bpsk) ? 1 : 2;
  const int k = (m == Modulation::Bpsk) ? 1 : qm / 2;
  const double scale = pam_scale(m);
  const double sigma = awgn_sigma(es_n0_db);
  const double inv_noise = 1.0 / (2.0 * sigma * sigma);
  Gaussian noise(rng);
  std::vector<double> llr(bits.size());
  // All 2^k levels of one dimension, with their bit labels.
  std::vector<double> levels(1u << k);
  std::vector<std::uint8_t> label(k);
  for (unsigned v = 0; v < levels.size(); ++v) {
    for (int i = 0; i < k; ++i) label[i] = static_cast<std::uint8_t>((v >> i) & 1u);
    levels[v] = scale * pam_level(label.data(), k);
  }
  const std::size_t bits_per_symbol = static_cast<std::size_t>(dims * k);
  for (std::size_t s = 0; s < bits.size(); s += bits_per_symbol) {
    for (int d = 0; d < dims; ++d) {
      // Bits of this dimension: symbol bits d, d+dims, d+2·dims, ... (38.211 interleaves I/Q).
      unsigned v = 0;
      for (int i = 0; i < k; ++i) {
        const std::size_t at = s + static_cast<std::size_t>(d + i * dims);
        v |= static_cast<unsigned>(at < bits.size() ? bits[at] : 0) << i;
      }
      const double y = levels[v] + sigma * noise();
      for (int i = 0; i < k; ++i) {
        const std::size_t at = s + static_cast<std::size_t>(d + i * dims);
        if (at >= bits.size()) continue;
        double d0 = std::numeric_limits<double>::infinity(), d1 = d0;
        for (unsigned u = 0; u < levels.size(); ++u) {
          const double dist = (y - levels[u]) * (y - levels[u]);
          if ((u >> i) & 1u) d1 = std::min(d1, dist); else d0 = std::min(d0, dist);
        }
        llr[at] = (d1 - d0) * inv_noise;
      }
    }
  }
  return llr;
}

std::vector<double> perfect_llrs(const Bits& bits, double magnitude) {
  std::vector<double> llr(bits.size());
  for (std::size_t i = 0; i < bits.size(); ++i) llr[i] = bits[i] ? -magnitude : magnitude;
  return llr;
}

}  // namespace bbkit
