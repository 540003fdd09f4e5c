// SPDX-License-Identifier: Apache-2.0
// The polar vector file: `#` comment lines, a `key = value` header (channel, A, E, crc, cases;
// for DCI also aggregation_level and rnti), then one case a line: the A payload bits, a space,
// the coded bits in transmission order. Files bbkit writes open with provenance comments.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/polar/channel.h"
#include "bbkit/vectors/provenance.h"

namespace bbkit::polar {

struct PolarVectorCase {
  Bits payload;
  Bits coded;
};

struct PolarVectorFile {
  PolarConfig config;
  std::vector<std::string> comments;  // comment lines without the leading '#'
  std::vector<PolarVectorCase> cases;

  /// Reads and validates a file: every key known and well formed, the channel parameters
  /// valid, crc matching the channel, `cases` matching the case lines, every case the right
  /// length. Throws ParseError naming the file, line and key.
  static PolarVectorFile load(const std::string& path);
  static PolarVectorFile parse(std::istream& in, const std::string& name);

  /// Writes the file (provenance comments first when given). Throws std::runtime_error when
  /// the file cannot be written.
  void save(const std::string& path) const;
  void write(std::ostream& out) const;

  std::optional<vectors::Provenance> provenance() const { return vectors::Provenance::from_comments(comments); }
};

/// `count` random cases of `config` drawn from `seed`, encoded by the golden encoder, with
/// provenance comments naming the generator, version, seed and parameters.
PolarVectorFile generate_polar_vectors(const PolarConfig& config, int count, std::uint64_t seed);

}  // namespace bbkit::polar
