// SPDX-License-Identifier: Apache-2.0
// Bit buffers. Models work on unpacked bits (one 0/1 value per byte: easy to index, what the
// 38.212 equations use); interfaces that move data (bbdev, device memory, files) use packed
// bytes, MSB first, as DPDK bbdev does: bit i of a buffer is bit (7 - i % 8) of byte i / 8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bbkit {

/// One bit per element, each 0 or 1.
using Bits = std::vector<std::uint8_t>;
/// Packed bytes, MSB-first; the bit count travels beside it.
using Bytes = std::vector<std::uint8_t>;

/// Packs `n` unpacked bits MSB-first into ceil(n/8) bytes; unused low bits of the last byte are 0.
Bytes pack_bits(const std::uint8_t* bits, std::size_t n);
inline Bytes pack_bits(const Bits& bits) { return pack_bits(bits.data(), bits.size()); }

/// Unpacks the first `n` bits of MSB-first packed bytes. Throws InvalidParameter when the
/// buffer holds fewer than n bits.
Bits unpack_bits(const std::uint8_t* bytes, std::size_t n_bytes, std::size_t n);
inline Bits unpack_bits(const Bytes& bytes, std::size_t n) {
  return unpack_bits(bytes.data(), bytes.size(), n);
}

/// Bit i of an MSB-first packed buffer.
inline std::uint8_t packed_bit(const std::uint8_t* bytes, std::size_t i) {
  return static_cast<std::uint8_t>((bytes[i >> 3] >> (7 - (i & 7))) & 1u);
}

/// Number of bytes that hold n packed bits.
constexpr std::size_t packed_size(std::size_t n) { return (n + 7) / 8; }

/// Hard decision on an LLR where a positive value means bit 0 (the bbdev convention).
template <typename Llr>
constexpr std::uint8_t hard_bit(Llr llr) {
  return static_cast<std::uint8_t>(llr < 0 ? 1 : 0);
}

}  // namespace bbkit
