// SPDX-License-Identifier: Apache-2.0
#include "bbkit/card/identity.h"

#include <cstdio>

#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/kernels.h"

namespace bbkit::card {
namespace {

std::string hex32(std::uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08X", v);
  return buf;
}

// Field positions are the same in every kernel's ID block (one bbkit_id.rdl); the decoder's
// generated macros name them.
std::uint32_t field(std::uint32_t reg, std::uint64_t mask, unsigned pos) {
  return static_cast<std::uint32_t>((reg & mask) >> pos);
}

}  // namespace

std::string Identity::to_string() const {
  char buf[128];
  std::snprintf(buf, sizeof buf, "contract %u.%u, kit %u.%u.%u (git %08x%s), kernel %u", contract_major,
                contract_minor, kit_major, kit_minor, kit_patch, git_hash, dirty ? ", dirty" : "", kernel_id);
  return buf;
}

Identity check_identity(const KernelDesc& kernel, const RegisterRead& read, const std::string& where) {
  const std::uint32_t magic = read(kIdOffset + kIdRegMagic);
  if (magic != kIdMagicValue)
    throw IdentityError(where + ": ID MAGIC reads " + hex32(magic) + ", expected " + hex32(kIdMagicValue) +
                        " (not a bbkit kernel, or the card does not respond)");
  Identity id;
  const std::uint32_t contract = read(kIdOffset + kIdRegContract);
  id.contract_major = field(contract, BBKIT_LDPC_DEC__ID__CONTRACT__MAJOR_bm, BBKIT_LDPC_DEC__ID__CONTRACT__MAJOR_bp);
  id.contract_minor = field(contract, BBKIT_LDPC_DEC__ID__CONTRACT__MINOR_bm, BBKIT_LDPC_DEC__ID__CONTRACT__MINOR_bp);
  const std::uint32_t kit = read(kIdOffset + kIdRegKitVersion);
  id.kit_major = field(kit, BBKIT_LDPC_DEC__ID__KIT_VERSION__MAJOR_bm, BBKIT_LDPC_DEC__ID__KIT_VERSION__MAJOR_bp);
  id.kit_minor = field(kit, BBKIT_LDPC_DEC__ID__KIT_VERSION__MINOR_bm, BBKIT_LDPC_DEC__ID__KIT_VERSION__MINOR_bp);
  id.kit_patch = field(kit, BBKIT_LDPC_DEC__ID__KIT_VERSION__PATCH_bm, BBKIT_LDPC_DEC__ID__KIT_VERSION__PATCH_bp);
  id.git_hash = read(kIdOffset + kIdRegGitHash);
  id.dirty = field(read(kIdOffset + kIdRegBuildFlags), BBKIT_LDPC_DEC__ID__BUILD_FLAGS__DIRTY_bm,
                   BBKIT_LDPC_DEC__ID__BUILD_FLAGS__DIRTY_bp) != 0;
  id.kernel_id = field(read(kIdOffset + kIdRegKernel), BBKIT_LDPC_DEC__ID__KERNEL__ID_bm,
                       BBKIT_LDPC_DEC__ID__KERNEL__ID_bp);

  if (id.contract_major != kContractMajor)
    throw IdentityError(where + ": card contract " + std::to_string(id.contract_major) + "." +
                        std::to_string(id.contract_minor) + " is not supported; this software speaks " +
                        std::to_string(kContractMajor) + ".x (rebuild the bitstream or the software from "
                        "the same bbkit release)");
  if (id.kernel_id != kernel.kernel_id)
    throw IdentityError(where + ": is kernel " + std::to_string(id.kernel_id) + ", expected " + kernel.name +
                        " (" + std::to_string(kernel.kernel_id) + "); the xclbin maps a different kernel here");
  return id;
}

}  // namespace bbkit::card
