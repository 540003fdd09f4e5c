// SPDX-License-Identifier: Apache-2.0
// `bbkit vectors ldpc`: test-bbdev LDPC encode or decode vectors for any code configuration,
// noiseless or with AWGN LLRs at a given Es/N0 and seed. Expected outputs come from the golden
// model, so the files check other implementations (HLS, RTL, a card through DPDK) against it.
#pragma once

#include <map>
#include <string>

#include "bbkit/vectors/provenance.h"

namespace bbkit::ldpc {

/// Parameters (all text, as on the command line):
///   op = enc | dec            bg = 1 | 2            zc = lifting size
///   k_prime (default K) or n_filler                e, qm, rv (default 0), n_cb (default N)
///   crc = none | 24b          enc: CRC24B attached by the encoder; dec: checked and dropped
///   snr_db                    dec only; absent = noiseless LLRs of magnitude `llr` (default 16.0)
///   iter_max (default 20), early_stop = 1 | 0
///   harq_in_rvs = e.g. "0" or "0,3"   dec only: earlier transmissions of the same block, combined
///                             into the harq_combined_input (HQ_COMBINE_IN_ENABLE)
///   harq_out = 0 | 1          dec only: HQ_COMBINE_OUT_ENABLE with the expected harq_combined_output
/// LLRs (input and HARQ) are written with 1 fractional bit, the form dpdk-test-bbdev expects
/// (bbdev_adapter.h, llrs_from_vector); the expected outputs are what the golden model returns
/// for the values test-bbdev hands the device. Unknown keys and bad values throw InvalidParameter
/// naming them.
class LdpcVectorGenerator final : public vectors::VectorGenerator {
 public:
  std::string name() const override { return "ldpc"; }
  /// Writes one op (test-bbdev files hold one op; `count` must be 1) to `path`.
  vectors::Provenance generate(const std::map<std::string, std::string>& parameters, std::uint64_t seed, int count,
                               const std::string& path) const override;
};

}  // namespace bbkit::ldpc
