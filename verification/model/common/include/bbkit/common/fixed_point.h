// SPDX-License-Identifier: Apache-2.0
// The one header of bbkit fixed-point formats. Every format the golden models, the HLS kernels
// and the RTL testbenches use is a named instance of Format below, declared in this file and
// documented in docs/fixed-point.md; the operations are plain integer arithmetic written the
// way hardware does it, so three implementations can agree bit for bit.
#pragma once

#include <cmath>
#include <cstdint>

namespace bbkit::fxp {

/// Symmetric saturation clips to [-(2^(W-1)-1), 2^(W-1)-1] so negation never overflows
/// (what LLR datapaths use); two's-complement keeps the full [-2^(W-1), 2^(W-1)-1] (IQ samples).
enum class Saturation { Symmetric, TwosComplement };

/// A signed fixed-point format: Width bits in all, Frac of them fractional.
/// A stored integer v means the real value v / 2^Frac.
template <int Width, int Frac, Saturation Sat>
struct Format {
  static_assert(Width >= 2 && Width <= 62, "Width must be in [2, 62]");
  static_assert(Frac >= 0 && Frac < Width, "Frac must be in [0, Width)");
  static constexpr int width = Width;
  static constexpr int frac = Frac;
  static constexpr Saturation saturation = Sat;
  static constexpr std::int64_t max = (std::int64_t{1} << (Width - 1)) - 1;
  static constexpr std::int64_t min = Sat == Saturation::Symmetric ? -max : -max - 1;

  static constexpr std::int64_t saturate(std::int64_t v) { return v > max ? max : (v < min ? min : v); }
  static constexpr bool fits(std::int64_t v) { return v >= min && v <= max; }

  /// Real to fixed: scale by 2^Frac, round half away from zero, saturate. Used only at the
  /// edges (channel LLRs, test stimulus), never inside a datapath.
  static std::int64_t from_real(double x) {
    const double scaled = std::ldexp(x, Frac);
    if (!(scaled == scaled)) return 0;  // NaN carries no information
    if (scaled >= static_cast<double>(max)) return max;
    if (scaled <= static_cast<double>(min)) return min;
    return saturate(static_cast<std::int64_t>(std::llround(scaled)));
  }
  static constexpr double to_real(std::int64_t v) { return static_cast<double>(v) / (std::int64_t{1} << Frac); }
};

/// Arithmetic shift right by s >= 0 with round-half-up: (v + 2^(s-1)) >> s. One adder in hardware.
constexpr std::int64_t shift_right_round(std::int64_t v, int s) {
  return s <= 0 ? v : (v + (std::int64_t{1} << (s - 1))) >> s;
}

/// Arithmetic shift right by s >= 0, rounding toward minus infinity (truncation of the LSBs).
constexpr std::int64_t shift_right_floor(std::int64_t v, int s) { return s <= 0 ? v : v >> s; }

// ---- Named formats ---------------------------------------------------------------------------
// Each entry: what it carries, then its declaration. docs/fixed-point.md has the table.

/// LLR bytes as DPDK bbdev exchanges them (llr_size 8); positive means bit 0. bbkit's
/// saturation is symmetric, so -128 never occurs on the wire from bbkit.
using BbdevLlr = Format<8, 0, Saturation::Symmetric>;

// Polar CA-SCL decoder (docs/fixed-point-polar.md). Min-sum f/g keep the decoder invariant to
// LLR scale, so only range and resolution matter: 3 fractional bits of the natural LLR.
/// Channel LLR into the polar decoder: 8 bits, 3 fractional (-15.875..15.875).
using PolarLlr = Format<8, 3, Saturation::Symmetric>;
/// LLRs inside the decoder tree (after repetition combining and every g stage): 10 bits,
/// 3 fractional; f needs no saturation (min-sum never grows), g saturates to this range.
using PolarInternalLlr = Format<10, 3, Saturation::Symmetric>;
/// Path metric: non-negative, 16 bits, 3 fractional; saturates at 32767 (4095.875).
using PolarPathMetric = Format<16, 3, Saturation::Symmetric>;

}  // namespace bbkit::fxp
