// SPDX-License-Identifier: Apache-2.0
// The floating-point quality reference: layered sum-product (belief propagation) decoding in
// double precision. Not bit-exact with anything; it shows how far the fixed-point decoder is
// from the exact check-node rule (docs/results/ldpc.md).
#pragma once

#include <vector>

#include "bbkit/ldpc/decoder.h"

namespace bbkit::ldpc {

class FloatBpDecoder {
 public:
  /// Same inputs and outputs as LdpcDecoder::decode, with real LLRs (positive = bit 0; fillers
  /// large and positive, as make_soft_buffer_float leaves them). scale_num/scale_shift are unused;
  /// `soft` is left empty (use decode_soft for the real APP).
  DecoderResult decode(const CodeParams& params, const DecoderConfig& config, const std::vector<double>& llr);
  /// The APP LLRs of the last decode (cols * Zc values).
  const std::vector<double>& app() const { return app_; }

 private:
  void layer(int r);
  const struct LiftedGraph* g_ = nullptr;
  std::vector<double> app_, r_, q_, phi_;
  std::vector<std::uint8_t> hard_;
};

}  // namespace bbkit::ldpc
