// SPDX-License-Identifier: Apache-2.0
// Check-node unit of the layered decoder (docs/fixed-point.md, LDPC decoder): the running
// search over a layer's Q messages (box-plus of all |Q| and of all but the smallest, or min-sum's
// min1/min2), its index and signs, the scaling/offset of the magnitudes, and the decompression
// of a stored check state into the message R of edge k.
#pragma once

#include "bbkit/hls/ldpc/limits.h"
#include "bbkit/hls/ldpc/types.h"

namespace bbkit::ldpc_hls {

/// One check's compressed messages: R_k = (-1)^(rsign_k) * (k == idx ? min2 : min1) (min1, min2:
/// the scaled `all` and `others` magnitudes of the search), where the
/// R-sign word holds each Q sign xor the xor of all of them, so a read needs no parity tree.
struct CheckState {
  ap_uint<7> min1 = 0, min2 = 0;  // check magnitudes, <= kMsgMax
  ap_uint<5> idx = 0;             // edge of min1
  ap_uint<kDegMax> rsign = 0;     // sign bit of each edge's R
};

/// The search state while a layer's Q messages stream past: `all` is the box-plus of every |Q|
/// so far and `others` of every |Q| but the smallest (min-sum: min1 and min2).
struct MinSearch {
  ap_uint<9> min1 = kAppMax, all = kAppMax, others = kAppMax;  // |Q| <= 511
  ap_uint<5> idx = 0;
  ap_uint<kDegMax> sign = 0;
  ap_uint<1> parity = 0;
};

/// round(4 ln(1 + e^(-d/4))) in LSBs: three comparators.
inline int box_plus_correction(int d) {
#pragma HLS INLINE
  return d == 0 ? 3 : (d <= 3 ? 2 : (d <= 8 ? 1 : 0));
}

/// a boxplus b = min(a, b) - c(|a - b|) + c(a + b); stays in [0, min(a, b)].
inline int box_plus(int a, int b) {
#pragma HLS INLINE
  const int lo = a < b ? a : b;
  const int diff = a < b ? b - a : a - b;
  return lo - box_plus_correction(diff) + box_plus_correction(a + b);
}

/// R of edge k from a stored check state.
inline CheckMsg check_message(const CheckState& s, int k) {
#pragma HLS INLINE
  const int mag = s.idx == k ? s.min2.to_int() : s.min1.to_int();
  const bool neg = s.rsign[k];
  return CheckMsg(neg ? -mag : mag);
}

/// Adds edge k's Q to the search; a strictly smaller |Q| is a new minimum, so the first minimum
/// keeps the index, and it hands the running `all` to `others`.
inline void min_search_add(MinSearch& m, const AppLlr& q, int k, bool min_sum) {
#pragma HLS INLINE
  const int qv = q.to_int();
  const int mag = qv < 0 ? -qv : qv;
  if (qv < 0) {
    m.sign[k] = 1;
    m.parity = m.parity ^ 1;
  }
  const bool new_min = mag < m.min1.to_int();
  const int all = m.all.to_int(), others = m.others.to_int(), min1 = m.min1.to_int();
  if (min_sum) {
    m.others = new_min ? min1 : (mag < others ? mag : others);
    m.all = new_min ? mag : all;
  } else {
    m.others = new_min ? all : box_plus(others, mag);
    m.all = box_plus(all, mag);
  }
  if (new_min) {
    m.min1 = mag;
    m.idx = k;
  }
}

/// |R| = clamp(((A * scale_num) >> scale_shift) - offset, 0, kMsgMax) of the rule's magnitude A:
/// an exact multiply, a floor shift, the offset, then the clamp (the default: 1, 0, 0).
inline int check_magnitude(int mag, int scale_num, int scale_shift, int offset) {
#pragma HLS INLINE
  const int scaled = ((mag * scale_num) >> scale_shift) - offset;
  return scaled < 0 ? 0 : (scaled > kMsgMax ? kMsgMax : scaled);
}

inline CheckState min_search_result(const MinSearch& m, int scale_num, int scale_shift, int offset) {
#pragma HLS INLINE
  CheckState s;
  s.min1 = check_magnitude(m.all.to_int(), scale_num, scale_shift, offset);
  s.min2 = check_magnitude(m.others.to_int(), scale_num, scale_shift, offset);
  s.idx = m.idx;
  s.rsign = m.parity != 0 ? ap_uint<kDegMax>(~m.sign) : m.sign;  // bits >= degree are never read
  return s;
}

}  // namespace bbkit::ldpc_hls
