// SPDX-License-Identifier: Apache-2.0
// The successive-cancellation list decoder of one polar code block, written once for both
// arithmetics (fixed point and float, see Arith below). Path memory is index based (Tal and
// Vardy's lazy copy): each path holds, per tree layer, the index of a physical LLR buffer and
// of a partial-sum buffer; cloning a path copies indices, and a shared buffer is replaced by
// a free one only when the path writes that layer. All memory is sized by reserve(), so a
// decode allocates nothing, as a hardware datapath would not.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/polar/code.h"

namespace bbkit::polar::detail {

/// Arith supplies: Llr and Metric types; f(a, b) (min-sum), g(a, b, u) = b + (1 - 2u) a
/// (saturated in fixed point); penalty(llr, bit) = |llr| when bit differs from the hard
/// decision, else 0; add(metric, penalty) (saturated in fixed point).
template <typename Arith>
class SclCore {
 public:
  using Llr = typename Arith::Llr;
  using Metric = typename Arith::Metric;

  /// Sizes all memory for mother length 2^n and list size L.
  void reserve(int n, int list_size) {
    if (n == n_ && list_size == list_) return;
    n_ = n;
    list_ = list_size;
    const auto l = static_cast<std::size_t>(list_size);
    llr_mem_.assign(static_cast<std::size_t>(n), {});
    bit_mem_.assign(static_cast<std::size_t>(n), {});
    for (int layer = 0; layer < n; ++layer) {
      llr_mem_[static_cast<std::size_t>(layer)].assign(l << layer, Llr{});
      bit_mem_[static_cast<std::size_t>(layer)].assign(l << layer, 0);
    }
    llr_ptr_.assign(l * static_cast<std::size_t>(n), 0);
    bit_ptr_.assign(l * static_cast<std::size_t>(n), 0);
    llr_ref_.assign(l * static_cast<std::size_t>(n), 0);
    bit_ref_.assign(l * static_cast<std::size_t>(n), 0);
    active_.assign(l, 0);
    metric_.assign(l, Metric{});
    pc_.assign(l, 0);
    leaf_.assign(l, Llr{});
    info_.assign(l << n, 0);
    candidates_.reserve(2 * l);
    keep_.assign(2 * l, 0);
    scratch_a_.assign(std::size_t{1} << n, 0);
    scratch_b_.assign(std::size_t{1} << n, 0);
    order_.reserve(l);
  }

  /// Decodes one block from the N LLRs of the mother codeword. `check(c)` tells whether the
  /// K deinterleaved bits c pass the CRC. Writes the chosen path's c to `out`; returns
  /// whether it passed.
  template <typename Check>
  bool decode(const PolarCode& code, const Llr* channel, int list_size, Check check, Bits& out) {
    reserve(code.n, list_size);
    channel_ = channel;
    start();
    int info_count = 0;
    for (int phi = 0; phi < code.big_n; ++phi) {
      for (int p = 0; p < list_; ++p)
        if (active_[static_cast<std::size_t>(p)]) leaf_[static_cast<std::size_t>(p)] = leaf_llr(p, phi);
      for (int p = 0; p < list_; ++p) pc_[static_cast<std::size_t>(p)] = pc_rotate(pc_[static_cast<std::size_t>(p)]);
      const BitKind kind = code.kind[static_cast<std::size_t>(phi)];
      if (kind == BitKind::Info) {
        branch(phi, info_count);
        ++info_count;
      } else {
        for (int p = 0; p < list_; ++p) {
          if (!active_[static_cast<std::size_t>(p)]) continue;
          const auto bit = static_cast<std::uint8_t>(kind == BitKind::ParityCheck ? (pc_[static_cast<std::size_t>(p)] & 1u) : 0u);
          settle(p, phi, bit);
        }
      }
    }
    return select(code, check, out);
  }

 private:
  void start() {
    std::fill(llr_ref_.begin(), llr_ref_.end(), 0);
    std::fill(bit_ref_.begin(), bit_ref_.end(), 0);
    std::fill(llr_ptr_.begin(), llr_ptr_.end(), 0);
    std::fill(bit_ptr_.begin(), bit_ptr_.end(), 0);
    std::fill(active_.begin(), active_.end(), 0);
    for (int layer = 0; layer < n_; ++layer) llr_ref_[ref_index(layer, 0)] = bit_ref_[ref_index(layer, 0)] = 1;
    active_[0] = 1;
    metric_[0] = Metric{};
    pc_[0] = 0;
  }

  std::size_t ref_index(int layer, int buffer) const {
    return static_cast<std::size_t>(layer) * static_cast<std::size_t>(list_) + static_cast<std::size_t>(buffer);
  }
  std::size_t ptr_index(int path, int layer) const {
    return static_cast<std::size_t>(path) * static_cast<std::size_t>(n_) + static_cast<std::size_t>(layer);
  }

