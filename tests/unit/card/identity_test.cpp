// SPDX-License-Identifier: Apache-2.0
// The identity check: a register file stands in for a kernel's control space.
#include <gtest/gtest.h>

#include <string>

#include <map>

#include "bbkit/card/generated/kernels.h"
#include "bbkit/card/identity.h"

namespace bbkit::card {
namespace {

struct FakeKernel {
  std::map<std::uint32_t, std::uint32_t> regs;
  explicit FakeKernel(std::uint32_t kernel_id) {
    regs[kIdOffset + kIdRegMagic] = kIdMagicValue;
    regs[kIdOffset + kIdRegContract] = kContractMajor << 16 | kContractMinor;
    regs[kIdOffset + kIdRegKitVersion] = 0x000103;  // 0.1.3
    regs[kIdOffset + kIdRegGitHash] = 0x1a2b3c4d;
    regs[kIdOffset + kIdRegBuildFlags] = 1;
    regs[kIdOffset + kIdRegKernel] = kernel_id;
  }
  RegisterRead reader() const {
    return [this](std::uint32_t offset) {
      auto it = regs.find(offset);
      return it == regs.end() ? 0u : it->second;
    };
  }
};

void expect_refused(const FakeKernel& k, const KernelDesc& want, const std::string& words) {
  try {
    check_identity(want, k.reader(), "test:0 cu");
    ADD_FAILURE() << "accepted";
  } catch (const IdentityError& e) {
    EXPECT_NE(std::string(e.what()).find("test:0 cu"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
  }
}

TEST(Identity, AcceptsTheKernelItExpects) {
  const FakeKernel k(kLdpcDec.kernel_id);
  const Identity id = check_identity(kLdpcDec, k.reader(), "test:0 cu");
  EXPECT_EQ(id.contract_major, kContractMajor);
  EXPECT_EQ(id.kit_minor, 1u);
  EXPECT_EQ(id.kit_patch, 3u);
  EXPECT_TRUE(id.dirty);
  EXPECT_EQ(id.to_string(), "contract " + std::to_string(kContractMajor) + "." + std::to_string(kContractMinor) +
                                ", kit 0.1.3 (git 1a2b3c4d, dirty), kernel 1");
}

TEST(Identity, RefusesWhatIsNotABbkitKernel) {
  FakeKernel k(kLdpcDec.kernel_id);
  k.regs[kIdOffset + kIdRegMagic] = 0xFFFFFFFF;  // what a dead PCIe link reads
  expect_refused(k, kLdpcDec, "MAGIC reads 0xFFFFFFFF");
}

TEST(Identity, RefusesAnUnknownContractMajorAndAcceptsANewerMinor) {
  FakeKernel k(kLdpcDec.kernel_id);
  k.regs[kIdOffset + kIdRegContract] = (kContractMajor + 1) << 16;
  expect_refused(k, kLdpcDec, "is not supported");
  k.regs[kIdOffset + kIdRegContract] = kContractMajor << 16 | (kContractMinor + 3);
  EXPECT_EQ(check_identity(kLdpcDec, k.reader(), "x").contract_minor, kContractMinor + 3);
}

TEST(Identity, RefusesTheWrongKernel) {
  const FakeKernel k(kLdpcEnc.kernel_id);
  expect_refused(k, kLdpcDec, "expected bbkit_ldpc_dec");
}

}  // namespace
}  // namespace bbkit::card
