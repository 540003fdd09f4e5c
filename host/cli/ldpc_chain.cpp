// SPDX-License-Identifier: Apache-2.0
#include "ldpc_chain.h"

#include <cmath>

#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/ldpc/rate_match.h"

namespace bbkit::cli {

LdpcChain::LdpcChain(const LdpcChainConfig& config)
    : config_(config), encoder_(ldpc::make_ldpc_encoder("golden")), fixed_(ldpc::make_ldpc_decoder("golden")) {}

LdpcFrame LdpcChain::run(double snr_db, Rng& rng) {
  const ldpc::CodeParams& p = config_.params;
  const Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
  const auto llr = awgn_llrs(ldpc::rate_match(p, encoder_->encode(p, info)), config_.modulation, snr_db, rng);
  auto count = [&info](const Bits& hard) {
    int n = 0;
    for (std::size_t i = 0; i < info.size(); ++i) n += hard[i] != info[i];
    return n;
  };
  LdpcFrame f;
  if (config_.run_fixed) {
    std::vector<std::int16_t> q(llr.size());
    for (std::size_t i = 0; i < llr.size(); ++i) q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(config_.llr_scale * llr[i]));
    ldpc::SoftBuffer buf = ldpc::make_soft_buffer(p);
    ldpc::rate_dematch(p, q, buf);
    const ldpc::DecoderResult r = fixed_->decode(p, config_.decoder, buf);
    f.fixed_bit_errors = count(r.hard);
    f.fixed_error = f.fixed_bit_errors != 0;
    f.fixed_iterations = r.iterations;
  }
  if (config_.run_float) {
    std::vector<double> buf = ldpc::make_soft_buffer_float(p);
    ldpc::rate_dematch_float(p, llr, buf);
    const ldpc::DecoderResult r = float_.decode(p, config_.decoder, buf);
    f.float_bit_errors = count(r.hard);
    f.float_error = f.float_bit_errors != 0;
    f.float_iterations = r.iterations;
  }
  return f;
}

int ldpc_e_for_rate(int k_prime, double rate, int qm) {
  require(rate > 0.0 && rate < 1.0, "rate", static_cast<std::int64_t>(rate * 1000), "(0, 1) (shown x1000)");
  const int e = static_cast<int>(std::lround(k_prime / rate));
  return e - e % qm;
}

}  // namespace bbkit::cli
