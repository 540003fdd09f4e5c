// SPDX-License-Identifier: Apache-2.0
// Beamforming apply: downlink precoding y = W x and uplink combining xh = W^H y per resource
// element, one weight matrix per PRB group (conventions in bbkit/bf/types.h). The fixed-point
// datapath (docs/fixed-point.md, Beamforming), bit for bit what the HLS kernel and the RTL must produce:
//   per complex MAC   16 x 16 -> 32-bit products; re = wr*xr - wi*xi, im = wr*xi + wi*xr
//                     (combining uses conj(w): re = wr*yr + wi*yi, im = wr*yi - wi*yr, so a
//                     weight with imaginary part -32768 needs no negation and stays exact)
//   accumulate        exact sum of the products in fxp::BfAccumulator (40 bits, Q10.30); at
//                     most 64 terms of magnitude <= 2^31 - 2^15, so it can never overflow and
//                     there is no intermediate saturation
//   output            saturate_int16(shift_right_round(acc, shift)), shift in [0, 31],
//                     round half up ((acc + 2^(shift-1)) >> shift), saturation to
//                     [-32768, 32767]. shift = 15 keeps the Q1.15 scale (unit gain).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bbkit/bf/types.h"

namespace bbkit::bf {

enum class Direction { Precode, Combine };

struct ApplyConfig {
  Direction direction = Direction::Precode;
  int antennas = 64;   ///< A, in [1, 64]
  int layers = 16;     ///< L, in [1, 32] and <= A
  int prbs = 273;      ///< in [1, 273]
  int symbols = 14;    ///< in [1, 14]
  int prb_group = 1;   ///< PRBs sharing one weight matrix, in [1, prbs]
  int shift = 15;      ///< output right shift, in [0, 31]

  int groups() const { return (prbs + prb_group - 1) / prb_group; }
  int resource_elements() const { return symbols * prbs * kSubcarriersPerPrb; }
  int input_ports() const { return direction == Direction::Precode ? layers : antennas; }
  int output_ports() const { return direction == Direction::Precode ? antennas : layers; }
  std::size_t weight_count() const { return static_cast<std::size_t>(groups()) * antennas * layers; }
  std::size_t input_count() const { return static_cast<std::size_t>(resource_elements()) * input_ports(); }
  std::size_t output_count() const { return static_cast<std::size_t>(resource_elements()) * output_ports(); }
  /// Complex multiply-accumulates of one process call.
  double complex_macs() const { return double(resource_elements()) * antennas * layers; }
};

/// Throws InvalidParameter naming the first field outside its range.
void validate(const ApplyConfig& config);
/// validate(config) plus the buffer sizes; `what` names the buffers in the message.
void validate_sizes(const ApplyConfig& config, std::size_t weights, std::size_t input);

struct ApplyStats {
  std::int64_t saturated = 0;  ///< output components clipped to the int16 range
};

/// The fixed-point apply. process() writes config.output_count() samples to `output`.
class BeamformingApply {
 public:
  virtual ~BeamformingApply() = default;
  virtual ApplyStats process(const ApplyConfig& config, const std::vector<Iq16>& weights,
                             const std::vector<Iq16>& input, std::vector<Iq16>& output) = 0;
};

/// Implementations by name: "golden" (this C++ model). HLS/RTL add theirs later.
std::unique_ptr<BeamformingApply> make_bf_apply(const std::string& impl);
std::vector<std::string> bf_apply_implementations();

/// Floating-point apply with Eigen (the reference, and the float path of the benchmark):
/// the same shapes and layout, no quantization, no shift (output = W x or W^H y exactly).
void apply_float(const ApplyConfig& config, const std::vector<Cf64>& weights, const std::vector<Cf64>& input,
                 std::vector<Cf64>& output);
void apply_float(const ApplyConfig& config, const std::vector<Cf32>& weights, const std::vector<Cf32>& input,
                 std::vector<Cf32>& output);

}  // namespace bbkit::bf
