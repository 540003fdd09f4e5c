// SPDX-License-Identifier: Apache-2.0
// LDPC rate matching, TS 38.212 5.4.2: bit selection from the circular buffer (start k0 of the
// rv, length Ncb, filler bits skipped) and bit interleaving over Qm rows (5.4.2.2); and its
// inverse, rate dematching into a soft buffer with HARQ combining across redundancy versions.
#pragma once

#include <cstdint>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/ldpc/code_params.h"

namespace bbkit::ldpc {

/// For each of the E output bits f_k (after interleaving), the circular-buffer position of d it
/// carries. This one map is rate matching; hardware stores it as an address generator.
std::vector<int> rate_match_positions(const CodeParams& params);

/// d (N bits from the encoder) -> f (E bits). Throws InvalidParameter naming "N" when
/// d.size() != N.
Bits rate_match(const CodeParams& params, const Bits& d);

/// The soft buffer of one code block: Ncb LLRs in the decoder's channel format
/// (fxp::LdpcChannelLlr, positive = bit 0). Filler positions hold the format's maximum (known 0).
using SoftBuffer = std::vector<std::int16_t>;

/// A fresh soft buffer for `params`: zeros, fillers at +max.
SoftBuffer make_soft_buffer(const CodeParams& params);

/// Rate dematching with HARQ combining: de-interleaves the E channel LLRs `llr` and adds each to
/// its circular-buffer position in `buffer` with saturation to the channel LLR format.
/// Throws InvalidParameter naming "LLR length" (llr.size() != E) or "soft buffer length"
/// (buffer.size() != Ncb), or "LLR" for a value outside the channel format.
void rate_dematch(const CodeParams& params, const std::vector<std::int16_t>& llr, SoftBuffer& buffer);

/// The HARQ buffer of a code block: its soft buffer without the filler window, one signed byte
/// per LLR (fxp::LdpcChannelLlr) in circular-buffer order — position j in [0, Ncb), skipping
/// [K' - 2Zc, K - 2Zc). This is what HQ_COMBINE_OUT writes and HQ_COMBINE_IN reads, on every
/// device and in the RTL (docs/card-contract.md, "HARQ buffer"); it is DPDK's external HARQ
/// layout without RTE_BBDEV_LDPC_INTERNAL_HARQ_MEMORY_FILLERS. Its length H = Ncb - F bytes.
int harq_length(const CodeParams& params);

/// Writes the H HARQ bytes of `buffer` at `harq`. Throws InvalidParameter naming "soft buffer
/// length" when buffer.size() != Ncb.
void store_harq(const CodeParams& params, const SoftBuffer& buffer, std::uint8_t* harq);
Bytes store_harq(const CodeParams& params, const SoftBuffer& buffer);

/// Sets the non-filler positions of `buffer` from `size` HARQ bytes (-128 is read as -127, as
/// channel LLR bytes are); filler positions keep their value. Throws InvalidParameter naming
/// "HARQ length" (size != H) or "soft buffer length".
void load_harq(const CodeParams& params, const std::uint8_t* harq, std::size_t size, SoftBuffer& buffer);

/// The same in floating point for the reference decoder (no saturation; fillers at +infinity
/// are represented by `filler_llr`).
std::vector<double> make_soft_buffer_float(const CodeParams& params, double filler_llr = 1e3);
void rate_dematch_float(const CodeParams& params, const std::vector<double>& llr, std::vector<double>& buffer);

}  // namespace bbkit::ldpc
