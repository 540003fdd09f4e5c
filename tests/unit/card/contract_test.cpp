// SPDX-License-Identifier: Apache-2.0
// The generated card-contract headers agree with each other: the C register structs (PeakRDL),
// the C++ kernel tables and the descriptor header, all in one translation unit.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <string>

#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/bbkit_ldpc_enc_regs.h"
#include "bbkit/card/generated/desc.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/vectors/ldpc_vector.h"

namespace bbkit::card {
namespace {

const KernelArg& arg(const KernelDesc& k, const std::string& name) {
  for (std::size_t i = 0; i < k.num_args; ++i)
    if (name == k.args[i].name) return k.args[i];
  throw std::out_of_range(name);
}

TEST(CardContract, KernelTableMatchesTheDecoderRegisterStruct) {
  EXPECT_EQ(arg(kLdpcDec, "desc").offset, offsetof(bbkit_ldpc_dec_t, DESC));
  EXPECT_EQ(arg(kLdpcDec, "cmpl").offset, offsetof(bbkit_ldpc_dec_t, CMPL));
  EXPECT_EQ(arg(kLdpcDec, "data").offset, offsetof(bbkit_ldpc_dec_t, DATA));
  EXPECT_EQ(arg(kLdpcDec, "harq").offset, offsetof(bbkit_ldpc_dec_t, HARQ));
  EXPECT_EQ(arg(kLdpcDec, "num_ops").offset, offsetof(bbkit_ldpc_dec_t, NUM_OPS));
  EXPECT_EQ(kIdOffset, offsetof(bbkit_ldpc_dec_t, id));
  EXPECT_EQ(kLdpcDec.kernel_id, BBKIT_LDPC_DEC__ID__KERNEL__ID_reset);
}

TEST(CardContract, KernelTableMatchesTheEncoderRegisterStruct) {
  EXPECT_EQ(arg(kLdpcEnc, "desc").offset, offsetof(bbkit_ldpc_enc_t, DESC));
  EXPECT_EQ(arg(kLdpcEnc, "cmpl").offset, offsetof(bbkit_ldpc_enc_t, CMPL));
  EXPECT_EQ(arg(kLdpcEnc, "data").offset, offsetof(bbkit_ldpc_enc_t, DATA));
  EXPECT_EQ(arg(kLdpcEnc, "num_ops").offset, offsetof(bbkit_ldpc_enc_t, NUM_OPS));
  EXPECT_EQ(kIdOffset, offsetof(bbkit_ldpc_enc_t, id));
  EXPECT_EQ(kLdpcEnc.kernel_id, BBKIT_LDPC_ENC__ID__KERNEL__ID_reset);
}

TEST(CardContract, VitisControlLayout) {
  // ap_ctrl at 0x00..0x0C, the ap_start/ap_done/ap_idle/ap_ready/auto_restart bits of Vitis.
  EXPECT_EQ(offsetof(bbkit_ldpc_dec_t, ap_ctrl), 0u);
  EXPECT_EQ(offsetof(bbkit_ldpc_dec__ap_ctrl_t, ISR), 0x0Cu);
  EXPECT_EQ(BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_START_bm, 0x1u);
  EXPECT_EQ(BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_DONE_bm, 0x2u);
  EXPECT_EQ(BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_IDLE_bm, 0x4u);
  EXPECT_EQ(BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_READY_bm, 0x8u);
  EXPECT_EQ(BBKIT_LDPC_DEC__AP_CTRL__CTRL__AUTO_RESTART_bm, 0x80u);
  for (const KernelDesc* k : kKernels) {
    ASSERT_GT(k->num_args, 0u);
    EXPECT_EQ(k->args[0].offset, 0x10u) << k->name;
    for (std::size_t i = 0; i < k->num_args; ++i) {
      const KernelArg& a = k->args[i];
      EXPECT_EQ(a.index, i) << k->name << "." << a.name;
      EXPECT_EQ(a.offset % 8, 0u) << k->name << "." << a.name << " sits in a 64-bit slot";
      EXPECT_LT(a.offset + a.size, kIdOffset) << k->name << "." << a.name;
      EXPECT_EQ(a.size, is_buffer(a) ? 8u : 4u) << k->name << "." << a.name;
    }
  }
}

TEST(CardContract, IdentityConstantsAgree) {
  EXPECT_EQ(kIdMagicValue, BBKIT_LDPC_DEC__ID__MAGIC__VALUE_reset);
  EXPECT_EQ(kIdMagicValue, BBKIT_LDPC_ENC__ID__MAGIC__VALUE_reset);
  EXPECT_EQ(kContractMajor, BBKIT_LDPC_DEC__ID__CONTRACT__MAJOR_reset);
  EXPECT_EQ(kContractMinor, BBKIT_LDPC_DEC__ID__CONTRACT__MINOR_reset);
  EXPECT_EQ(kDescContractMajor, kContractMajor);
  EXPECT_EQ(kDescContractMinor, kContractMinor);
  EXPECT_EQ(kIdRegMagic, offsetof(bbkit_ldpc_dec__id_t, MAGIC));
  EXPECT_EQ(kIdRegContract, offsetof(bbkit_ldpc_dec__id_t, CONTRACT));
  EXPECT_EQ(kIdRegScratch, offsetof(bbkit_ldpc_dec__id_t, SCRATCH));
}

TEST(CardContract, DescriptorFlagsNameRealBbdevFlags) {
  const auto& dec = vectors::ldpc_flag_names(vectors::LdpcOpType::Decode);
  const auto& enc = vectors::ldpc_flag_names(vectors::LdpcOpType::Encode);
  for (const FlagName& f : kLdpcOpFlagsNames) {
    const std::string bbdev = f.bbdev;
    const bool known = std::find(dec.begin(), dec.end(), bbdev) != dec.end() ||
                       std::find(enc.begin(), enc.end(), bbdev) != enc.end();
    EXPECT_TRUE(known) << f.name << " mirrors " << bbdev << ", which DPDK does not define";
    EXPECT_EQ("RTE_BBDEV_LDPC_" + std::string(f.name), bbdev);
  }
  EXPECT_EQ(ldpc_op_flags::kHqCombineInEnable, 1u << 5);
}

TEST(CardContract, DescriptorAndCompletionSizes) {
  EXPECT_EQ(sizeof(LdpcDesc), 64u);
  EXPECT_EQ(sizeof(Cmpl), 32u);
  EXPECT_EQ(offsetof(LdpcDesc, in_addr) % 8, 0u);
  EXPECT_EQ(offsetof(Cmpl, cycles) % 8, 0u);
}

}  // namespace
}  // namespace bbkit::card
