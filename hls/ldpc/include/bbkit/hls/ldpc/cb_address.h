// SPDX-License-Identifier: Apache-2.0
// Circular-buffer address generator of LDPC rate (de)matching, TS 38.212 5.4.2: for the E
// rate-matched bits in transmitted (interleaved) order, the position in the circular buffer
// d[0..Ncb) each one carries. Bit selection starts at k0 and skips the filler block
// [fb, fe); interleaving sends e[i*E/Qm + c] to f[i + c*Qm]. One counter per interleaver row
// walks the non-filler ordinals, so the generator needs no division after set-up.
#pragma once

#include "bbkit/hls/ldpc/limits.h"

namespace bbkit::ldpc_hls {

class CbAddressGen {
 public:
  /// k0: rv start; fb/fe: filler block in d; e, qm: output length and modulation order.
  void init(int k0, int n_cb, int fb, int fe, int e, int qm) {
    fb_ = fb;
    fillers_ = fe - fb;
    live_ = n_cb - fillers_;  // positions that carry a bit
    qm_ = qm;
    row_ = 0;
    const int start = k0 < fb ? k0 : (k0 < fe ? fb : k0 - fillers_);  // ordinal of the first bit
    const int cols = e / qm;
  ROW_START:
    for (int i = 0; i < kQmMax; ++i) {
      if (i < qm) ord_[i] = static_cast<int>((static_cast<long long>(start) + static_cast<long long>(i) * cols) % live_);
    }
  }
  /// Circular-buffer position of the next output bit.
  int next() {
#pragma HLS INLINE
    const int o = ord_[row_];
    ord_[row_] = o + 1 == live_ ? 0 : o + 1;
    row_ = row_ + 1 == qm_ ? 0 : row_ + 1;
    return o < fb_ ? o : o + fillers_;
  }

 private:
  int ord_[kQmMax] = {};
  int fb_ = 0, fillers_ = 0, live_ = 1, qm_ = 1, row_ = 0;
};

/// k0 of Table 5.4.2.1-2: floor(num * Ncb / (den * Zc)) * Zc.
inline int rv_start_position(int bg, int zc, int n_cb, int rv) {
  const int num1[4] = {0, 17, 33, 56};
  const int num2[4] = {0, 13, 25, 43};
  const int num = bg == 1 ? num1[rv & 3] : num2[rv & 3];
  const int den = bg == 1 ? 66 : 50;
  return (num * n_cb) / (den * zc) * zc;
}

}  // namespace bbkit::ldpc_hls
