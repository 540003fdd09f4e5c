// SPDX-License-Identifier: Apache-2.0
// The LDPC kernels' datapath types. Widths and ranges are those of the golden model's named
// formats (bbkit/common/fixed_point.h, docs/fixed-point.md, LDPC decoder); a test checks they agree.
#pragma once

#include "bbkit/hls/compat.h"
#include "bbkit/hls/ldpc/limits.h"

namespace bbkit::ldpc_hls {

using ChannelLlr = ap_int<8>;   // fxp::LdpcChannelLlr: decoder input and HARQ soft buffer
using AppLlr = ap_int<10>;      // fxp::LdpcAppLlr: APP and Q = APP - R
using CheckMsg = ap_int<8>;     // fxp::LdpcCheckMsg: R
using Bit = ap_uint<1>;
using Byte = ap_uint<8>;

constexpr int kChannelMax = 127;  // symmetric: [-127, 127]
constexpr int kAppMax = 511;      // symmetric: [-511, 511]; a known filler bit sits at +511
constexpr int kMsgMax = 127;      // symmetric: [-127, 127]

/// One Zc-lane word: a column of the lifted graph, the unit the kernels move between processes.
struct LlrWord {
  ChannelLlr lane[kZmax];
};
struct BitWord {
  Bit lane[kZmax];
};

/// Symmetric saturation to [-lim, lim], written as the comparator pair hardware uses.
inline int saturate_symmetric(int v, int lim) { return v > lim ? lim : (v < -lim ? -lim : v); }

}  // namespace bbkit::ldpc_hls
