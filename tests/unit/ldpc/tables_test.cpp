// SPDX-License-Identifier: Apache-2.0
// The project's base-graph and lifting-size tables against TS 38.212 (and the CSV copy of
// Tables 5.3.2-2/3 in ../shared when it is present).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "bbkit/common/error.h"
#include "bbkit/ldpc/lifted_graph.h"
#include "bbkit/ldpc/tables.h"
#include "shared_data.h"

namespace bbkit::ldpc {
namespace {

TEST(LdpcTables, FiftyOneLiftingSizesInEightSets) {
  const auto& z = lifting_sizes();
  EXPECT_EQ(z.front(), 2);
  EXPECT_EQ(z.back(), 384);
  int per_set[8] = {};
  for (int v : z) ++per_set[lifting_set_index(v)];
  const int expected[8] = {8, 8, 7, 6, 6, 6, 5, 5};  // Table 5.3.2-1
  for (int i = 0; i < 8; ++i) EXPECT_EQ(per_set[i], expected[i]) << "iLS " << i;
  EXPECT_EQ(lifting_set_index(208), 6);
  EXPECT_EQ(lifting_set_index(384), 1);
  EXPECT_THROW(lifting_set_index(17), InvalidParameter);
  EXPECT_FALSE(is_lifting_size(385));
}

TEST(LdpcTables, ShapesAndDegrees) {
  for (int bg : {1, 2}) {
    const auto& s = base_graph_shape(bg);
    const LiftedGraph& g = lifted_graph(bg, 384);
    EXPECT_EQ(static_cast<int>(g.edges.size()), s.edges);
    EXPECT_EQ(g.max_row_degree, bg == 1 ? 19 : 10);
    // Extension rows end with their own degree-one parity column kb + r.
    for (int r = 4; r < s.rows; ++r) EXPECT_EQ(g.edges[static_cast<std::size_t>(g.row_start[r + 1u] - 1)].col, s.info_cols + r);
  }
  EXPECT_THROW(base_graph_shape(3), InvalidParameter);
}

// Every CSV row must be an entry of the project's table with the same eight shifts, and the
// counts must agree, so the two tables are identical.
void compare_with_csv(int bg, const std::string& path) {
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::string line;
  std::getline(in, line);  // header
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream s(line);
    std::string tok;
    int v[10];
    for (int& x : v) {
      std::getline(s, tok, ',');
      x = std::stoi(tok);
    }
    bool found = false;
    for (const auto& e : base_graph(bg))
      if (e.row == v[0] && e.col == v[1]) {
        found = true;
        for (int i = 0; i < 8; ++i) EXPECT_EQ(e.shift[i], v[2 + i]) << "BG" << bg << " (" << v[0] << "," << v[1] << ") iLS " << i;
      }
    EXPECT_TRUE(found) << "BG" << bg << " entry (" << v[0] << "," << v[1] << ") missing";
    ++rows;
  }
  EXPECT_EQ(rows, static_cast<int>(base_graph(bg).size));
}

TEST(LdpcTables, MatchSharedCsv) {
  BBKIT_REQUIRE_SHARED(bg1, "data/nr/ldpc_bg1.csv");
  BBKIT_REQUIRE_SHARED(bg2, "data/nr/ldpc_bg2.csv");
  compare_with_csv(1, bg1);
  compare_with_csv(2, bg2);
}

}  // namespace
}  // namespace bbkit::ldpc
