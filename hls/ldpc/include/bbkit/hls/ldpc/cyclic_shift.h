// SPDX-License-Identifier: Apache-2.0
// Cyclic shifter over Zc of ZMAX lanes: the permutation network between the APP memory and the
// check-node units. Lane z of the output takes lane (z + s) mod Zc of the input; lanes >= Zc
// are zero. Behavioural (one mux per lane); a QSN/Benes network is the area-efficient equivalent.
#pragma once

#include "bbkit/hls/ldpc/limits.h"

namespace bbkit::ldpc_hls {

/// out[z] = in[(z + s) mod zc] for z < zc (0 <= s < zc <= kZmax).
template <typename T>
void cyclic_shift(const T in[kZmax], T out[kZmax], int s, int zc) {
#pragma HLS INLINE
SHIFT_LANES:
  for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
    int v = z + s;
    if (v >= zc) v -= zc;
    out[z] = z < zc ? in[v] : T(0);
  }
}

/// The inverse: out[(z + s) mod zc] = in[z].
template <typename T>
void cyclic_unshift(const T in[kZmax], T out[kZmax], int s, int zc) {
#pragma HLS INLINE
  cyclic_shift(in, out, s == 0 ? 0 : zc - s, zc);
}

}  // namespace bbkit::ldpc_hls
