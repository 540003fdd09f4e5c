// SPDX-License-Identifier: Apache-2.0
// The vector generator interface. Every file bbkit generates opens with comment lines that
// record how to make it again: generator, bbkit version, seed and parameters. Metadata as
// text, payload as data, so a failing vector can always be regenerated and bisected.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bbkit::vectors {

struct Provenance {
  std::string generator;                          // e.g. "bbkit vectors ldpc"
  std::string version;                            // bbkit version that wrote the file
  std::uint64_t seed = 0;
  std::map<std::string, std::string> parameters;  // the configuration, key = value

  /// Comment lines (without the leading '#'), one "key = value" each.
  std::vector<std::string> to_comments() const;
  /// Reads the lines written by to_comments; nullopt when the file has no generator line
  /// (a vector from elsewhere, e.g. DPDK's own).
  static std::optional<Provenance> from_comments(const std::vector<std::string>& comments);
};

/// What a vector generator is: it knows its name and writes files from a seed and parameters.
/// Each model family (ldpc, polar, bf) implements one; `bbkit vectors <name>` drives it.
class VectorGenerator {
 public:
  virtual ~VectorGenerator() = default;
  /// The name under `bbkit vectors`, e.g. "ldpc".
  virtual std::string name() const = 0;
  /// Writes `count` cases drawn from `seed` to `path` and returns the provenance it recorded.
  virtual Provenance generate(const std::map<std::string, std::string>& parameters, std::uint64_t seed,
                              int count, const std::string& path) const = 0;
};

/// The provenance a generator records with the running bbkit version filled in.
Provenance make_provenance(const std::string& generator, std::uint64_t seed,
                           std::map<std::string, std::string> parameters);

}  // namespace bbkit::vectors
