// SPDX-License-Identifier: Apache-2.0
// The 38.212 LDPC tables: the two base graphs (Tables 5.3.2-2 and 5.3.2-3) and the lifting
// sizes grouped in eight sets (Table 5.3.2-1). Everything else in the LDPC chain is derived
// from these; the HLS and RTL shift ROMs are generated from the same data.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace bbkit::ldpc {

/// One non-zero block of a base graph: V(i,j) for each lifting-size set index iLS 0..7.
struct BaseGraphEntry {
  std::uint8_t row;
  std::uint8_t col;
  std::uint16_t shift[8];
};

/// Shape of a base graph: 46 x 68 with 22 information columns (BG1), 42 x 52 with 10 (BG2).
struct BaseGraphShape {
  int rows;
  int cols;
  int info_cols;  // Kb_max: 22 or 10
  int edges;      // non-zero blocks: 316 or 197
};

/// Throws InvalidParameter naming "BG" unless bg is 1 or 2.
const BaseGraphShape& base_graph_shape(int bg);

/// The non-zero blocks of base graph `bg`, ordered by row then column.
struct BaseGraphView {
  const BaseGraphEntry* data;
  std::size_t size;
  const BaseGraphEntry* begin() const { return data; }
  const BaseGraphEntry* end() const { return data + size; }
};
BaseGraphView base_graph(int bg);

/// All 51 lifting sizes of Table 5.3.2-1, ascending.
const std::array<int, 51>& lifting_sizes();
/// True when zc is one of the 51 lifting sizes.
bool is_lifting_size(int zc);
/// Set index iLS (0..7) of lifting size zc; throws InvalidParameter naming "Zc" otherwise.
int lifting_set_index(int zc);
/// The shift P = V mod Zc of `entry` for lifting size zc.
int lifted_shift(const BaseGraphEntry& entry, int zc);

}  // namespace bbkit::ldpc
