// SPDX-License-Identifier: Apache-2.0
// Every DPDK vector in shared/vectors/bbdev parses, and writes back with identical content.
#include <gtest/gtest.h>

#include <sstream>

#include "bbkit/vectors/ldpc_vector.h"
#include "shared_data.h"

namespace bbkit::vectors {
namespace {

TEST(SharedBbdevVectors, AllFiveParseAndRoundTrip) {
  BBKIT_REQUIRE_SHARED(dir, "vectors/bbdev");
  const auto files = test::shared_files("vectors/bbdev", ".data");
  ASSERT_EQ(files.size(), 5u) << "expected the five DPDK LDPC vectors in " << dir;
  for (const auto& path : files) {
    SCOPED_TRACE(path);
    const BbdevFile original = BbdevFile::load(path);
    const LdpcVector v = LdpcVector::from_file(original);
    ASSERT_EQ(v.input.size(), 1u);
    ASSERT_EQ(v.output.size(), 1u);
    if (v.op == LdpcOpType::Decode) {
      EXPECT_EQ(v.input[0].size(), static_cast<std::size_t>(v.e)) << "one LLR byte per rate-matched bit";
    } else {
      EXPECT_EQ(v.output[0].size(), packed_size(static_cast<std::size_t>(v.e))) << "E packed bits";
    }
    std::istringstream in(v.to_file(path).to_text());
    const BbdevFile rewritten = BbdevFile::parse(in, path + " (rewritten)");
    // Content identical: the same keys in the same order with the same values, token for token.
    ASSERT_EQ(rewritten.entries.size(), original.entries.size());
    for (std::size_t i = 0; i < original.entries.size(); ++i) {
      EXPECT_EQ(rewritten.entries[i].key, original.entries[i].key);
      EXPECT_EQ(rewritten.entries[i].tokens, original.entries[i].tokens) << original.entries[i].key;
    }
    EXPECT_EQ(rewritten.comments, original.comments);
  }
}

}  // namespace
}  // namespace bbkit::vectors
