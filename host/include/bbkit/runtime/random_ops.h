// SPDX-License-Identifier: Apache-2.0
// Batches of valid random LDPC ops, for tests that compare devices and for benchmarks: decode
// ops carry AWGN channel LLRs of a random codeword (golden encoder, 8-bit channel format),
// encode ops random payloads. Deterministic for a seed.
#pragma once

#include <cstdint>
#include <vector>

#include "bbkit/runtime/device.h"

namespace bbkit::runtime {

struct RandomOpsConfig {
  int count = 16;
  bool decode = true, encode = true;  ///< which op types to draw (alternating when both)
  int bg = 2, zc = 64;                ///< code block; K' = K (no fillers) minus nothing
  int e = 0;                          ///< 0: rate 1/2 (E = 2 K rounded to Qm)
  int qm = 2;
  double es_n0_db = 3.0;              ///< decode ops: channel quality
  int iter_max = 8;
  std::uint64_t seed = 1;
};

/// Ops with buffers from `device`, user_tag = index.
std::vector<LdpcOp> make_random_ldpc_ops(const RandomOpsConfig& config, Device& device);

}  // namespace bbkit::runtime
