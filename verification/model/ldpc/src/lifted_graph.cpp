// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/lifted_graph.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "bbkit/ldpc/tables.h"

namespace bbkit::ldpc {

namespace {
std::unique_ptr<LiftedGraph> build(int bg, int zc) {
  auto g = std::make_unique<LiftedGraph>();
  const BaseGraphShape& shape = base_graph_shape(bg);
  const int ils = lifting_set_index(zc);
  g->bg = bg;
  g->zc = zc;
  g->rows = shape.rows;
  g->cols = shape.cols;
  g->info_cols = shape.info_cols;
  g->row_start.assign(static_cast<std::size_t>(shape.rows) + 1, 0);
  for (const BaseGraphEntry& e : base_graph(bg)) {
    g->edges.push_back({e.col, static_cast<std::uint16_t>(e.shift[ils] % zc)});
    ++g->row_start[e.row + 1u];
  }
  for (int r = 0; r < shape.rows; ++r) {
    g->row_start[r + 1u] += g->row_start[static_cast<std::size_t>(r)];
    g->max_row_degree = std::max(g->max_row_degree, g->row_start[r + 1u] - g->row_start[static_cast<std::size_t>(r)]);
  }
  return g;
}
}  // namespace

const LiftedGraph& lifted_graph(int bg, int zc) {
  static std::mutex mutex;
  static std::map<std::pair<int, int>, std::unique_ptr<LiftedGraph>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[{bg, zc}];
  if (!slot) slot = build(bg, zc);  // validates bg and zc; throws before storing
  return *slot;
}

bool syndrome_ok(const LiftedGraph& g, const std::uint8_t* c, int rows) {
  const int zc = g.zc;
  for (int r = 0; r < rows; ++r) {
    for (int z = 0; z < zc; ++z) {
      std::uint8_t parity = 0;
      for (int k = g.row_start[static_cast<std::size_t>(r)]; k < g.row_start[r + 1u]; ++k) {
        const LiftedEdge& e = g.edges[static_cast<std::size_t>(k)];
        int idx = z + e.shift;
        if (idx >= zc) idx -= zc;
        parity ^= c[e.col * zc + idx];
      }
      if (parity) return false;
    }
  }
  return true;
}

}  // namespace bbkit::ldpc