  // The buffer `path` may write at `layer`: its own, or a free one if it shares it.
  static int own(std::vector<int>& ptr, std::vector<int>& ref, std::size_t pi, std::size_t ref_base, int list) {
    int& b = ptr[pi];
    if (ref[ref_base + static_cast<std::size_t>(b)] > 1) {
      int f = 0;
      while (ref[ref_base + static_cast<std::size_t>(f)] != 0) ++f;  // exists: < L paths share L buffers
      --ref[ref_base + static_cast<std::size_t>(b)];
      ref[ref_base + static_cast<std::size_t>(f)] = 1;
      b = f;
    }
    (void)list;
    return b;
  }
  Llr* llr_write(int path, int layer) {
    const int b = own(llr_ptr_, llr_ref_, ptr_index(path, layer), ref_index(layer, 0), list_);
    return llr_mem_[static_cast<std::size_t>(layer)].data() + (static_cast<std::size_t>(b) << layer);
  }
  const Llr* llr_read(int path, int layer) const {
    if (layer == n_) return channel_;
    return llr_mem_[static_cast<std::size_t>(layer)].data() +
           (static_cast<std::size_t>(llr_ptr_[ptr_index(path, layer)]) << layer);
  }
  std::uint8_t* bit_write(int path, int layer) {
    const int b = own(bit_ptr_, bit_ref_, ptr_index(path, layer), ref_index(layer, 0), list_);
    return bit_mem_[static_cast<std::size_t>(layer)].data() + (static_cast<std::size_t>(b) << layer);
  }
  const std::uint8_t* bit_read(int path, int layer) const {
    return bit_mem_[static_cast<std::size_t>(layer)].data() +
           (static_cast<std::size_t>(bit_ptr_[ptr_index(path, layer)]) << layer);
  }

  // LLR of leaf phi: g at the layer where phi's subtree turns right (its lowest set bit),
  // then f down to the leaf. Layer l holds 2^l values; layer n is the channel.
  Llr leaf_llr(int path, int phi) {
    int top = n_ - 1;
    if (phi != 0) {
      int t = 0;
      while (((phi >> t) & 1) == 0) ++t;
      const Llr* parent = llr_read(path, t + 1);
      const std::uint8_t* left = bit_read(path, t);
      Llr* child = llr_write(path, t);
      const int half = 1 << t;
      for (int i = 0; i < half; ++i) child[i] = Arith::g(parent[i], parent[i + half], left[i]);
      top = t - 1;
    }
    for (int layer = top; layer >= 0; --layer) {
      const Llr* parent = llr_read(path, layer + 1);
      Llr* child = llr_write(path, layer);
      const int half = 1 << layer;
      for (int i = 0; i < half; ++i) child[i] = Arith::f(parent[i], parent[i + half]);
    }
    return llr_read(path, 0)[0];
  }

  // Fixes u_phi = bit on a path: metric, PC register, partial sums up the tree.
  void settle(int path, int phi, std::uint8_t bit) {
    const auto p = static_cast<std::size_t>(path);
    metric_[p] = Arith::add(metric_[p], Arith::penalty(leaf_[p], bit));
    pc_[p] = static_cast<std::uint8_t>(pc_[p] ^ bit);
    std::uint8_t* v = scratch_a_.data();
    std::uint8_t* w = scratch_b_.data();
    v[0] = bit;
    int layer = 0;
    // A right child completes its parent: parent = [left ^ right, right].
    for (; layer < n_ && ((phi >> layer) & 1); ++layer) {
      const std::uint8_t* left = bit_read(path, layer);
      const int size = 1 << layer;
      for (int i = 0; i < size; ++i) {
        w[i] = static_cast<std::uint8_t>(left[i] ^ v[i]);
        w[i + size] = v[i];
      }
      std::swap(v, w);
    }
    if (layer < n_) std::copy(v, v + (1 << layer), bit_write(path, layer));
  }

  // Copies path `from` into free slot `to`: buffer indices, metric, PC register and the
  // `decided` information bits so far.
  void clone(int from, int to, int decided) {
    for (int layer = 0; layer < n_; ++layer) {
      const int lb = llr_ptr_[ptr_index(to, layer)] = llr_ptr_[ptr_index(from, layer)];
      const int bb = bit_ptr_[ptr_index(to, layer)] = bit_ptr_[ptr_index(from, layer)];
      ++llr_ref_[ref_index(layer, lb)];
      ++bit_ref_[ref_index(layer, bb)];
    }
    const auto f = static_cast<std::size_t>(from), t = static_cast<std::size_t>(to);
    active_[t] = 1;
    metric_[t] = metric_[f];
    pc_[t] = pc_[f];
    leaf_[t] = leaf_[f];
    std::copy(info_.begin() + static_cast<std::ptrdiff_t>(f << n_),
              info_.begin() + static_cast<std::ptrdiff_t>((f << n_) + static_cast<std::size_t>(decided)),
              info_.begin() + static_cast<std::ptrdiff_t>(t << n_));
  }

  void kill(int path) {
    for (int layer = 0; layer < n_; ++layer) {
      --llr_ref_[ref_index(layer, llr_ptr_[ptr_index(path, layer)])];
      --bit_ref_[ref_index(layer, bit_ptr_[ptr_index(path, layer)])];
    }
    active_[static_cast<std::size_t>(path)] = 0;
  }

