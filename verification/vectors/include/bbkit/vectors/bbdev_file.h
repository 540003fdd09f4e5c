// SPDX-License-Identifier: Apache-2.0
// The DPDK test-bbdev vector format (app/test-bbdev/test_vectors/*.data), read and written.
// Two layers: BbdevFile keeps entries as text in file order; LdpcVector (ldpc_vector.h) is the
// typed, validated view the models and devices use.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"

namespace bbkit::vectors {

struct BbdevEntry {
  std::string key;
  std::vector<std::string> tokens;  // the comma-separated values, trimmed
  std::size_t line = 0;             // line of the `key =` in the source file
};

struct BbdevFile {
  std::string name;                  // file name used in error messages
  std::vector<std::string> comments; // '#' lines before the first entry, without the '#'
  std::vector<BbdevEntry> entries;

  /// Parses the text format; throws ParseError naming `name`, the line and the key.
  static BbdevFile parse(std::istream& in, const std::string& name);
  static BbdevFile load(const std::string& path);

  /// The text format: comments, then `key =` and its value lines, entries blank-line separated.
  std::string to_text() const;
  void save(const std::string& path) const;

  const BbdevEntry* find(const std::string& key) const;
};

/// Payload tokens (32-bit words, bytes little-endian in a word, the last word may be short) to
/// bytes. Throws ParseError on a malformed or truncated word.
Bytes words_to_bytes(const BbdevEntry& entry, const std::string& file);

/// Bytes to payload tokens: full words "0x%08X", a short last word with 2 hex digits a byte.
std::vector<std::string> bytes_to_words(const Bytes& bytes);

}  // namespace bbkit::vectors
