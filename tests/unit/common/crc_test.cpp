// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <string>

#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"

namespace bbkit {
namespace {

Bits ascii_bits(const std::string& s) {
  Bits b;
  for (unsigned char c : s)
    for (int k = 7; k >= 0; --k) b.push_back(static_cast<std::uint8_t>((c >> k) & 1));
  return b;
}

Bits string_bits(const std::string& s) {
  Bits b;
  for (char c : s) b.push_back(static_cast<std::uint8_t>(c - '0'));
  return b;
}

struct Kat {
  CrcType type;
  std::uint32_t check_123456789;  // CRC of the ASCII "123456789"
  std::uint32_t check_22_bits;    // CRC of the 22-bit string below (not byte aligned)
};

// CRC16, CRC24A and CRC24B check values are the published ones (the CRC catalogue's
// CRC-16/XMODEM, CRC-24/LTE-A, CRC-24/LTE-B share 38.212's polynomials and conventions); the
// others were computed by big-integer polynomial division, independently of this code.
const Kat kKats[] = {
    {CrcType::Crc6, 0x15, 0x0E},          {CrcType::Crc11, 0x5CA, 0x53A},
    {CrcType::Crc16, 0x31C3, 0x2D9E},     {CrcType::Crc24A, 0xCDE703, 0xD8C259},
    {CrcType::Crc24B, 0x23EF52, 0x61303C}, {CrcType::Crc24C, 0xF48279, 0x8C7AD0},
};

class CrcKat : public ::testing::TestWithParam<Kat> {};

TEST_P(CrcKat, KnownAnswers) {
  const Kat& k = GetParam();
  EXPECT_EQ(crc_bits(k.type, ascii_bits("123456789")), k.check_123456789) << crc_spec(k.type).name;
  EXPECT_EQ(crc_bits(k.type, string_bits("1011001110001111010101")), k.check_22_bits) << crc_spec(k.type).name;
}

TEST_P(CrcKat, TableMatchesSerialAndPackedForAllLengths) {
  const CrcType t = GetParam().type;
  Rng rng(11);
  for (std::size_t n = 0; n < 200; ++n) {
    const Bits b = random_bits(rng, n);
    const std::uint32_t serial = crc_bits_serial(t, b.data(), n);
    EXPECT_EQ(crc_bits(t, b), serial) << "n = " << n;
    EXPECT_EQ(crc_packed(t, pack_bits(b).data(), n), serial) << "n = " << n;
  }
}

TEST_P(CrcKat, AttachThenCheck) {
  const CrcType t = GetParam().type;
  Rng rng(3);
  Bits b = random_bits(rng, 100);
  crc_attach(t, b);
  ASSERT_EQ(b.size(), 100u + static_cast<std::size_t>(crc_spec(t).length));
  EXPECT_TRUE(crc_check(t, b));
  for (std::size_t i : {std::size_t{0}, std::size_t{50}, b.size() - 1}) {
    Bits flipped = b;
    flipped[i] ^= 1;
    EXPECT_FALSE(crc_check(t, flipped)) << "single-bit error at " << i << " not detected";
  }
}

INSTANTIATE_TEST_SUITE_P(AllPolynomials, CrcKat, ::testing::ValuesIn(kKats),
                         [](const auto& p) { return std::string(crc_spec(p.param.type).name); });

TEST(Crc, NamesParse) {
  EXPECT_EQ(crc_type_from_name("crc24a"), CrcType::Crc24A);
  EXPECT_EQ(crc_type_from_name("CRC11"), CrcType::Crc11);
  EXPECT_EQ(crc_type_from_name("24c"), CrcType::Crc24C);
  EXPECT_THROW(crc_type_from_name("crc32"), InvalidParameter);
}

}  // namespace
}  // namespace bbkit
