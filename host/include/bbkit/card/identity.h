// SPDX-License-Identifier: Apache-2.0
// The identity check every device runs before touching a kernel: read the ID block
// (rtl/regs/bbkit_id.rdl, at kIdOffset in every kernel's control space) and refuse a kernel
// that is not a bbkit kernel, is a different kernel than expected, or speaks a card-contract
// major version this software does not know. Minor versions only add (new registers, flags,
// error codes), so a card with a newer minor is accepted.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "bbkit/card/kernel_desc.h"

namespace bbkit::card {

/// What the ID block says.
struct Identity {
  std::uint32_t contract_major = 0;
  std::uint32_t contract_minor = 0;
  std::uint32_t kit_major = 0, kit_minor = 0, kit_patch = 0;
  std::uint32_t git_hash = 0;  ///< first 32 bits of the source commit
  bool dirty = false;          ///< built from a tree with uncommitted changes
  std::uint32_t kernel_id = 0;

  std::string to_string() const;  ///< "contract 1.0, kit 0.1.0 (git 1a2b3c4d), kernel 1"
};

/// The kernel does not identify as what the software expects; the message says what was read
/// and what was expected.
class IdentityError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads one 32-bit register at a byte offset of the kernel's control space.
using RegisterRead = std::function<std::uint32_t(std::uint32_t offset)>;

/// Reads and checks the identity of `kernel` through `read`; `where` names the kernel
/// instance in errors (e.g. "xrt:0 bbkit_ldpc_dec_1"). Throws IdentityError.
Identity check_identity(const KernelDesc& kernel, const RegisterRead& read, const std::string& where);

}  // namespace bbkit::card
