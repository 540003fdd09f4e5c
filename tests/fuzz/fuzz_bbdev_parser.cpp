// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any byte string fed to the test-bbdev parser either parses (and then writes
// back to text that parses to the same payloads) or throws bbkit's own ParseError. Anything
// else (a crash, a sanitizer report, another exception type) is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "bbkit/common/error.h"
#include "bbkit/vectors/ldpc_vector.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    std::istringstream in(text);
    const auto v = bbkit::vectors::LdpcVector::from_file(bbkit::vectors::BbdevFile::parse(in, "fuzz"));
    std::istringstream again(v.to_file("fuzz").to_text());
    const auto w = bbkit::vectors::LdpcVector::from_file(bbkit::vectors::BbdevFile::parse(again, "fuzz2"));
    if (w.input != v.input || w.output != v.output) std::abort();
  } catch (const bbkit::ParseError&) {
  }
  return 0;
}
