// SPDX-License-Identifier: Apache-2.0
// The accuracy figures docs/results/beamforming.md records, computed in one place so that
// `bbkit bf report` reproduces them with one command. Scenarios (all seeded):
//   apply    a slot of `prbs` PRBs x 14 symbols, one MMSE weight matrix (lambda 0.1) per group of
//            `prb_group` PRBs from an i.i.d. Rayleigh channel per group.
//            precode: layer symbols complex Gaussian at rms 1/8 (-18 dBFS), W per-antenna-max
//              normalized;
//            combine: antenna samples y = H^H x at rms 1/8 per antenna, W unnormalized (so
//              W^H y ~ x), output gained by 2^m, m = floor(log2(sqrt(L)));
//            in both, W is scaled by 2^k (largest component in [1/2, 1)) before Q1.15 and the
//            shift is 15 + k (- m): the programmable shift undoes the weight scaling.
//            Fixed-point output / 2^15 against the float64 path on the unquantized inputs.
//   weights  float32 Cholesky against the float64 reference, per-antenna-max normalized,
//            Rayleigh and exponential correlation (rho 0.9), ZF (lambda 0) and MMSE (0.1);
//            also the Q1.15-rounded float32 weights, and the ZF residual ||H W - I||_F.
//   link     downlink end to end at 64 x 16: 16-QAM layer symbols at rms 1/8 -> ZF precoding
//            (per-antenna max) -> optional BFP fronthaul -> the channel H -> optional AWGN ->
//            EVM at the layers after removing the known ZF gain, float vs fixed point.
//   bfp      the precoded 64 x 16 antenna samples of the apply scenario through BFP per PRB
//            (fronthaul), and the 64 x 16 Q1.15 weights through BFP per group per layer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bbkit/bf/apply.h"
#include "bbkit/bf/bfp.h"

namespace bbkit::bf {

struct ReportOptions {
  std::uint64_t seed = 1;
  int prbs = 273;
  int prb_group = 4;
  int weight_trials = 64;  ///< channel draws per weights row
};

struct ApplyAccuracy {
  int antennas, layers;
  Direction direction;
  int shift;
  double sqnr_db, evm_percent;
  std::int64_t saturated;
};

struct WeightAccuracy {
  std::string channel;
  int antennas, layers;
  double lambda;
  double sqnr_f32_db;      ///< over all trials together
  double sqnr_f32_min_db;  ///< the worst single trial
  double sqnr_q15_db;      ///< float32 weights rounded to Q1.15
  double zf_residual_reference, zf_residual_f32;  ///< max over trials of ||H W - I||_F (lambda 0 only)
};

struct BfpAccuracy {
  std::string signal;  ///< "fronthaul IQ" or "weights"
  int mantissa_bits;
  BfpRounding rounding;
  double sqnr_db, evm_percent;
  double max_error_lsb;  ///< max |error| / 2^exponent: below 1 by construction
};

struct LinkAccuracy {
  std::string path;  ///< "float64", "fixed", "fixed + BFP9", ...
  double snr_db;     ///< per layer at the receiver; +inf for no noise
  double evm_percent;
};

struct Report {
  std::vector<ApplyAccuracy> apply;
  std::vector<WeightAccuracy> weights;
  std::vector<BfpAccuracy> bfp;
  std::vector<LinkAccuracy> link;
};

Report make_report(const ReportOptions& options);

}  // namespace bbkit::bf
