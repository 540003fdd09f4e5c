// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/tables.h"

#include <algorithm>

#include "bbkit/common/error.h"

namespace bbkit::ldpc {
namespace {
#include "base_graph_data.inc"

// TS 38.212 Table 5.3.2-1: set iLS holds a * 2^j <= 384 for a = kSetBase[iLS].
constexpr int kSetBase[8] = {2, 3, 5, 7, 9, 11, 13, 15};

constexpr std::array<int, 51> make_lifting_sizes() {
  std::array<int, 51> z{};
  std::size_t n = 0;
  for (int a : kSetBase)
    for (int v = a; v <= 384; v *= 2) z[n++] = v;
  for (std::size_t i = 1; i < z.size(); ++i)  // insertion sort (constexpr in C++17)
    for (std::size_t k = i; k > 0 && z[k - 1] > z[k]; --k) {
      const int t = z[k];
      z[k] = z[k - 1];
      z[k - 1] = t;
    }
  return z;
}
constexpr std::array<int, 51> kLiftingSizes = make_lifting_sizes();

constexpr BaseGraphShape kShape1{46, 68, 22, 316};
constexpr BaseGraphShape kShape2{42, 52, 10, 197};
static_assert(sizeof(kBaseGraph1) / sizeof(kBaseGraph1[0]) == 316, "BG1 has 316 non-zero blocks");
static_assert(sizeof(kBaseGraph2) / sizeof(kBaseGraph2[0]) == 197, "BG2 has 197 non-zero blocks");
}  // namespace

const BaseGraphShape& base_graph_shape(int bg) {
  require(bg == 1 || bg == 2, "BG", bg, "1 or 2");
  return bg == 1 ? kShape1 : kShape2;
}

BaseGraphView base_graph(int bg) {
  require(bg == 1 || bg == 2, "BG", bg, "1 or 2");
  return bg == 1 ? BaseGraphView{kBaseGraph1, 316} : BaseGraphView{kBaseGraph2, 197};
}

const std::array<int, 51>& lifting_sizes() { return kLiftingSizes; }

bool is_lifting_size(int zc) {
  return std::binary_search(kLiftingSizes.begin(), kLiftingSizes.end(), zc);
}

int lifting_set_index(int zc) {
  require(is_lifting_size(zc), "Zc", zc, "a lifting size of TS 38.212 Table 5.3.2-1 (a * 2^j <= 384, a in {2,3,5,7,9,11,13,15})");
  int z = zc;
  while (z % 2 == 0 && z > 2) z /= 2;
  // z is now the odd base a, or 2 for the powers of two.
  for (int i = 0; i < 8; ++i)
    if (kSetBase[i] == z) return i;
  return 0;  // unreachable: every lifting size reduces to a set base
}

int lifted_shift(const BaseGraphEntry& entry, int zc) { return entry.shift[lifting_set_index(zc)] % zc; }

}  // namespace bbkit::ldpc
