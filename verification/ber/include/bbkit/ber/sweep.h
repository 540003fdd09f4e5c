// SPDX-License-Identifier: Apache-2.0
// The BLER/BER sweep engine behind `bbkit bler <code>`: a code family supplies one trial (one
// frame through the channel and every decoder variant), the engine runs frames on several
// threads, stops each SNR point on a target number of block errors or frames, reports progress
// on stderr, and writes CSV (and a PNG through scripts/plot_bler.py).
//
// Frames are seeded from (seed, SNR index, frame index) and counted in fixed batches, so the
// numbers do not depend on the thread count or timing: a run is reproducible from its seed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bbkit/common/rng.h"

namespace bbkit::ber {

struct SweepConfig {
  std::vector<double> snr_db;          // the points, in order
  std::uint64_t target_errors = 100;   // stop a point when every variant has this many block errors
  std::uint64_t max_frames = 100000;   // ... or after this many frames
  std::uint64_t min_frames = 0;        // never stop before this many frames
  int threads = 0;                     // 0: all hardware threads
  std::uint64_t seed = 1;
  bool progress = true;                // one line per point on stderr
  bool stop_when_error_free = false;
  std::uint64_t batch_frames = 64;     // frames between stop checks (the results depend on it, not on threads)   // skip the remaining (higher) SNR points after a point with no error
};

/// What one frame produced, per decoder variant (same order as the variant names).
struct FrameOutcome {
  std::vector<std::uint8_t> block_error;  // 1 when the decoded block differs from the sent one
  std::vector<std::uint64_t> bit_errors;  // information bits in error
  std::uint64_t info_bits = 0;            // information bits per frame
  std::vector<std::uint64_t> iterations;  // optional: decoder iterations, per variant
};

/// One frame at `snr_db` with randomness from `rng`. Trials may keep scratch state: the engine
/// makes one per thread from a TrialFactory.
class Trial {
 public:
  virtual ~Trial() = default;
  virtual FrameOutcome run(double snr_db, Rng& rng) = 0;
};
using TrialFactory = std::function<std::unique_ptr<Trial>()>;

struct PointResult {
  std::string variant;
  double snr_db = 0;
  std::uint64_t frames = 0;
  std::uint64_t block_errors = 0;
  std::uint64_t bit_errors = 0;
  std::uint64_t bits = 0;
  std::uint64_t iterations = 0;  // summed over frames
  double bler() const { return frames ? double(block_errors) / double(frames) : 0.0; }
  double ber() const { return bits ? double(bit_errors) / double(bits) : 0.0; }
  double mean_iterations() const { return frames ? double(iterations) / double(frames) : 0.0; }
};

/// Runs the sweep; results are ordered by SNR point, then variant.
std::vector<PointResult> run_sweep(const SweepConfig& config, const std::vector<std::string>& variants,
                                   const TrialFactory& make_trial, const std::string& label = "");

/// Writes `code,variant,snr_db,frames,block_errors,bler,bit_errors,bits,ber,mean_iterations`.
void write_csv(const std::string& path, const std::string& code, const std::vector<PointResult>& results);

/// SNR at which `variant` crosses `bler` (log-BLER linear interpolation between the two points
/// around it); nullopt when the sweep does not bracket it.
std::optional<double> snr_at_bler(const std::vector<PointResult>& results, const std::string& variant,
                                  double bler);

/// Renders a CSV written by write_csv to PNG with matplotlib (scripts/plot_bler.py, through the
/// Python interpreter the build was configured with). Throws std::runtime_error on failure.
void plot_png(const std::string& csv_path, const std::string& png_path, const std::string& title);

/// Parses "a:b:step" or "a,b,c" into SNR points. Throws InvalidParameter on a bad list.
std::vector<double> parse_snr_list(const std::string& spec);

}  // namespace bbkit::ber
