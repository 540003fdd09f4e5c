// SPDX-License-Identifier: Apache-2.0
// O-RAN block floating point (O-RAN.WG4.CUS annex A.1): a block of complex Q1.15 samples (the 12
// subcarriers of one PRB on the fronthaul, or one layer's antenna weights in one PRB group)
// shares a 4-bit exponent e; each I and Q becomes a signed `mantissa_bits`-bit mantissa m and
// decompresses to m * 2^e.
//   exponent   the smallest e in [0, 15] with every (v >> e) inside [-2^(w-1), 2^(w-1) - 1]:
//              with n = max over the block of (v >= 0 ? v : ~v) (one's complement, so -2^k
//              needs no more bits than 2^k - 1), e = max(0, bitlength(n) + 1 - w)
//   mantissa   Truncate: m = v >> e (the annex's reference, error in [0, 2^e));
//              RoundHalfUp (default): m = min((v + 2^(e-1)) >> e, 2^(w-1) - 1), error at most
//              2^(e-1) except at the clipped positive top, where it stays below 2^e.
//   so |decompressed - original| < 2^e, one LSB of the mantissa, in both modes.
// Packed layout (what the fronthaul carries, per block): the udCompParam byte (bits 7..4
// reserved = 0, bits 3..0 = exponent), then I0 Q0 I1 Q1 ... each w bits, most significant bit
// first, continuing across byte boundaries; a 12-sample PRB is 1 + 3w bytes.
#pragma once

#include <cstdint>
#include <vector>

#include "bbkit/bf/apply.h"
#include "bbkit/common/bits.h"

namespace bbkit::bf {

enum class BfpRounding { Truncate, RoundHalfUp };

struct BfpConfig {
  int mantissa_bits = 9;  ///< udIqWidth, in [1, 16]; 9, 12 and 14 are the common fronthaul widths
  BfpRounding rounding = BfpRounding::RoundHalfUp;
  int block_size = kSubcarriersPerPrb;  ///< complex samples per exponent, >= 1
};

void validate(const BfpConfig& config);

/// Blocks of a compressed stream: exponents[b] for samples [b * block_size, (b+1) * block_size).
struct BfpData {
  std::vector<std::uint8_t> exponents;
  std::vector<Iq16> mantissas;  ///< each component a w-bit signed value held in 16 bits
};

/// The shared exponent of n samples (the rule above).
std::uint8_t bfp_exponent(const Iq16* samples, std::size_t n, int mantissa_bits);

/// Compress; samples.size() must be a multiple of block_size.
BfpData bfp_compress(const BfpConfig& config, const std::vector<Iq16>& samples);
/// m << e, saturated to int16 (only a malformed stream can need it).
std::vector<Iq16> bfp_decompress(const BfpConfig& config, const BfpData& data);

/// The fronthaul bytes of compressed blocks, and back (sizes checked against the config).
Bytes bfp_pack(const BfpConfig& config, const BfpData& data);
BfpData bfp_unpack(const BfpConfig& config, const Bytes& bytes);
/// Bytes of one packed block: 1 + ceil(2 * block_size * w / 8).
std::size_t bfp_packed_block_bytes(const BfpConfig& config);

/// Weights (layout of bbkit/bf/types.h) compressed with one exponent per PRB group per layer:
/// block (g, l) holds W[g][a][l] for a = 0..A-1 (config.block_size is ignored; A is used).
/// exponents[g * L + l]; mantissas in the weights' own layout.
BfpData bfp_compress_weights(const BfpConfig& config, const ApplyConfig& dims, const std::vector<Iq16>& weights);
std::vector<Iq16> bfp_decompress_weights(const BfpConfig& config, const ApplyConfig& dims, const BfpData& data);

}  // namespace bbkit::bf
