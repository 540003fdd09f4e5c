// SPDX-License-Identifier: Apache-2.0
// Check-node unit of the layered normalized min-sum decoder (docs/fixed-point-ldpc.md): the
// running min1/min2/index/sign search over a layer's Q messages, the normalization, and the
// decompression of a stored check state into the message R of edge k.
#pragma once

#include "bbkit/hls/ldpc/limits.h"
#include "bbkit/hls/ldpc/types.h"

namespace bbkit::ldpc_hls {

/// One check's compressed messages: R_k = (-1)^(sign_k xor parity) * (k == idx ? min2 : min1).
struct CheckState {
  ap_uint<7> min1 = 0, min2 = 0;  // normalized magnitudes, <= kMsgMax
  ap_uint<5> idx = 0;             // edge of min1
  ap_uint<kDegMax> sign = 0;      // sign bit of each edge's Q
  ap_uint<1> parity = 0;          // xor of the signs
};

/// The search state while a layer's Q messages stream past.
struct MinSearch {
  ap_uint<9> min1 = kAppMax, min2 = kAppMax;  // |Q| <= 511
  ap_uint<5> idx = 0;
  ap_uint<kDegMax> sign = 0;
  ap_uint<1> parity = 0;
};

/// R of edge k from a stored check state.
inline CheckMsg check_message(const CheckState& s, int k) {
#pragma HLS INLINE
  const int mag = s.idx == k ? s.min2.to_int() : s.min1.to_int();
  const bool neg = (s.sign[k] ? 1 : 0) != s.parity.to_int();
  return CheckMsg(neg ? -mag : mag);
}

/// Adds edge k's Q to the search: strict comparisons, so the first minimum keeps the index.
inline void min_search_add(MinSearch& m, const AppLlr& q, int k) {
#pragma HLS INLINE
  const int qv = q.to_int();
  const int mag = qv < 0 ? -qv : qv;
  if (qv < 0) {
    m.sign[k] = 1;
    m.parity = m.parity ^ 1;
  }
  if (mag < m.min1.to_int()) {
    m.min2 = m.min1;
    m.min1 = mag;
    m.idx = k;
  } else if (mag < m.min2.to_int()) {
    m.min2 = mag;
  }
}

/// Normalization as an exact multiply and floor shift, then saturation to R's range.
inline int normalize_min(int mag, int scale_num, int scale_shift) {
#pragma HLS INLINE
  const int scaled = (mag * scale_num) >> scale_shift;
  return scaled > kMsgMax ? kMsgMax : scaled;
}

inline CheckState min_search_result(const MinSearch& m, int scale_num, int scale_shift) {
#pragma HLS INLINE
  CheckState s;
  s.min1 = normalize_min(m.min1.to_int(), scale_num, scale_shift);
  s.min2 = normalize_min(m.min2.to_int(), scale_num, scale_shift);
  s.idx = m.idx;
  s.sign = m.sign;
  s.parity = m.parity;
  return s;
}

}  // namespace bbkit::ldpc_hls
