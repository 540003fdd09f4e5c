// SPDX-License-Identifier: Apache-2.0
// One LDPC code block through encode -> rate match -> AWGN -> dematch -> decode, with the
// golden fixed-point decoder and the float BP reference side by side. Shared by `bbkit bler
// ldpc` and the LDPC rows of `bbkit demo`.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bbkit/common/channel.h"
#include "bbkit/ldpc/bp_decoder.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"

namespace bbkit::cli {

struct LdpcChainConfig {
  ldpc::CodeParams params;
  Modulation modulation = Modulation::Qpsk;
  ldpc::DecoderConfig decoder;
  bool run_fixed = true;
  bool run_float = true;
  double llr_scale = 1.0;  // front-end gain on real LLRs before 8-bit quantization (fixed path)
};

struct LdpcFrame {
  bool fixed_error = false, float_error = false;
  int fixed_bit_errors = 0, float_bit_errors = 0;
  int fixed_iterations = 0, float_iterations = 0;
};

class LdpcChain {
 public:
  explicit LdpcChain(const LdpcChainConfig& config);
  /// One random block at Es/N0 `snr_db`.
  LdpcFrame run(double snr_db, Rng& rng);

 private:
  LdpcChainConfig config_;
  std::unique_ptr<ldpc::LdpcEncoder> encoder_;
  std::unique_ptr<ldpc::LdpcDecoder> fixed_;
  ldpc::FloatBpDecoder float_;
};

/// E for rate R on Qm: round(K'/R) down to a multiple of Qm.
int ldpc_e_for_rate(int k_prime, double rate, int qm);

}  // namespace bbkit::cli
