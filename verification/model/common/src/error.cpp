// SPDX-License-Identifier: Apache-2.0
#include "bbkit/common/error.h"

namespace bbkit {

InvalidParameter::InvalidParameter(const std::string& name, const std::string& value,
                                   const std::string& allowed)
    : std::invalid_argument("invalid " + name + " = " + value + ": allowed " + allowed),
      name_(name) {}

ParseError::ParseError(const std::string& file, std::size_t line, const std::string& key,
                       const std::string& what)
    : std::runtime_error(file + ":" + std::to_string(line) + (key.empty() ? "" : ": key '" + key + "'") +
                         ": " + what),
      file_(file), line_(line), key_(key) {}

void require_range(const char* name, std::int64_t value, std::int64_t lo, std::int64_t hi) {
  if (value < lo || value > hi)
    throw InvalidParameter(name, std::to_string(value),
                           "range [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
}

void require(bool ok, const char* name, std::int64_t value, const std::string& allowed) {
  if (!ok) throw InvalidParameter(name, std::to_string(value), allowed);
}

}  // namespace bbkit
