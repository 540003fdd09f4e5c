// SPDX-License-Identifier: Apache-2.0
// Conformance on ../shared: the project's polar tables equal the 38.212 CSVs, and every UCI
// vector of shared/vectors/polar encodes identically and decodes back (noiseless) with its CRC
// passing, for every implementation.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "bbkit/polar/decoder.h"
#include "bbkit/polar/encoder.h"
#include "bbkit/polar/polar_vector.h"
#include "bbkit/polar/tables.h"
#include "shared_data.h"

namespace bbkit::polar {
namespace {

// The second column of a two-column CSV with a header line.
std::vector<int> csv_column(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  std::vector<int> v;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream ss(line);
    std::string first, second;
    std::getline(ss, first, ',');
    std::getline(ss, second, ',');
    v.push_back(std::stoi(second));
  }
  return v;
}

template <typename Table>
void expect_table(const Table& table, const std::string& csv) {
  const auto v = csv_column(csv);
  ASSERT_EQ(v.size(), table.size()) << csv;
  for (std::size_t i = 0; i < v.size(); ++i) EXPECT_EQ(int{table[i]}, v[i]) << csv << " row " << i;
}

TEST(PolarTables, ReliabilitySequenceMatches38212Csv) {
  BBKIT_REQUIRE_SHARED(path, "data/nr/polar_reliability_sequence.csv");
  expect_table(kReliabilitySequence, path);
}
TEST(PolarTables, InputInterleaverMatches38212Csv) {
  BBKIT_REQUIRE_SHARED(path, "data/nr/polar_input_interleaver_pattern.csv");
  expect_table(kInputInterleaverPattern, path);
}
TEST(PolarTables, SubblockInterleaverMatches38212Csv) {
  BBKIT_REQUIRE_SHARED(path, "data/nr/polar_subblock_interleaver_pattern.csv");
  expect_table(kSubblockInterleaverPattern, path);
}

class SharedUciVectors : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(SharedUciVectors, EncodeIdenticallyAndDecodeBack) {
  const auto& [impl, file] = GetParam();
  BBKIT_REQUIRE_SHARED(path, "vectors/polar/" + file);
  const PolarVectorFile v = PolarVectorFile::load(path);
  ASSERT_EQ(v.cases.size(), 100u);
  auto encoder = make_polar_encoder(impl);
  auto decoder = make_polar_decoder(impl);
  for (std::size_t i = 0; i < v.cases.size(); ++i) {
    const auto& c = v.cases[i];
    ASSERT_EQ(encoder->process(v.config, c.payload), c.coded) << file << " case " << i;
    std::vector<std::int8_t> llr(c.coded.size());
    for (std::size_t k = 0; k < llr.size(); ++k) llr[k] = c.coded[k] ? -127 : 127;
    for (int list : {1, 8}) {
      const DecodeResult r = decoder->process(v.config, DecoderConfig{list}, llr);
      EXPECT_TRUE(r.crc_ok) << file << " case " << i << " L=" << list;
      EXPECT_EQ(r.payload, c.payload) << file << " case " << i << " L=" << list;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(GoldenTimesFiles, SharedUciVectors,
                         ::testing::Combine(::testing::Values("golden"),
                                            ::testing::Values("uci_A30_E45.txt", "uci_A29_E127.txt")),
                         [](const auto& param_info) {
                           std::string n = std::get<0>(param_info.param) + "_" + std::get<1>(param_info.param);
                           for (char& ch : n)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return n;
                         });

}  // namespace
}  // namespace bbkit::polar
