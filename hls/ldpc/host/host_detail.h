// SPDX-License-Identifier: Apache-2.0
// Host-side helpers shared by the encoder and decoder wrappers (never synthesized).
#pragma once

#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/hls/ldpc/types.h"

namespace bbkit::ldpc_hls::detail {
std::vector<Byte> to_kernel_bytes(const Bytes& b);
Bits from_kernel_bits(const std::vector<Byte>& bytes, std::size_t n);
}  // namespace bbkit::ldpc_hls::detail
