// SPDX-License-Identifier: Apache-2.0
// A plain-text table for CLI reports: columns sized to their widest cell.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace bbkit::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

/// printf-style formatting of one number for a table cell.
std::string fmt(const char* format, double value);

}  // namespace bbkit::cli
