// SPDX-License-Identifier: Apache-2.0
#include "bbkit/polar/code.h"

#include <algorithm>
#include <string>

#include "bbkit/common/error.h"
#include "bbkit/polar/tables.h"

namespace bbkit::polar {
namespace {

int ceil_log2(long long v) {
  int r = 0;
  while ((1LL << r) < v) ++r;
  return r;
}

int popcount(int v) {
  int c = 0;
  for (; v; v &= v - 1) ++c;
  return c;
}

// J(n) of the sub-block interleaver (5.4.1.1): y_n = d_J(n).
std::vector<int> subblock_pattern(int big_n) {
  std::vector<int> j(static_cast<std::size_t>(big_n));
  const int block = big_n / 32;
  for (int i = 0; i < big_n; ++i)
    j[static_cast<std::size_t>(i)] = kSubblockInterleaverPattern[static_cast<std::size_t>(32 * i / big_n)] * block + i % block;
  return j;
}

// The channel interleaver (5.4.1.3) as a permutation: f_k = e_perm[k]. Rows of a triangle of
// side T are filled with e, columns are read out.
std::vector<int> channel_interleaver(int e) {
  int t = 0;
  while (t * (t + 1) / 2 < e) ++t;
  std::vector<std::vector<int>> v(static_cast<std::size_t>(t));
  int k = 0;
  for (int i = 0; i < t; ++i)
    for (int j = 0; j < t - i; ++j) v[static_cast<std::size_t>(i)].push_back(k < e ? k : -1), ++k;
  std::vector<int> perm;
  perm.reserve(static_cast<std::size_t>(e));
  for (int j = 0; j < t; ++j)
    for (int i = 0; i < t - j; ++i) {
      const int idx = v[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
      if (idx >= 0) perm.push_back(idx);
    }
  return perm;
}

// Pi(k) of 5.3.1.1 for K bits (K <= 164).
std::vector<int> input_interleaver(int k) {
  std::vector<int> pi;
  const int offset = static_cast<int>(kInputInterleaverSize) - k;
  for (std::uint8_t m : kInputInterleaverPattern)
    if (m >= offset) pi.push_back(m - offset);
  return pi;
}

}  // namespace

const char* rate_matching_name(RateMatching rm) {
  switch (rm) {
    case RateMatching::Puncturing: return "puncturing";
    case RateMatching::Shortening: return "shortening";
    case RateMatching::Repetition: return "repetition";
  }
  return "?";
}

int mother_code_log2(int k, int e, int n_max) {
  const int ce = ceil_log2(e);
  // E <= (9/8) 2^(ceil(log2 E) - 1) and K/E < 9/16, in integers.
  const bool shrink = ce >= 1 && 8LL * e <= 9LL * (1LL << (ce - 1)) && 16LL * k < 9LL * e;
  const int n1 = shrink ? ce - 1 : ce;
  const int n2 = ceil_log2(8LL * k);  // R_min = 1/8
  return std::max(std::min({n1, n2, n_max}), 5);
}

PolarCode make_polar_code(const BlockParams& p) {
  require_range("E", p.e, 1, 8192);
  require(p.n_max == 9 || p.n_max == 10, "n_max", p.n_max, "9 (downlink) or 10 (uplink)");
  require(p.n_pc == 0 || p.n_pc == 3, "n_PC", p.n_pc, "0 or 3");
  require_range("n_PC_wm", p.n_pc_wm, 0, p.n_pc == 0 ? 0 : 1);
  require_range("K", p.k, 1, p.input_interleaver ? static_cast<int>(kInputInterleaverSize) : 1023);
  PolarCode c;
  c.params = p;
  c.n = mother_code_log2(p.k, p.e, p.n_max);
  c.big_n = 1 << c.n;
  const int big_n = c.big_n;
  const auto nsz = static_cast<std::size_t>(big_n);
  require(p.k + p.n_pc <= p.e, "E", p.e, "at least K + n_PC = " + std::to_string(p.k + p.n_pc));
  require(p.k + p.n_pc <= big_n, "K", p.k, "at most N - n_PC = " + std::to_string(big_n - p.n_pc));

  const std::vector<int> j = subblock_pattern(big_n);
  // Q_F,tmp: positions frozen by rate matching (5.3.1.2 with 5.4.1.1).
  std::vector<std::uint8_t> rm_frozen(nsz, 0);
  if (p.e >= big_n) {
    c.rate_matching = RateMatching::Repetition;
  } else if (16LL * p.k <= 7LL * p.e) {
    c.rate_matching = RateMatching::Puncturing;
    for (int i = 0; i < big_n - p.e; ++i) rm_frozen[static_cast<std::size_t>(j[static_cast<std::size_t>(i)])] = 1;
    // ceil(3N/4 - E/2) or ceil(9N/16 - E/4), in integers.
    const int t = 4 * p.e >= 3 * big_n ? (3 * big_n - 2 * p.e + 3) / 4 : (9 * big_n - 4 * p.e + 15) / 16;
    for (int i = 0; i < t; ++i) rm_frozen[static_cast<std::size_t>(i)] = 1;
  } else {
    c.rate_matching = RateMatching::Shortening;
    for (int i = p.e; i < big_n; ++i) rm_frozen[static_cast<std::size_t>(j[static_cast<std::size_t>(i)])] = 1;
  }

  // Q_I: the K + n_PC most reliable positions outside Q_F,tmp; kept most reliable first.
  std::vector<int> q_i;
  const int want = p.k + p.n_pc;
  for (auto it = kReliabilitySequence.rbegin(); it != kReliabilitySequence.rend() && static_cast<int>(q_i.size()) < want; ++it)
    if (*it < big_n && !rm_frozen[*it]) q_i.push_back(*it);
  require(static_cast<int>(q_i.size()) == want, "E", p.e,
          "large enough that K + n_PC positions survive rate matching");

  c.kind.assign(nsz, BitKind::Frozen);
  for (int i : q_i) c.kind[static_cast<std::size_t>(i)] = BitKind::Info;
  if (p.n_pc > 0) {
    // n_PC - n_PC_wm bits on the least reliable positions of Q_I ...
    for (int i = 0; i < p.n_pc - p.n_pc_wm; ++i) c.pc_positions.push_back(q_i[q_i.size() - 1 - static_cast<std::size_t>(i)]);
    // ... n_PC_wm on the minimum row weight positions of the K most reliable, most reliable first.
    if (p.n_pc_wm > 0) {
      const auto k = static_cast<std::size_t>(p.k);
      int best = -1;
      for (std::size_t i = 0; i < k; ++i)
        if (best < 0 || popcount(q_i[i]) < popcount(best)) best = q_i[i];
      c.pc_positions.push_back(best);
    }
    for (int i : c.pc_positions) c.kind[static_cast<std::size_t>(i)] = BitKind::ParityCheck;
    std::sort(c.pc_positions.begin(), c.pc_positions.end());
  }
  for (int i = 0; i < big_n; ++i)
    if (c.kind[static_cast<std::size_t>(i)] == BitKind::Info) c.info_positions.push_back(i);

  if (p.input_interleaver) c.input_interleaver = input_interleaver(p.k);

  // Bit selection (5.4.1.2) then the channel interleaver (5.4.1.3), composed with J.
  std::vector<int> selected(static_cast<std::size_t>(p.e));
  for (int k = 0; k < p.e; ++k) {
    int y;
    switch (c.rate_matching) {
      case RateMatching::Repetition: y = k % big_n; break;
      case RateMatching::Puncturing: y = k + big_n - p.e; break;
      default: y = k; break;
    }
    selected[static_cast<std::size_t>(k)] = j[static_cast<std::size_t>(y)];
  }
  if (p.channel_interleaver) {
    const std::vector<int> perm = channel_interleaver(p.e);
    c.transmit_map.resize(selected.size());
    for (std::size_t k = 0; k < perm.size(); ++k) c.transmit_map[k] = selected[static_cast<std::size_t>(perm[k])];
  } else {
    c.transmit_map = std::move(selected);
  }
  return c;
}

void polar_transform(std::uint8_t* bits, int big_n) {
  for (int half = 1; half < big_n; half <<= 1)
    for (int base = 0; base < big_n; base += 2 * half)
      for (int i = base; i < base + half; ++i) bits[i] ^= bits[i + half];
}

Bits encode_block(const PolarCode& code, const Bits& c) {
  const auto k = static_cast<std::size_t>(code.params.k);
  require(c.size() == k, "K", static_cast<std::int64_t>(c.size()), std::to_string(k) + " bits");
  Bits u(static_cast<std::size_t>(code.big_n), 0);
  std::size_t next = 0;
  std::uint8_t y = 0;
  for (int i = 0; i < code.big_n; ++i) {
    y = pc_rotate(y);
    std::uint8_t bit = 0;
    switch (code.kind[static_cast<std::size_t>(i)]) {
      case BitKind::Info: {
        const std::size_t src = code.input_interleaver.empty() ? next : static_cast<std::size_t>(code.input_interleaver[next]);
        bit = c[src] & 1u;
        ++next;
        break;
      }
      case BitKind::ParityCheck: bit = y & 1u; break;
      case BitKind::Frozen: break;
    }
    y ^= bit;
    u[static_cast<std::size_t>(i)] = bit;
  }
  polar_transform(u.data(), code.big_n);
  Bits f(code.transmit_map.size());
  for (std::size_t i = 0; i < f.size(); ++i) f[i] = u[static_cast<std::size_t>(code.transmit_map[i])];
  return f;
}

}  // namespace bbkit::polar
