// SPDX-License-Identifier: Apache-2.0
#include "bbkit/card/desc_util.h"

#include <gtest/gtest.h>

#include "bbkit/common/error.h"

namespace bbkit::card {
namespace {

TEST(DescUtil, BbdevFlagNamesRoundTrip) {
  const std::vector<std::string> names = {"RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK", "RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE",
                                          "RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE"};
  const std::uint32_t flags = ldpc_op_flags_from_bbdev(names);
  EXPECT_EQ(flags, ldpc_op_flags::kCrcType24bCheck | ldpc_op_flags::kIterationStopEnable |
                       ldpc_op_flags::kHqCombineOutEnable);
  EXPECT_EQ(ldpc_op_flags_to_bbdev(flags), names);
}

TEST(DescUtil, AFlagTheContractLacksIsAnInvalidParameter) {
  try {
    ldpc_op_flags_from_bbdev({"RTE_BBDEV_LDPC_LLR_COMPRESSION"});
    ADD_FAILURE() << "accepted";
  } catch (const InvalidParameter& e) {
    EXPECT_EQ(e.parameter(), "op_flags");
    EXPECT_NE(std::string(e.what()).find("RTE_BBDEV_LDPC_LLR_COMPRESSION"), std::string::npos);
  }
  EXPECT_THROW(ldpc_op_flags_to_bbdev(1u << 31), InvalidParameter);
}

TEST(DescUtil, CompletionStatus) {
  Cmpl c{};
  EXPECT_FALSE(cmpl_ok(c));
  EXPECT_EQ(describe_cmpl(c), "not written");
  c.status = cmpl_status::kDone;
  c.iterations = 4;
  EXPECT_TRUE(cmpl_ok(c));
  EXPECT_EQ(describe_cmpl(c), "ok, 4 iterations");
  c.status |= cmpl_status::kCrcErr;
  EXPECT_FALSE(cmpl_ok(c));
  EXPECT_EQ(describe_cmpl(c), "CRC_ERR, 4 iterations");
  c.status = cmpl_status::kDone | cmpl_status::kErr;
  c.error_code = static_cast<std::uint8_t>(ErrorCode::BadZc);
  EXPECT_EQ(describe_cmpl(c).rfind("ERR BAD_ZC (z_c is not", 0), 0u) << describe_cmpl(c);
}

}  // namespace
}  // namespace bbkit::card
