// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "bbkit/common/error.h"

namespace bbkit {
namespace {

TEST(Errors, InvalidParameterNamesParameterAndRange) {
  try {
    require_range("Zc", 5000, 2, 384);
    FAIL() << "no throw";
  } catch (const InvalidParameter& e) {
    EXPECT_EQ(e.parameter(), "Zc");
    EXPECT_NE(std::string(e.what()).find("Zc = 5000"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("[2, 384]"), std::string::npos) << e.what();
  }
  EXPECT_NO_THROW(require_range("Zc", 384, 2, 384));
}

TEST(Errors, ParseErrorNamesFileLineKey) {
  const ParseError e("v.data", 12, "z_c", "not an integer");
  EXPECT_EQ(std::string(e.what()), "v.data:12: key 'z_c': not an integer");
}

}  // namespace
}  // namespace bbkit
