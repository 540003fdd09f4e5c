// SPDX-License-Identifier: Apache-2.0
// The two base graphs as kernel ROMs. The data is the golden model's generated table
// (verification/model/ldpc/src/base_graph_data.inc, from TS 38.212 Tables 5.3.2-2/-3): it is
// included, not re-typed, so the kernels and the golden model read the same numbers.
#pragma once

#include <cstdint>

#include "bbkit/hls/ldpc/limits.h"

namespace bbkit::ldpc_hls::rom {

/// Layout the generated table is written for: (row, column, V for iLS 0..7).
struct BaseGraphEntry {
  std::uint8_t row;
  std::uint8_t col;
  std::uint16_t shift[8];
};

#include "base_graph_data.inc"

constexpr int kBg1Edges = static_cast<int>(sizeof(kBaseGraph1) / sizeof(kBaseGraph1[0]));
constexpr int kBg2Edges = static_cast<int>(sizeof(kBaseGraph2) / sizeof(kBaseGraph2[0]));
static_assert(kBg1Edges == kEdgesMax && kBg2Edges <= kEdgesMax, "edge ROM bound");

/// Row degrees of a table, computed at compile time.
template <int N>
constexpr int max_row_degree(const BaseGraphEntry (&t)[N]) {
  int best = 0, run = 0, row = -1;
  for (int i = 0; i < N; ++i) {
    run = t[i].row == row ? run + 1 : 1;
    row = t[i].row;
    best = run > best ? run : best;
  }
  return best;
}
static_assert(max_row_degree(kBaseGraph1) == kDegMax && max_row_degree(kBaseGraph2) <= kDegMax,
              "kDegMax must be the largest row degree");

/// Lifting-set bases a of Table 5.3.2-1 (Zc = a * 2^j).
constexpr int kSetBase[8] = {2, 3, 5, 7, 9, 11, 13, 15};

}  // namespace bbkit::ldpc_hls::rom
