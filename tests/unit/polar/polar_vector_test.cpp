// SPDX-License-Identifier: Apache-2.0
// The polar vector file: generated files carry provenance and read back identically; malformed
// files fail with the file, line and key named.
#include <gtest/gtest.h>

#include <sstream>

#include "bbkit/common/error.h"
#include "bbkit/polar/polar_vector.h"

namespace bbkit::polar {
namespace {

TEST(PolarVectorFile, GeneratedFilesRoundTripWithProvenance) {
  for (const PolarConfig& c : {PolarConfig{Channel::Uci, 30, 45}, PolarConfig{Channel::Dci, 40, 0, 4, 0xABCD},
                               PolarConfig{Channel::Pbch, 32, 0}}) {
    const PolarVectorFile f = generate_polar_vectors(c, 5, 42);
    std::stringstream text;
    f.write(text);
    const PolarVectorFile back = PolarVectorFile::parse(text, "mem");
    EXPECT_EQ(back.config.channel, c.channel);
    EXPECT_EQ(back.config.a, c.a);
    EXPECT_EQ(back.config.aggregation_level, c.aggregation_level);
    EXPECT_EQ(back.config.rnti, c.rnti);
    ASSERT_EQ(back.cases.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) {
      EXPECT_EQ(back.cases[i].payload, f.cases[i].payload);
      EXPECT_EQ(back.cases[i].coded, f.cases[i].coded);
    }
    const auto p = back.provenance();
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->generator, "bbkit vectors polar");
    EXPECT_EQ(p->seed, 42u);
    EXPECT_EQ(p->parameters.at("A"), std::to_string(c.a));
  }
  // Same seed, same file.
  std::stringstream a, b;
  generate_polar_vectors({Channel::Uci, 30, 45}, 3, 9).write(a);
  generate_polar_vectors({Channel::Uci, 30, 45}, 3, 9).write(b);
  EXPECT_EQ(a.str(), b.str());
}

void expect_parse_error(const std::string& text, std::size_t line, const std::string& key) {
  std::istringstream in(text);
  try {
    PolarVectorFile::parse(in, "bad.txt");
    ADD_FAILURE() << "accepted:\n" << text;
  } catch (const ParseError& e) {
    EXPECT_EQ(e.file(), "bad.txt");
    EXPECT_EQ(e.line(), line) << e.what();
    EXPECT_EQ(e.key(), key) << e.what();
  }
}

TEST(PolarVectorFile, ParseErrorsNameFileLineAndKey) {
  const std::string head = "channel = uci\nA = 30\nE = 45\ncrc = CRC11\ncases = 1\n";
  const std::string payload(30, '0'), coded(45, '1');
  expect_parse_error(head + payload + " " + coded.substr(1) + "\n", 6, "coded");
  expect_parse_error(head + payload.substr(1) + " " + coded + "\n", 6, "payload");
  expect_parse_error(head + payload + " " + coded + "2\n", 6, "coded");
  expect_parse_error(head + payload + "\n", 6, "case");
  expect_parse_error("channel = uci\nA = 30\nE = 45\ncrc = CRC6\ncases = 0\n", 4, "crc");
  expect_parse_error("channel = uci\nA = x\nE = 45\ncrc = CRC11\ncases = 0\n", 2, "A");
  expect_parse_error("channel = uci\nA = 3\nE = 45\ncrc = CRC11\ncases = 0\n", 2, "A");
  expect_parse_error("channel = pdsch\nA = 30\nE = 45\ncrc = CRC11\ncases = 0\n", 1, "channel");
  expect_parse_error("channel = uci\nA = 30\nE = 45\ncrc = CRC11\ncases = 2\n" + payload + " " + coded + "\n", 5, "cases");
  expect_parse_error("channel = uci\nA = 30\nE = 45\ncrc = CRC11\nbogus = 1\ncases = 0\n", 5, "bogus");
  expect_parse_error("channel = dci\nA = 30\nE = 0\ncrc = CRC24C\naggregation_level = 3\nrnti = 1\ncases = 0\n", 5,
                     "aggregation_level");
}

}  // namespace
}  // namespace bbkit::polar
