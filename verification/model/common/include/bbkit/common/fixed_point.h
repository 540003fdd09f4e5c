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

// Beamforming (bbkit::bf, docs/fixed-point.md, Beamforming). Q1.15 IQ and weights keep the full
// two's-complement range: -1.0 (-32768) is a legal sample and the apply datapath handles it.
/// Complex IQ sample component (fronthaul and layer data), Q1.15.
using BfIq = Format<16, 15, Saturation::TwosComplement>;
/// Beamforming weight component, Q1.15.
using BfWeight = Format<16, 15, Saturation::TwosComplement>;
/// Apply accumulator: Q1.15 x Q1.15 products are Q2.30, summed over at most 64 complex terms
/// without intermediate saturation; 64 * (2^31 - 2^15) < 2^38 so 40 bits never overflow.
using BfAccumulator = Format<40, 30, Saturation::TwosComplement>;

// LDPC decoder (docs/fixed-point.md, LDPC decoder).
/// LDPC channel LLR: the decoder input and the HARQ soft buffer, 8 bits with 2 fractional bits
/// (bbdev llr_size 8, llr_decimals 2): +-31.75 in steps of 0.25. HARQ combining saturates here.
using LdpcChannelLlr = Format<8, 2, Saturation::Symmetric>;
/// LDPC a-posteriori LLR (APP, one per code bit) and the variable-to-check message Q = APP - R:
/// 10 bits, same scale as the channel LLR (+-127.75), so a known filler bit sits at +511.
using LdpcAppLlr = Format<10, 2, Saturation::Symmetric>;
/// LDPC check-to-variable message R: 8 bits, same scale; stored compressed per check as
/// (M1, M2, index of the smallest |Q|, sign bits of R), M1 / M2 the scaled box-plus of all |Q| /
/// of all but the smallest (min1 / min2 under min-sum). The box-plus accumulators are LdpcAppLlr
/// magnitudes (9 bits unsigned): box-plus never exceeds its smaller operand.
using LdpcCheckMsg = Format<8, 2, Saturation::Symmetric>;

// Polar CA-SCL decoder (docs/fixed-point.md, Polar decoder). Min-sum f/g keep the decoder invariant to
// LLR scale, so only range and resolution matter: 3 fractional bits of the natural LLR.
/// Channel LLR into the polar decoder: 8 bits, 3 fractional (-15.875..15.875).
using PolarLlr = Format<8, 3, Saturation::Symmetric>;
/// LLRs inside the decoder tree (after repetition combining and every g stage): 10 bits,
/// 3 fractional; f needs no saturation (min-sum never grows), g saturates to this range.
using PolarInternalLlr = Format<10, 3, Saturation::Symmetric>;
/// Path metric: non-negative, 16 bits, 3 fractional; saturates at 32767 (4095.875).
using PolarPathMetric = Format<16, 3, Saturation::Symmetric>;

}  // namespace bbkit::fxp
