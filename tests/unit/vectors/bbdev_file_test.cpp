// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <sstream>

#include "bbkit/common/error.h"
#include "bbkit/vectors/ldpc_vector.h"

namespace bbkit::vectors {
namespace {

const char* const kGood = R"(# a comment
op_type =
RTE_BBDEV_OP_LDPC_DEC

input0 =
0x7F817F81, 0x817F7F81,
0x0181

output0 =
0x8C4DEB9F, 0x52

basegraph=
2

z_c=
7

n_cb=
350

q_m=
2

n_filler=
30

e =
44

rv_index =
0

code_block_mode =
1

expected_iter_count =
6

op_flags =
RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE

expected_status =
OK
)";

LdpcVector parse(const std::string& text) {
  std::istringstream in(text);
  return LdpcVector::from_file(BbdevFile::parse(in, "test.data"));
}

// Replaces the first occurrence of `from` in the good vector.
std::string mutate(const std::string& from, const std::string& to) {
  std::string s = kGood;
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return s.replace(at, from.size(), to);
}

TEST(BbdevVector, ParsesFieldsAndPayloadByteOrder) {
  const LdpcVector v = parse(kGood);
  EXPECT_EQ(v.op, LdpcOpType::Decode);
  EXPECT_EQ(v.basegraph, 2);
  EXPECT_EQ(v.z_c, 7);
  EXPECT_EQ(v.e, 44);
  EXPECT_EQ(v.expected_iter_count.value(), 6);
  ASSERT_EQ(v.input.size(), 1u);
  // Words are little-endian: 0x7F817F81 is the byte sequence 81 7F 81 7F; a short last word
  // carries as many bytes as it has digit pairs.
  const Bytes expected_in = {0x81, 0x7F, 0x81, 0x7F, 0x81, 0x7F, 0x7F, 0x81, 0x81, 0x01};
  EXPECT_EQ(v.input[0], expected_in);
  const Bytes expected_out = {0x9F, 0xEB, 0x4D, 0x8C, 0x52};
  EXPECT_EQ(v.output[0], expected_out);
  EXPECT_TRUE(v.has_flag("RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE"));
  EXPECT_EQ(v.comments.size(), 1u);
}

TEST(BbdevVector, WriteThenReadIsIdentical) {
  const LdpcVector v = parse(kGood);
  const LdpcVector w = parse(v.to_file().to_text());
  EXPECT_EQ(w.input, v.input);
  EXPECT_EQ(w.output, v.output);
  EXPECT_EQ(w.op_flags, v.op_flags);
  EXPECT_EQ(w.n_cb, v.n_cb);
  EXPECT_EQ(w.expected_status, v.expected_status);
  EXPECT_EQ(w.comments, v.comments);
  EXPECT_EQ(v.to_file().to_text(), w.to_file().to_text());
}

struct Malformed {
  const char* name;
  std::string text;
  const char* key;      // the key the error must name
  const char* message;  // a fragment the error must contain
};

class BbdevMalformed : public ::testing::TestWithParam<Malformed> {};

TEST_P(BbdevMalformed, GivesErrorNamingFileLineAndKey) {
  const Malformed& m = GetParam();
  try {
    parse(m.text);
    FAIL() << m.name << ": parsed without error";
  } catch (const ParseError& e) {
    EXPECT_EQ(e.file(), "test.data");
    EXPECT_EQ(e.key(), m.key) << e.what();
    EXPECT_NE(std::string(e.what()).find(m.message), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BbdevMalformed,
    ::testing::Values(
        Malformed{"truncated_hex", mutate("0x7F817F81, 0x817F7F81", "0x7F817F81, 0x817F7F"), "input0", "truncated"},
        Malformed{"odd_digits", mutate("0x0181", "0x181"), "input0", "odd number of hex digits"},
        Malformed{"not_hex", mutate("0x0181", "0x01G1"), "input0", "non-hex"},
        Malformed{"no_prefix", mutate("0x0181", "0181"), "input0", "0x-prefixed"},
        Malformed{"unknown_key", mutate("rv_index =", "rv_idx ="), "rv_idx", "unknown key"},
        Malformed{"missing_field", mutate("z_c=\n7\n", ""), "z_c", "missing required key"},
        Malformed{"missing_output", mutate("output0 =\n0x8C4DEB9F, 0x52\n", ""), "output0", "missing required key"},
        Malformed{"bad_integer", mutate("z_c=\n7", "z_c=\nseven"), "z_c", "not a non-negative integer"},
        Malformed{"unknown_flag", mutate("RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE", "RTE_BBDEV_LDPC_FOO"), "op_flags",
                  "unknown flag"},
        Malformed{"bad_status", mutate("OK\n", "MAYBE\n"), "expected_status", "expects one of"},
        Malformed{"empty_value", mutate("e =\n44", "e ="), "e", "no value"},
        Malformed{"trailing_comma", mutate("0x8C4DEB9F, 0x52", "0x8C4DEB9F, 0x52,"), "output0", "ends with a comma"},
        Malformed{"duplicate", mutate("q_m=\n2", "q_m=\n2\nq_m=\n4"), "q_m", "given twice"},
        Malformed{"out_of_order_segment", mutate("output0 =", "output1 ="), "output1", "numbered in order"},
        Malformed{"bad_op", mutate("RTE_BBDEV_OP_LDPC_DEC", "RTE_BBDEV_OP_TURBO_DEC"), "op_type", "not supported"}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(BbdevVector, ErrorCarriesLineNumber) {
  try {
    parse(mutate("z_c=\n7", "z_c=\nseven"));
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.line(), 15u) << e.what();
  }
}

TEST(BbdevVector, WordsRoundTrip) {
  for (std::size_t n = 0; n < 12; ++n) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<std::uint8_t>(i * 37 + 1);
    BbdevEntry e{"input0", bytes_to_words(b), 1};
    EXPECT_EQ(words_to_bytes(e, "x"), b) << n;
  }
}

}  // namespace
}  // namespace bbkit::vectors
