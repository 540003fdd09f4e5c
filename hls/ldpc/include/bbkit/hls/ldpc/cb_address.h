// SPDX-License-Identifier: Apache-2.0
// Circular-buffer address generator of LDPC rate (de)matching, TS 38.212 5.4.2: for the E
// rate-matched bits in transmitted (interleaved) order, the position in the circular buffer
// d[0..Ncb) each one carries, also as (word, lane) = (position / Zc, position mod Zc) for
// buffers stored as Zc-lane words. Bit selection starts at k0 and skips the filler block
// [fb, fe); interleaving sends e[i*E/Qm + c] to f[i + c*Qm]. One counter set per interleaver
// row walks the non-filler positions, so after set-up (one division per row) every address
// costs an increment and two compares.
#pragma once

#include "bbkit/hls/ldpc/limits.h"

namespace bbkit::ldpc_hls {

struct CbAddress {
  int pos;   // position in d
  int word;  // pos / Zc
  int lane;  // pos mod Zc
};

class CbAddressGen {
 public:
  /// k0: rv start; fb/fe: filler block in d; e, qm: output length and modulation order.
  void init(int k0, int n_cb, int zc, int fb, int fe, int e, int qm) {
    fb_ = fb;
    fe_ = fe;
    zc_ = zc;
    fe_word_ = fe / zc;
    fe_lane_ = fe % zc;
    const int fillers = fe - fb;
    live_ = n_cb - fillers;  // positions that carry a bit
    qm_ = qm;
    row_ = 0;
    const int start = k0 < fb ? k0 : (k0 < fe ? fb : k0 - fillers);  // ordinal of the first bit
    const int cols = e / qm;
  ROW_START:
    for (int i = 0; i < kQmMax; ++i) {
      if (i < qm) {
        const int o = static_cast<int>((static_cast<long long>(start) + static_cast<long long>(i) * cols) % live_);
        const int p = o < fb ? o : o + fillers;
        ord_[i] = o;
        at_[i] = {p, p / zc, p % zc};
      }
    }
  }
  /// Address of the next output bit.
  CbAddress next() {
#pragma HLS INLINE
    const CbAddress now = at_[row_];
    const int o = ord_[row_] + 1;
    CbAddress nx = {now.pos + 1, now.word, now.lane + 1};
    if (nx.lane == zc_) {
      nx.lane = 0;
      ++nx.word;
    }
    if (o == live_) {
      ord_[row_] = 0;
      at_[row_] = {0, 0, 0};
    } else {
      ord_[row_] = o;
      at_[row_] = nx.pos == fb_ ? CbAddress{fe_, fe_word_, fe_lane_} : nx;
    }
    row_ = row_ + 1 == qm_ ? 0 : row_ + 1;
    return now;
  }

 private:
  int ord_[kQmMax] = {};
  CbAddress at_[kQmMax] = {};
  int fb_ = 0, fe_ = 0, zc_ = 1, fe_word_ = 0, fe_lane_ = 0, live_ = 1, qm_ = 1, row_ = 0;
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
