// SPDX-License-Identifier: Apache-2.0
// Beamforming apply test vectors: a text file of cases, each with its configuration, the Q1.15
// weights and input, and the golden output, for HLS/RTL testbenches and `bbkit vectors bf`.
//
// Format "bbkit-bf-apply-1" (metadata as text, payload as hex words):
//   # generator = bbkit vectors bf        provenance comment lines (bbkit/vectors/provenance.h)
//   # version = ... / # seed = ... / # param <key> = <value>
//   format = bbkit-bf-apply-1
//   case = 0                               then, in this order, one "key = value" a line:
//   stimulus = gaussian                    gaussian | uniform | corners
//   direction = precode                    precode | combine
//   antennas, layers, prbs, symbols, prb_group, shift     (ranges of ApplyConfig)
//   saturated = <n>                        output components the golden model clipped
//   weights = <n>                          n = groups * antennas * layers, then n words
//   input = <n>                            n = REs * input ports, then n words
//   output = <n>                           n = REs * output ports, then n words
// Each word is 8 hex digits IIIIQQQQ (I in bits 31..16, Q in 15..0, two's complement), 8 words
// a line, in the buffer order of bbkit/bf/types.h. Blank lines and '#' lines are ignored.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "bbkit/bf/apply.h"
#include "bbkit/common/rng.h"
#include "bbkit/vectors/provenance.h"

namespace bbkit::bf {

struct ApplyVector {
  std::string stimulus;
  ApplyConfig config;
  std::int64_t saturated = 0;
  std::vector<Iq16> weights, input, output;
};

struct ApplyVectorFile {
  std::vector<std::string> comments;  ///< leading '#' lines without the '#'
  std::vector<ApplyVector> cases;
};

/// Stimulus kinds: "gaussian" (MMSE weights of a Rayleigh channel, per-antenna max, and input
/// at rms 1/8), "uniform" (every int16 equally likely: saturation everywhere), "corners"
/// (values from {-32768, -32767, -1, 0, 1, 32767}).
std::vector<std::string> apply_stimulus_kinds();

/// One case: stimulus drawn from rng, output from the golden model.
ApplyVector make_apply_vector(const ApplyConfig& config, const std::string& stimulus, Rng& rng);

void write_apply_vectors(std::ostream& out, const vectors::Provenance& provenance, const std::vector<ApplyVector>& cases);
/// Throws ParseError (file, line, key) on anything malformed, InvalidParameter on bad ranges.
ApplyVectorFile read_apply_vectors(std::istream& in, const std::string& name);
ApplyVectorFile load_apply_vectors(const std::string& path);

/// `bbkit vectors bf`: parameters are the ApplyConfig fields (direction, antennas, layers, prbs,
/// symbols, prb_group, shift) and stimulus (a kind above, or "mixed": cycle through them).
class BfVectorGenerator final : public vectors::VectorGenerator {
 public:
  std::string name() const override { return "bf"; }
  vectors::Provenance generate(const std::map<std::string, std::string>& parameters, std::uint64_t seed, int count,
                               const std::string& path) const override;
};

}  // namespace bbkit::bf