  struct Candidate {
    Metric metric;
    int path;
    std::uint8_t bit;
  };

  // An information bit: every path splits in two; the L best of the candidates survive.
  // Order: metric, then path slot, then bit 0 before 1 -- a total order, so the choice is
  // deterministic and matches a hardware sorter that breaks ties by position.
  void branch(int phi, int info_index) {
    candidates_.clear();
    for (int p = 0; p < list_; ++p) {
      if (!active_[static_cast<std::size_t>(p)]) continue;
      for (std::uint8_t b = 0; b < 2; ++b)
        candidates_.push_back({Arith::add(metric_[static_cast<std::size_t>(p)], Arith::penalty(leaf_[static_cast<std::size_t>(p)], b)), p, b});
    }
    std::fill(keep_.begin(), keep_.end(), 0);
    if (candidates_.size() <= static_cast<std::size_t>(list_)) {
      for (const Candidate& c : candidates_) keep_[static_cast<std::size_t>(2 * c.path + c.bit)] = 1;
    } else {
      std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& x, const Candidate& y) {
        if (x.metric != y.metric) return x.metric < y.metric;
        if (x.path != y.path) return x.path < y.path;
        return x.bit < y.bit;
      });
      for (int i = 0; i < list_; ++i)
        keep_[static_cast<std::size_t>(2 * candidates_[static_cast<std::size_t>(i)].path + candidates_[static_cast<std::size_t>(i)].bit)] = 1;
    }
    for (int p = 0; p < list_; ++p)
      if (active_[static_cast<std::size_t>(p)] && !keep_[static_cast<std::size_t>(2 * p)] && !keep_[static_cast<std::size_t>(2 * p + 1)]) kill(p);
    // Snapshot which paths exist now, so clones made below are not split again.
    order_.clear();
    for (int p = 0; p < list_; ++p)
      if (active_[static_cast<std::size_t>(p)]) order_.push_back(p);
    for (int p : order_) {
      const bool k0 = keep_[static_cast<std::size_t>(2 * p)], k1 = keep_[static_cast<std::size_t>(2 * p + 1)];
      if (k0 && k1) {
        int q = 0;
        while (active_[static_cast<std::size_t>(q)]) ++q;
        clone(p, q, info_index);
        assign(q, phi, info_index, 1);
        assign(p, phi, info_index, 0);
      } else {
        assign(p, phi, info_index, k1 ? 1 : 0);
      }
    }
  }

  void assign(int path, int phi, int info_index, std::uint8_t bit) {
    info_[(static_cast<std::size_t>(path) << n_) + static_cast<std::size_t>(info_index)] = bit;
    settle(path, phi, bit);
  }

  template <typename Check>
  bool select(const PolarCode& code, Check check, Bits& out) {
    order_.clear();
    for (int p = 0; p < list_; ++p)
      if (active_[static_cast<std::size_t>(p)]) order_.push_back(p);
    std::stable_sort(order_.begin(), order_.end(), [this](int x, int y) {
      return metric_[static_cast<std::size_t>(x)] < metric_[static_cast<std::size_t>(y)];
    });
    const auto k = static_cast<std::size_t>(code.params.k);
    out.resize(k);
    for (int p : order_) {
      deinterleave(code, p, out);
      if (check(out)) return true;
    }
    deinterleave(code, order_.front(), out);
    return false;
  }

  void deinterleave(const PolarCode& code, int path, Bits& out) const {
    const std::uint8_t* bits = info_.data() + (static_cast<std::size_t>(path) << n_);
    const std::size_t k = out.size();
    if (code.input_interleaver.empty()) {
      std::copy(bits, bits + k, out.begin());
    } else {
      for (std::size_t i = 0; i < k; ++i) out[static_cast<std::size_t>(code.input_interleaver[i])] = bits[i];
    }
  }

  int n_ = -1;
  int list_ = 0;
  const Llr* channel_ = nullptr;
  std::vector<std::vector<Llr>> llr_mem_;          // [layer][buffer * 2^layer + i]
  std::vector<std::vector<std::uint8_t>> bit_mem_;  // [layer][buffer * 2^layer + i]: left-sibling partial sums
  std::vector<int> llr_ptr_, bit_ptr_;              // [path * n + layer] -> buffer
  std::vector<int> llr_ref_, bit_ref_;              // [layer * L + buffer] -> paths using it
  std::vector<std::uint8_t> active_;
  std::vector<Metric> metric_;
  std::vector<std::uint8_t> pc_;
  std::vector<Llr> leaf_;
  std::vector<std::uint8_t> info_;                  // [path << n + k]: decided c'_k
  std::vector<Candidate> candidates_;
  std::vector<std::uint8_t> keep_;
  std::vector<std::uint8_t> scratch_a_, scratch_b_;
  std::vector<int> order_;
};

}  // namespace bbkit::polar::detail
