// SPDX-License-Identifier: Apache-2.0
// Check-node unit of the layered min-sum decoder (docs/fixed-point-ldpc.md): the running
// min1/min2/index/sign search over a layer's Q messages, the offset/normalization of the
// magnitudes, and the decompression of a stored check state into the message R of edge k.
#pragma once

#include "bbkit/hls/ldpc/limits.h"
#include "bbkit/hls/ldpc/types.h"

namespace bbkit::ldpc_hls {

/// One check's compressed messages: R_k = (-1)^(rsign_k) * (k == idx ? min2 : min1), where the
/// R-sign word holds each Q sign xor the xor of all of them, so a read needs no parity tree.
struct CheckState {
  ap_uint<7> min1 = 0, min2 = 0;  // check magnitudes, <= kMsgMax
  ap_uint<5> idx = 0;             // edge of min1
  ap_uint<kDegMax> rsign = 0;     // sign bit of each edge's R
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
  const bool neg = s.rsign[k];
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

/// |R| = clamp(((min * scale_num) >> scale_shift) - offset, 0, kMsgMax): an exact multiply, a
/// floor shift, the offset, then the clamp (offset min-sum with num 1, shift 0; normalized
/// min-sum with offset 0).
inline int check_magnitude(int mag, int scale_num, int scale_shift, int offset) {
#pragma HLS INLINE
  const int scaled = ((mag * scale_num) >> scale_shift) - offset;
  return scaled < 0 ? 0 : (scaled > kMsgMax ? kMsgMax : scaled);
}

inline CheckState min_search_result(const MinSearch& m, int scale_num, int scale_shift, int offset) {
#pragma HLS INLINE
  CheckState s;
  s.min1 = check_magnitude(m.min1.to_int(), scale_num, scale_shift, offset);
  s.min2 = check_magnitude(m.min2.to_int(), scale_num, scale_shift, offset);
  s.idx = m.idx;
  s.rsign = m.parity != 0 ? ap_uint<kDegMax>(~m.sign) : m.sign;  // bits >= degree are never read
  return s;
}

}  // namespace bbkit::ldpc_hls
