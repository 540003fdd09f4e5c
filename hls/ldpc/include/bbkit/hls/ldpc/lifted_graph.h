// SPDX-License-Identifier: Apache-2.0
// The base graph lifted to the run-time Zc inside the kernel: column and shift P = V mod Zc of
// every edge, and where each row (layer) starts. Computed once per call from the ROM; 316
// cycles at most, so one kernel serves all 51 lifting sizes of both base graphs.
#pragma once

#include <cstdint>

#include "bbkit/hls/ldpc/base_graph_rom.h"
#include "bbkit/hls/ldpc/limits.h"

namespace bbkit::ldpc_hls {

struct KernelGraph {
  std::uint8_t col[kEdgesMax];
  std::uint16_t shift[kEdgesMax];
  std::uint16_t row_start[kRowsMax + 1];
  int rows, cols, info_cols, edges;
};

/// Set index iLS (0..7) of a lifting size; -1 when zc is not one of the 51.
inline int lifting_set(int zc) {
  int a = zc;
HALVE:
  for (int j = 0; j < 8; ++j) {  // 256 = 2 * 2^7: at most 7 halvings reach the odd base or 2
    if (a > 2 && a % 2 == 0) a /= 2;
  }
  int set = -1;
MATCH:
  for (int i = 0; i < 8; ++i) {
    if (rom::kSetBase[i] == a) set = i;
  }
  return zc >= 2 && zc <= kZmax ? set : -1;
}

inline void load_graph(int bg, int zc, int ils, KernelGraph& g) {
  g.rows = bg == 1 ? 46 : 42;
  g.cols = bg == 1 ? 68 : 52;
  g.info_cols = bg == 1 ? 22 : 10;
  g.edges = bg == 1 ? rom::kBg1Edges : rom::kBg2Edges;
ROW_START_CLEAR:
  for (int r = 0; r <= kRowsMax; ++r) g.row_start[r] = 0;
LIFT:
  for (int e = 0; e < kEdgesMax; ++e) {
#pragma HLS PIPELINE II = 1
    if (e < g.edges) {
      const rom::BaseGraphEntry& t = bg == 1 ? rom::kBaseGraph1[e] : rom::kBaseGraph2[e < rom::kBg2Edges ? e : 0];
      g.col[e] = t.col;
      g.shift[e] = static_cast<std::uint16_t>(t.shift[ils] % zc);
      g.row_start[t.row + 1] = static_cast<std::uint16_t>(e + 1);  // rows are in order: last edge wins
    }
  }
}

}  // namespace bbkit::ldpc_hls
