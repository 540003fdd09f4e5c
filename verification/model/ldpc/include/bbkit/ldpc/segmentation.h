// SPDX-License-Identifier: Apache-2.0
// The transport-block side of the LDPC chain: TB CRC (38.212 7.2.1 / 6.2.1), base-graph
// selection (7.2.2 / 6.2.2) and code-block segmentation with CRC24B (5.2.2).
#pragma once

#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/common/crc.h"

namespace bbkit::ldpc {

/// How a transport block of A bits at code rate R is cut into code blocks.
struct SegmentationPlan {
  int a = 0;          // transport block size A
  CrcType tb_crc = CrcType::Crc24A;  // CRC24A when A > 3824, else CRC16
  int b = 0;          // B = A + TB CRC length
  int bg = 1;         // selected base graph
  int c = 1;          // number of code blocks
  int k_prime = 0;    // K' per code block (with its CRC24B when C > 1)
  int kb = 0;         // Kb: information columns used for the Zc choice
  int zc = 0;         // smallest lifting size with Kb * Zc >= K'
  int k = 0;          // K = 22 Zc or 10 Zc
  int n_filler = 0;   // F = K - K'
  bool cb_crc = false;  // CRC24B per code block (C > 1)
};

/// Base graph for payload A at rate R (7.2.2): BG2 when A <= 292, or A <= 3824 and R <= 0.67,
/// or R <= 0.25; BG1 otherwise. Throws InvalidParameter naming "A" or "R".
int select_base_graph(int a, double r);

/// The plan for A bits on base graph `bg` (5.2.2). Throws InvalidParameter naming "A" or "BG".
SegmentationPlan plan_segmentation(int a, int bg);
/// Convenience: select_base_graph then plan_segmentation.
SegmentationPlan plan_segmentation_for_rate(int a, double r);

/// Splits the B = A + TB-CRC bits into C code blocks of K' bits, each with CRC24B when C > 1
/// (filler bits are not included; the encoder adds them). Throws InvalidParameter naming "B".
std::vector<Bits> segment(const SegmentationPlan& plan, const Bits& b);

/// The inverse of segment: drops the code-block CRCs and concatenates the B bits.
Bits desegment(const SegmentationPlan& plan, const std::vector<Bits>& blocks);

}  // namespace bbkit::ldpc
