// SPDX-License-Identifier: Apache-2.0
// Encodings of the LDPC kernels' scalar arguments (flags, CRC type, status words). Shared by
// the kernel tops and the host wrapper, so the two can never disagree.
#pragma once

namespace bbkit::ldpc_hls {

/// CRC selector (argument crc_type): the code-block CRC to attach (encoder) or check (decoder).
enum CrcSel : int { kCrcNone = 0, kCrc24A = 1, kCrc24B = 2, kCrc16 = 3 };

/// Decoder flags (argument flags): the bbdev op flags the kernel implements.
constexpr int kDecEarlyStop = 1 << 0;     // RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE (syndrome)
constexpr int kDecCrcEarlyStop = 1 << 1;  // stop as soon as the CRC passes
constexpr int kDecDropCrc = 1 << 2;       // RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP
constexpr int kDecHarqCombine = 1 << 3;   // combine into harq_in (else start from a fresh buffer)
constexpr int kDecHarqOut = 1 << 4;       // write the combined soft buffer to harq_out
constexpr int kDecMinSum = 1 << 5;        // check rule min-sum instead of the default box-plus

/// Status word bits (argument status). 0 = OK.
constexpr int kStatusSyndromeError = 1 << 0;  // RTE_BBDEV_SYNDROME_ERROR
constexpr int kStatusCrcError = 1 << 1;       // RTE_BBDEV_CRC_ERROR
constexpr int kStatusCrcChecked = 1 << 2;     // a CRC was configured and evaluated
constexpr int kStatusBadArgument = 1 << 7;    // an argument outside the kernel's range; no output

}  // namespace bbkit::ldpc_hls
