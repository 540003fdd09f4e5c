// SPDX-License-Identifier: Apache-2.0
#include "bbkit/common/crc.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "bbkit/common/error.h"

namespace bbkit {
namespace {

// 38.212 5.1 generator polynomials, D^L term implied.
constexpr std::array<CrcSpec, 6> kSpecs{{
    {"CRC6", 6, 0x21},           // D^6 + D^5 + 1
    {"CRC11", 11, 0x621},        // D^11 + D^10 + D^9 + D^5 + 1
    {"CRC16", 16, 0x1021},       // D^16 + D^12 + D^5 + 1
    {"CRC24A", 24, 0x864CFB},    // D^24 + D^23 + D^18 + D^17 + D^14 + D^11 + D^10 + D^7 + D^6 + D^5 + D^4 + D^3 + D + 1
    {"CRC24B", 24, 0x800063},    // D^24 + D^23 + D^6 + D^5 + D + 1
    {"CRC24C", 24, 0xB2B117},    // D^24 + D^23 + D^21 + D^20 + D^17 + D^15 + D^13 + D^12 + D^8 + D^4 + D^2 + D + 1
}};

// The register is kept left-aligned in 32 bits so one byte-wide table serves every length.
using Table = std::array<std::uint32_t, 256>;

Table make_table(const CrcSpec& spec) {
  Table t{};
  const std::uint32_t poly = spec.poly << (32 - spec.length);
  for (std::uint32_t b = 0; b < 256; ++b) {
    std::uint32_t r = b << 24;
    for (int i = 0; i < 8; ++i) r = (r & 0x80000000u) ? (r << 1) ^ poly : (r << 1);
    t[b] = r;
  }
  return t;
}

const Table& table(CrcType type) {
  static const std::array<Table, 6> tables = [] {
    std::array<Table, 6> all{};
    for (std::size_t i = 0; i < kSpecs.size(); ++i) all[i] = make_table(kSpecs[i]);
    return all;
  }();
  return tables[static_cast<std::size_t>(type)];
}

std::uint32_t step_bit(std::uint32_t reg, unsigned bit, std::uint32_t poly_aligned) {
  reg ^= static_cast<std::uint32_t>(bit & 1u) << 31;
  return (reg & 0x80000000u) ? (reg << 1) ^ poly_aligned : (reg << 1);
}

}  // namespace

const CrcSpec& crc_spec(CrcType type) { return kSpecs[static_cast<std::size_t>(type)]; }

CrcType crc_type_from_name(const std::string& name) {
  std::string n;
  for (char c : name) n += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (n.rfind("CRC", 0) != 0) n = "CRC" + n;
  for (std::size_t i = 0; i < kSpecs.size(); ++i)
    if (n == kSpecs[i].name) return static_cast<CrcType>(i);
  throw InvalidParameter("crc", name, "one of crc6, crc11, crc16, crc24a, crc24b, crc24c");
}

std::uint32_t crc_bits(CrcType type, const std::uint8_t* bits, std::size_t n) {
  const CrcSpec& spec = crc_spec(type);
  const Table& t = table(type);
  const std::uint32_t poly = spec.poly << (32 - spec.length);
  std::uint32_t reg = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    unsigned byte = 0;
    for (int j = 0; j < 8; ++j) byte = (byte << 1) | (bits[i + j] & 1u);
    reg = (reg << 8) ^ t[(reg >> 24) ^ byte];
  }
  for (; i < n; ++i) reg = step_bit(reg, bits[i], poly);
  return reg >> (32 - spec.length);
}

std::uint32_t crc_packed(CrcType type, const std::uint8_t* bytes, std::size_t n) {
  const CrcSpec& spec = crc_spec(type);
  const Table& t = table(type);
  const std::uint32_t poly = spec.poly << (32 - spec.length);
  std::uint32_t reg = 0;
  const std::size_t whole = n / 8;
  for (std::size_t i = 0; i < whole; ++i) reg = (reg << 8) ^ t[(reg >> 24) ^ bytes[i]];
  for (std::size_t i = whole * 8; i < n; ++i) reg = step_bit(reg, packed_bit(bytes, i), poly);
  return reg >> (32 - spec.length);
}

void crc_attach(CrcType type, Bits& bits) {
  const int len = crc_spec(type).length;
  const std::uint32_t p = crc_bits(type, bits);
  for (int k = len - 1; k >= 0; --k) bits.push_back(static_cast<std::uint8_t>((p >> k) & 1u));
}

bool crc_check(CrcType type, const std::uint8_t* bits, std::size_t n) {
  const auto len = static_cast<std::size_t>(crc_spec(type).length);
  if (n < len) return false;
  return crc_bits(type, bits, n) == 0;
}

std::uint32_t crc_bits_serial(CrcType type, const std::uint8_t* bits, std::size_t n) {
  // Long division of m(D)·D^L by g(D), one message bit at a time.
  const CrcSpec& spec = crc_spec(type);
  const std::uint32_t top = 1u << (spec.length - 1);
  const std::uint32_t mask = (spec.length == 32) ? 0xFFFFFFFFu : ((1u << spec.length) - 1);
  std::uint32_t reg = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool feedback = ((reg & top) != 0) != ((bits[i] & 1u) != 0);
    reg = (reg << 1) & mask;
    if (feedback) reg ^= spec.poly;
  }
  return reg;
}

}  // namespace bbkit
