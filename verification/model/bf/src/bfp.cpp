// SPDX-License-Identifier: Apache-2.0
#include "bbkit/bf/bfp.h"

#include <algorithm>
#include <string>

#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"

namespace bbkit::bf {
namespace {

constexpr int kMaxExponent = 15;  // 4-bit udCompParam field

int bit_length(std::uint32_t v) {
  int n = 0;
  while (v) {
    ++n;
    v >>= 1;
  }
  return n;
}

std::int16_t compress_one(std::int16_t v, int e, int w, BfpRounding r) {
  const std::int64_t hi = (std::int64_t{1} << (w - 1)) - 1;
  const std::int64_t m = r == BfpRounding::Truncate ? fxp::shift_right_floor(v, e) : fxp::shift_right_round(v, e);
  return static_cast<std::int16_t>(std::min(m, hi));  // rounding can only overflow upward
}

std::int16_t expand_one(std::int16_t m, int e) {
  return static_cast<std::int16_t>(fxp::BfIq::saturate(std::int64_t{m} * (std::int64_t{1} << e)));
}

void check_blocks(const BfpConfig& c, std::size_t samples) {
  if (samples % static_cast<std::size_t>(c.block_size) != 0)
    throw InvalidParameter("BFP sample count", std::to_string(samples),
                           "a multiple of block_size " + std::to_string(c.block_size));
}

void compress_block(const BfpConfig& c, const Iq16* in, std::size_t n, std::uint8_t& exponent, Iq16* out) {
  exponent = bfp_exponent(in, n, c.mantissa_bits);
  for (std::size_t i = 0; i < n; ++i)
    out[i] = {compress_one(in[i].re, exponent, c.mantissa_bits, c.rounding),
              compress_one(in[i].im, exponent, c.mantissa_bits, c.rounding)};
}

void validate_weights(const BfpConfig& c, const ApplyConfig& dims, std::size_t n) {
  validate(c);
  validate(dims);
  if (n != dims.weight_count())
    throw InvalidParameter("weights size", std::to_string(n), "exactly groups x antennas x layers = " +
                                                                  std::to_string(dims.weight_count()));
}

}  // namespace

void validate(const BfpConfig& c) {
  require_range("mantissa_bits", c.mantissa_bits, 1, 16);
  require_range("block_size", c.block_size, 1, 1 << 16);
}

std::uint8_t bfp_exponent(const Iq16* samples, std::size_t n, int mantissa_bits) {
  require_range("mantissa_bits", mantissa_bits, 1, 16);
  std::uint32_t most = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::int32_t v : {std::int32_t{samples[i].re}, std::int32_t{samples[i].im}})
      most |= static_cast<std::uint32_t>(v >= 0 ? v : ~v);  // OR: same bit length as the max
  }
  const int e = std::max(0, bit_length(most) + 1 - mantissa_bits);
  return static_cast<std::uint8_t>(std::min(e, kMaxExponent));
}

BfpData bfp_compress(const BfpConfig& c, const std::vector<Iq16>& samples) {
  validate(c);
  check_blocks(c, samples.size());
  const std::size_t bs = static_cast<std::size_t>(c.block_size);
  BfpData d;
  d.exponents.resize(samples.size() / bs);
  d.mantissas.resize(samples.size());
  for (std::size_t b = 0; b < d.exponents.size(); ++b)
    compress_block(c, &samples[b * bs], bs, d.exponents[b], &d.mantissas[b * bs]);
  return d;
}

std::vector<Iq16> bfp_decompress(const BfpConfig& c, const BfpData& d) {
  validate(c);
  check_blocks(c, d.mantissas.size());
  const std::size_t bs = static_cast<std::size_t>(c.block_size);
  if (d.exponents.size() != d.mantissas.size() / bs)
    throw InvalidParameter("BFP exponent count", std::to_string(d.exponents.size()),
                           "one per block = " + std::to_string(d.mantissas.size() / bs));
  std::vector<Iq16> out(d.mantissas.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int e = d.exponents[i / bs];
    require_range("BFP exponent", e, 0, kMaxExponent);
    out[i] = {expand_one(d.mantissas[i].re, e), expand_one(d.mantissas[i].im, e)};
  }
  return out;
}

std::size_t bfp_packed_block_bytes(const BfpConfig& c) {
  return 1 + (2 * static_cast<std::size_t>(c.block_size) * static_cast<std::size_t>(c.mantissa_bits) + 7) / 8;
}

