// SPDX-License-Identifier: Apache-2.0
// Compile-time bounds of the LDPC kernels: every loop bound and buffer size derives from these,
// so the kernels have fixed storage and known trip counts for every one of the 102 codes.
#pragma once

namespace bbkit::ldpc_hls {

constexpr int kZmax = 384;          // largest lifting size (TS 38.212 Table 5.3.2-1)
constexpr int kRowsMax = 46;        // BG1 46 rows, BG2 42
constexpr int kColsMax = 68;        // BG1 68 columns, BG2 52
constexpr int kInfoColsMax = 22;    // Kb: BG1 22, BG2 10
constexpr int kEdgesMax = 316;      // non-zero blocks: BG1 316, BG2 197
constexpr int kDegMax = 19;         // largest row degree (BG1 row 0); checked against the table
constexpr int kKmax = kInfoColsMax * kZmax;    // 8448 information bits with fillers
constexpr int kNmax = (kColsMax - 2) * kZmax;  // 25344 = N of BG1 Zc 384, the largest Ncb
constexpr int kCodewordMax = kColsMax * kZmax; // 26112 bits incl. the two punctured columns
constexpr int kQmMax = 10;          // modulation orders 1, 2, 4, 6, 8, 10
constexpr int kMaxIterations = 100; // bbdev iter_max range
/// Largest E per code block. 38.212 leaves E to the scheduler; one code block carries at most
/// K' = 8448 bits, and at the lowest NR code rate (~0.03, MCS table 3) that is below 2^19 bits.
/// Only loop trip counts depend on it: E is streamed, never buffered.
constexpr int kEmax = 1 << 19;
constexpr int kCrcMaxLen = 24;

}  // namespace bbkit::ldpc_hls
