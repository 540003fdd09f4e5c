// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "bbkit/bf/apply_vector.h"
#include "bbkit/common/error.h"

namespace bbkit::bf {
namespace {

std::string temp_path(const char* tag) { return ::testing::TempDir() + "bbkit_bf_" + tag + ".txt"; }

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::map<std::string, std::string> kParams = {{"direction", "combine"}, {"antennas", "8"}, {"layers", "3"},
                                                     {"prbs", "3"},            {"symbols", "2"},  {"prb_group", "2"},
                                                     {"shift", "16"}};

class ApplyVectorTest : public ::testing::TestWithParam<std::string> {};

// Written vectors read back, and every implementation reproduces their output.
TEST_P(ApplyVectorTest, GeneratedFileReplaysBitExact) {
  const std::string path = temp_path("replay");
  const auto prov = BfVectorGenerator().generate(kParams, 5, 3, path);
  const ApplyVectorFile f = load_apply_vectors(path);
  ASSERT_EQ(f.cases.size(), 3u);
  const auto back = vectors::Provenance::from_comments(f.comments);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->generator, "bbkit vectors bf");
  EXPECT_EQ(back->seed, 5u);
  EXPECT_EQ(back->parameters.at("stimulus"), "mixed");
  auto impl = make_bf_apply(GetParam());
  for (std::size_t i = 0; i < f.cases.size(); ++i) {
    const ApplyVector& v = f.cases[i];
    EXPECT_EQ(v.stimulus, apply_stimulus_kinds()[i]);
    EXPECT_EQ(v.config.direction, Direction::Combine);
    EXPECT_EQ(v.config.layers, 3);
    std::vector<Iq16> out;
    EXPECT_EQ(impl->process(v.config, v.weights, v.input, out).saturated, v.saturated);
    EXPECT_EQ(out, v.output) << "case " << i;
  }
  EXPECT_GT(f.cases[1].saturated, 0);  // uniform full-range stimulus clips
  // The same seed writes the same file.
  const std::string again = temp_path("again");
  BfVectorGenerator().generate(kParams, 5, 3, again);
  EXPECT_EQ(slurp(path), slurp(again));
  std::remove(path.c_str());
  std::remove(again.c_str());
}

INSTANTIATE_TEST_SUITE_P(Bf, ApplyVectorTest, ::testing::ValuesIn(bf_apply_implementations()));

std::string small_file() {
  ApplyConfig c;
  c.antennas = 2;
  c.layers = 1;
  c.prbs = 1;
  c.symbols = 1;
  Rng rng(1);
  std::stringstream ss;
  write_apply_vectors(ss, vectors::make_provenance("test", 1, {}), {make_apply_vector(c, "corners", rng)});
  return ss.str();
}

void expect_parse_error(std::string text, const std::string& key) {
  std::stringstream in(text);
  try {
    read_apply_vectors(in, "mem.txt");
    ADD_FAILURE() << "no error for key " << key;
  } catch (const ParseError& e) {
    EXPECT_EQ(e.key(), key) << e.what();
    EXPECT_EQ(e.file(), "mem.txt");
    EXPECT_GT(e.line(), 0u);
  }
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto p = s.find(from);
  EXPECT_NE(p, std::string::npos) << from;
  return s.replace(p, from.size(), to);
}

TEST(BfApplyVector, MalformedFilesNameLineAndKey) {
  const std::string good = small_file();
  std::stringstream in(good);
  EXPECT_EQ(read_apply_vectors(in, "mem.txt").cases.size(), 1u);
  expect_parse_error(replace(good, "format = bbkit-bf-apply-1", "format = other"), "format");
  expect_parse_error(replace(good, "antennas = 2", "antennas = 65"), "antennas");
  expect_parse_error(replace(good, "shift = 15", "shift = x"), "shift");
  expect_parse_error(replace(good, "direction = precode", "direction = up"), "direction");
  expect_parse_error(replace(good, "weights = 2", "weights = 3"), "weights");
  expect_parse_error(replace(good, "prbs = 1\n", ""), "prbs");
  expect_parse_error(replace(good, "case = 0", "case = 7"), "case");
  const auto out = good.find("output = ");
  expect_parse_error(good.substr(0, out + 40), "output");  // truncated payload
  std::string bad_word = good;
  bad_word.replace(good.find('\n', good.find("input = ")) + 1, 8, "zzzzzzzz");
  expect_parse_error(bad_word, "input");
}

TEST(BfApplyVector, GeneratorRejectsBadParameters) {
  const std::string path = temp_path("bad");
  auto with = [](const std::string& k, const std::string& v) {
    auto p = kParams;
    p[k] = v;
    return p;
  };
  EXPECT_THROW(BfVectorGenerator().generate(with("stimulus", "noise"), 1, 1, path), InvalidParameter);
  EXPECT_THROW(BfVectorGenerator().generate(with("shift", "40"), 1, 1, path), InvalidParameter);
  EXPECT_THROW(BfVectorGenerator().generate(with("layers", "two"), 1, 1, path), InvalidParameter);
  EXPECT_THROW(BfVectorGenerator().generate(with("colour", "red"), 1, 1, path), InvalidParameter);
  EXPECT_THROW(BfVectorGenerator().generate(kParams, 1, 0, path), InvalidParameter);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace bbkit::bf
