// SPDX-License-Identifier: Apache-2.0
// Reading and writing an rte_bbdev_op_data (an mbuf chain, a byte offset into it, a length)
// as one contiguous run of bytes, whatever the chain's segmentation.
#pragma once

#include <rte_bbdev_op.h>
#include <rte_mbuf.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace bbkit::dpdk {

/// Copies op_data.length bytes from op_data.offset of the chain to `out`. False with `why`
/// when there is no mbuf or the chain's data holds fewer bytes than offset + length.
bool gather(const rte_bbdev_op_data& op_data, std::uint8_t* out, std::string& why);

/// Bytes the chain can take from op_data.offset on (data room after each segment's headroom).
std::size_t capacity(const rte_bbdev_op_data& op_data);

/// Writes `len` bytes at op_data.offset across the chain, sets each touched segment's data_len
/// and the head's pkt_len to cover them, and op_data.length to `len` (as DPDK's software PMDs
/// do, so test-bbdev compares exactly what was written). The caller checked capacity().
void scatter(rte_bbdev_op_data& op_data, const std::uint8_t* in, std::size_t len);

}  // namespace bbkit::dpdk
