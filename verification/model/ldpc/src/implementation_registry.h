// SPDX-License-Identifier: Apache-2.0
// Name -> maker table behind make_ldpc_encoder/decoder: "golden" is built in, implementations
// above the model (HLS C simulation, Verilated RTL, ...) add themselves at run time.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "bbkit/common/error.h"

namespace bbkit::ldpc {

template <typename Interface>
class ImplementationRegistry {
 public:
  using Maker = std::unique_ptr<Interface> (*)();

  explicit ImplementationRegistry(Maker golden) { entries_.emplace_back("golden", golden); }

  bool add(const std::string& name, Maker maker) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& e : entries_)
      if (e.first == name) return false;
    entries_.emplace_back(name, maker);
    return true;
  }

  std::unique_ptr<Interface> make(const std::string& name) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string allowed;
    for (const auto& e : entries_) {
      if (e.first == name) return e.second();
      allowed += (allowed.empty() ? "" : ", ") + e.first;
    }
    throw InvalidParameter("implementation", name, "one of " + allowed);
  }

  std::vector<std::string> names() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::string> out;
    for (const auto& e : entries_) out.push_back(e.first);
    return out;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::pair<std::string, Maker>> entries_;
};

}  // namespace bbkit::ldpc
