// SPDX-License-Identifier: Apache-2.0
// The three arithmetics of the SCL core (scl_core.h): the bit-exact fixed point of
// docs/fixed-point.md (Polar decoder), its floating-point twin, and the exact LLR-domain reference.
// Private to the model; tests/unit/polar/polar_arith_test.cpp pins them to the document.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "bbkit/common/bits.h"
#include "bbkit/common/fixed_point.h"

namespace bbkit::polar::detail {

// The bit-exact arithmetic of docs/fixed-point.md (Polar decoder).
struct FixedArith {
  using Llr = std::int16_t;    // holds fxp::PolarInternalLlr
  using Metric = std::int32_t; // holds fxp::PolarPathMetric
  static Llr f(Llr a, Llr b) {
    const int m = std::min(std::abs(int{a}), std::abs(int{b}));
    return static_cast<Llr>(((a < 0) != (b < 0)) ? -m : m);
  }
  static Llr g(Llr a, Llr b, std::uint8_t u) {
    return static_cast<Llr>(fxp::PolarInternalLlr::saturate(u ? int64_t{b} - a : int64_t{b} + a));
  }
  static Metric penalty(Llr l, std::uint8_t bit) { return hard_bit(l) != bit ? std::abs(int{l}) : 0; }
  static Metric add(Metric m, Metric p) { return static_cast<Metric>(fxp::PolarPathMetric::saturate(int64_t{m} + p)); }
  // Rate recovery: repetitions add up with saturation, shortened bits are a certain 0,
  // punctured bits carry nothing.
  static constexpr Llr kKnownZero = static_cast<Llr>(fxp::PolarInternalLlr::max);
};

// The same decoder in floating point (the quality reference).
struct FloatArith {
  using Llr = float;
  using Metric = double;
  static Llr f(Llr a, Llr b) {
    const float m = std::min(std::fabs(a), std::fabs(b));
    return ((a < 0) != (b < 0)) ? -m : m;
  }
  static Llr g(Llr a, Llr b, std::uint8_t u) { return u ? b - a : b + a; }
  static Metric penalty(Llr l, std::uint8_t bit) { return hard_bit(l) != bit ? std::fabs(double{l}) : 0.0; }
  static Metric add(Metric m, Metric p) { return m + p; }
  static constexpr Llr kKnownZero = 1.0e6f;  // finite, so g never meets inf - inf
};


// Exact LLR-domain SCL: f by the Jacobian logarithm (no tanh overflow), metric penalty
// ln(1 + e^(-(1-2u) L)) computed as a stable softplus.
struct ExactArith {
  using Llr = double;
  using Metric = double;
  static Llr f(Llr a, Llr b) {
    const double m = std::min(std::fabs(a), std::fabs(b));
    const double s = ((a < 0) != (b < 0)) ? -1.0 : 1.0;
    return s * m + std::log1p(std::exp(-std::fabs(a + b))) - std::log1p(std::exp(-std::fabs(a - b)));
  }
  static Llr g(Llr a, Llr b, std::uint8_t u) { return u ? b - a : b + a; }
  static Metric penalty(Llr l, std::uint8_t bit) {
    const double x = bit ? l : -l;  // ln(1 + e^x)
    return std::max(x, 0.0) + std::log1p(std::exp(-std::fabs(x)));
  }
  static Metric add(Metric m, Metric p) { return m + p; }
  static constexpr Llr kKnownZero = 1.0e6;
};

}  // namespace bbkit::polar::detail
