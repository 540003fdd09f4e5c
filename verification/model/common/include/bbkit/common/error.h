// SPDX-License-Identifier: Apache-2.0
// Errors every bbkit layer throws: a bad parameter names itself and its allowed range, a
// parse error names its file, line and key, so a user never has to guess what was wrong.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace bbkit {

/// A caller passed a value outside what the standard or the implementation allows.
class InvalidParameter : public std::invalid_argument {
 public:
  InvalidParameter(const std::string& name, const std::string& value, const std::string& allowed);
  const std::string& parameter() const noexcept { return name_; }

 private:
  std::string name_;
};

/// A text input (vector file, command-line value) is malformed.
class ParseError : public std::runtime_error {
 public:
  ParseError(const std::string& file, std::size_t line, const std::string& key,
             const std::string& what);
  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }
  const std::string& key() const noexcept { return key_; }

 private:
  std::string file_;
  std::size_t line_;
  std::string key_;
};

/// Throws InvalidParameter unless lo <= value <= hi.
void require_range(const char* name, std::int64_t value, std::int64_t lo, std::int64_t hi);

/// Throws InvalidParameter unless `ok`; `allowed` describes the legal values.
void require(bool ok, const char* name, std::int64_t value, const std::string& allowed);

}  // namespace bbkit