Bytes bfp_pack(const BfpConfig& c, const BfpData& d) {
  validate(c);
  check_blocks(c, d.mantissas.size());
  const std::size_t bs = static_cast<std::size_t>(c.block_size);
  const int w = c.mantissa_bits;
  const std::int32_t lo = -(1 << (w - 1)), hi = (1 << (w - 1)) - 1;
  Bytes out;
  out.reserve(d.exponents.size() * bfp_packed_block_bytes(c));
  for (std::size_t b = 0; b < d.exponents.size(); ++b) {
    require_range("BFP exponent", d.exponents[b], 0, kMaxExponent);
    out.push_back(d.exponents[b]);
    std::uint32_t acc = 0;  // bit accumulator, MSB first
    int nbits = 0;
    for (std::size_t i = b * bs; i < (b + 1) * bs; ++i) {
      for (std::int32_t m : {std::int32_t{d.mantissas[i].re}, std::int32_t{d.mantissas[i].im}}) {
        require_range("BFP mantissa", m, lo, hi);
        acc = (acc << w) | (static_cast<std::uint32_t>(m) & ((1u << w) - 1));
        nbits += w;
        while (nbits >= 8) {
          nbits -= 8;
          out.push_back(static_cast<std::uint8_t>(acc >> nbits));
        }
        acc &= (1u << nbits) - 1;
      }
    }
    if (nbits > 0) out.push_back(static_cast<std::uint8_t>(acc << (8 - nbits)));  // zero padding
  }
  return out;
}

BfpData bfp_unpack(const BfpConfig& c, const Bytes& bytes) {
  validate(c);
  const std::size_t block_bytes = bfp_packed_block_bytes(c);
  if (bytes.size() % block_bytes != 0)
    throw InvalidParameter("BFP packed size", std::to_string(bytes.size()),
                           "a multiple of " + std::to_string(block_bytes) + " bytes per block");
  const std::size_t bs = static_cast<std::size_t>(c.block_size);
  const int w = c.mantissa_bits;
  const std::size_t blocks = bytes.size() / block_bytes;
  BfpData d;
  d.exponents.resize(blocks);
  d.mantissas.resize(blocks * bs);
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::uint8_t* p = &bytes[b * block_bytes];
    d.exponents[b] = p[0] & 0x0F;  // reserved bits 7..4 are ignored on receive
    std::size_t bit = 8;
    const auto read = [&] {
      std::uint32_t v = 0;
      for (int k = 0; k < w; ++k, ++bit) v = (v << 1) | ((p[bit / 8] >> (7 - bit % 8)) & 1u);
      // sign-extend the w-bit two's-complement value
      return static_cast<std::int16_t>(static_cast<std::int32_t>(v << (32 - w)) >> (32 - w));
    };
    for (std::size_t i = b * bs; i < (b + 1) * bs; ++i) {
      d.mantissas[i].re = read();
      d.mantissas[i].im = read();
    }
  }
  return d;
}

BfpData bfp_compress_weights(const BfpConfig& c, const ApplyConfig& dims, const std::vector<Iq16>& weights) {
  validate_weights(c, dims, weights.size());
  const int A = dims.antennas, L = dims.layers;
  BfpData d;
  d.exponents.resize(static_cast<std::size_t>(dims.groups()) * L);
  d.mantissas.resize(weights.size());
  std::vector<Iq16> column(static_cast<std::size_t>(A)), packed(static_cast<std::size_t>(A));
  for (int g = 0; g < dims.groups(); ++g) {
    const std::size_t base = static_cast<std::size_t>(g) * A * L;
    for (int l = 0; l < L; ++l) {
      for (int a = 0; a < A; ++a) column[a] = weights[base + a * L + l];
      compress_block(c, column.data(), column.size(), d.exponents[static_cast<std::size_t>(g) * L + l], packed.data());
      for (int a = 0; a < A; ++a) d.mantissas[base + a * L + l] = packed[a];
    }
  }
  return d;
}

std::vector<Iq16> bfp_decompress_weights(const BfpConfig& c, const ApplyConfig& dims, const BfpData& d) {
  validate_weights(c, dims, d.mantissas.size());
  const int L = dims.layers;
  if (d.exponents.size() != static_cast<std::size_t>(dims.groups()) * L)
    throw InvalidParameter("BFP weight exponent count", std::to_string(d.exponents.size()),
                           "groups x layers = " + std::to_string(dims.groups() * L));
  std::vector<Iq16> out(d.mantissas.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int e = d.exponents[(i / (static_cast<std::size_t>(dims.antennas) * L)) * L + i % L];
    require_range("BFP exponent", e, 0, kMaxExponent);
    out[i] = {expand_one(d.mantissas[i].re, e), expand_one(d.mantissas[i].im, e)};
  }
  return out;
}

}  // namespace bbkit::bf
