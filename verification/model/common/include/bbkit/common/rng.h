// SPDX-License-Identifier: Apache-2.0
// Seeded randomness for stimulus and channels. One engine everywhere (std::mt19937_64, whose
// sequence the C++ standard fixes) so a seed reproduces the same vectors on any machine.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

#include "bbkit/common/bits.h"

namespace bbkit {

using Rng = std::mt19937_64;

/// n uniformly random bits.
inline Bits random_bits(Rng& rng, std::size_t n) {
  Bits b(n);
  std::uint64_t word = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if ((i & 63) == 0) word = rng();
    b[i] = static_cast<std::uint8_t>((word >> (i & 63)) & 1u);
  }
  return b;
}

/// Standard normal samples by the Box-Muller transform: std::normal_distribution is not
/// specified bit for bit across standard libraries, this is.
class Gaussian {
 public:
  explicit Gaussian(Rng& rng) : rng_(rng) {}
  double operator()() {
    if (have_spare_) {
      have_spare_ = false;
      return spare_;
    }
    constexpr double kTwoPi = 6.283185307179586476925286766559;
    double u1;
    do {
      u1 = static_cast<double>(rng_() >> 11) * 0x1.0p-53;
    } while (u1 <= 0.0);
    const double u2 = static_cast<double>(rng_() >> 11) * 0x1.0p-53;
    const double r = std::sqrt(-2.0 * std::log(u1));
    spare_ = r * std::sin(kTwoPi * u2);
    have_spare_ = true;
    return r * std::cos(kTwoPi * u2);
  }

 private:
  Rng& rng_;
  double spare_ = 0.0;
  bool have_spare_ = false;
};

}  // namespace bbkit
