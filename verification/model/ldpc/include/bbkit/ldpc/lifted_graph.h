// SPDX-License-Identifier: Apache-2.0
// A base graph lifted to one Zc: per row (decoder layer), its blocks as (column, shift P).
// Block (i, j) with shift P is the Zc x Zc identity cyclically shifted right P times, so check
// z of row i reads bit (z + P) mod Zc of column j: sum_j c[j*Zc + (z + P_ij) mod Zc] = 0.
// Built once per (BG, Zc) and shared, so no coder allocates per edge.
#pragma once

#include <cstdint>
#include <vector>

#include "bbkit/common/bits.h"

namespace bbkit::ldpc {

struct LiftedEdge {
  std::uint16_t col;
  std::uint16_t shift;  // V mod Zc
};

struct LiftedGraph {
  int bg = 1, zc = 0, rows = 0, cols = 0, info_cols = 0;
  std::vector<int> row_start;      // rows + 1 offsets into edges
  std::vector<LiftedEdge> edges;   // row by row, columns ascending
  int max_row_degree = 0;
};

/// The cached lifted graph of (bg, zc); throws InvalidParameter naming "BG" or "Zc".
const LiftedGraph& lifted_graph(int bg, int zc);

/// The syndrome H c of a full codeword (cols * Zc bits, punctured columns included) over the
/// first `rows` rows: true when every check is satisfied.
bool syndrome_ok(const LiftedGraph& g, const std::uint8_t* c, int rows);

}  // namespace bbkit::ldpc
