// SPDX-License-Identifier: Apache-2.0
// RTE_BBDEV_LDPC_* flags <-> the card descriptor's op_flags. DPDK numbers encode and decode
// flags from bit 0 each; the card contract gives each its own bit (bbkit/card/generated/desc.h).
#pragma once

#include <cstdint>
#include <string>

#include "bbkit/runtime/device.h"

namespace bbkit::dpdk {

/// The card op_flags for `bbdev_flags`; `unmapped` gets the bits the card contract has no bit for.
std::uint32_t card_flags(std::uint32_t bbdev_flags, bool decode, std::uint32_t& unmapped);

/// The RTE_BBDEV_LDPC_* flags the device runs, asked of the runtime's descriptor check one flag
/// at a time (a flag the check turns down with BAD_FLAGS is left out), so the capability list
/// says what the device does and nothing more.
std::uint32_t supported_bbdev_flags(bool decode, const runtime::Capabilities& caps);

/// "RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE|0x8000" for log lines.
std::string bbdev_flag_names(std::uint32_t bbdev_flags, bool decode);

}  // namespace bbkit::dpdk
