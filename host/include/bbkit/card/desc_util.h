// SPDX-License-Identifier: Apache-2.0
// Helpers over the generated descriptor header (bbkit/card/generated/desc.h) that every
// device and driver needs: DPDK bbdev flag names to descriptor op_flags and back, and what a
// completion record says.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bbkit/card/generated/desc.h"

namespace bbkit::card {

/// op_flags for a list of RTE_BBDEV_LDPC_* names (as in a test-bbdev vector). Throws
/// InvalidParameter naming a flag the card contract has no bit for.
std::uint32_t ldpc_op_flags_from_bbdev(const std::vector<std::string>& bbdev_names);

/// The RTE_BBDEV_LDPC_* names of the bits set in `op_flags`; InvalidParameter for a set bit
/// the contract does not define.
std::vector<std::string> ldpc_op_flags_to_bbdev(std::uint32_t op_flags);

/// True when the kernel wrote the record (DONE) and reported no error.
bool cmpl_ok(const Cmpl& cmpl);

/// A one-line reading of a completion record for logs and errors, e.g. "not written",
/// "ok, 4 iterations", "CRC_ERR, 8 iterations", "ERR BAD_ZC (z_c is not a 38.212 lifting size...)".
std::string describe_cmpl(const Cmpl& cmpl);

}  // namespace bbkit::card
