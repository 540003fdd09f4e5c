// SPDX-License-Identifier: Apache-2.0
// The six CRCs of TS 38.212 section 5.1. All are non-reflected, start from a zero register and
// have no final XOR: the parity bits p_0..p_{L-1} follow the message MSB first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "bbkit/common/bits.h"

namespace bbkit {

enum class CrcType { Crc6, Crc11, Crc16, Crc24A, Crc24B, Crc24C };

struct CrcSpec {
  const char* name;
  int length;          // L, the number of parity bits
  std::uint32_t poly;  // generator without the leading D^L term
};

/// The 38.212 polynomial for `type`.
const CrcSpec& crc_spec(CrcType type);

/// Parses "crc24a", "CRC24A", "24a", ... Throws InvalidParameter naming the allowed names.
CrcType crc_type_from_name(const std::string& name);

/// CRC remainder of n unpacked bits (one 0/1 per byte), table-driven eight bits per step.
std::uint32_t crc_bits(CrcType type, const std::uint8_t* bits, std::size_t n);
inline std::uint32_t crc_bits(CrcType type, const Bits& bits) {
  return crc_bits(type, bits.data(), bits.size());
}

/// CRC remainder of the first n bits of an MSB-first packed buffer.
std::uint32_t crc_packed(CrcType type, const std::uint8_t* bytes, std::size_t n);

/// Appends the L parity bits to `bits` (38.212 5.1: b_k = p_{k-A} for k >= A).
void crc_attach(CrcType type, Bits& bits);

/// True when the last L of the n bits are the CRC of the first n - L (remainder zero).
bool crc_check(CrcType type, const std::uint8_t* bits, std::size_t n);
inline bool crc_check(CrcType type, const Bits& bits) {
  return crc_check(type, bits.data(), bits.size());
}

/// Bit-serial polynomial division, the textbook definition; kept as the reference the
/// table-driven code is tested against.
std::uint32_t crc_bits_serial(CrcType type, const std::uint8_t* bits, std::size_t n);

}  // namespace bbkit
