// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <sstream>

#include "bbkit/vectors/ldpc_vector.h"
#include "bbkit/vectors/provenance.h"
#include "bbkit/version.h"

namespace bbkit::vectors {
namespace {

TEST(Provenance, SurvivesAVectorFileRoundTrip) {
  const Provenance p = make_provenance("bbkit vectors ldpc", 42, {{"bg", "1"}, {"zc", "384"}});
  EXPECT_EQ(p.version, BBKIT_VERSION_STRING);
  LdpcVector v;
  v.op = LdpcOpType::Encode;
  v.z_c = 384;
  v.n_cb = 25344;
  v.e = 100;
  v.input = {Bytes{1, 2, 3}};
  v.output = {Bytes{4, 5}};
  v.comments = p.to_comments();
  std::istringstream in(v.to_file().to_text());
  const auto back = Provenance::from_comments(LdpcVector::from_file(BbdevFile::parse(in, "p.data")).comments);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->generator, "bbkit vectors ldpc");
  EXPECT_EQ(back->seed, 42u);
  EXPECT_EQ(back->version, BBKIT_VERSION_STRING);
  EXPECT_EQ(back->parameters.at("zc"), "384");
}

TEST(Provenance, AbsentInForeignFiles) {
  EXPECT_FALSE(Provenance::from_comments({" SPDX-License-Identifier: BSD-3-Clause"}).has_value());
}

}  // namespace
}  // namespace bbkit::vectors
