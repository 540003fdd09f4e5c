// SPDX-License-Identifier: Apache-2.0
#include "shared_data.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace bbkit::test {

std::optional<std::string> shared_path(const std::string& relative) {
  const char* root = std::getenv("BBKIT_SHARED_DIR");
  if (!root || !*root) return std::nullopt;
  const std::filesystem::path p = std::filesystem::path(root) / relative;
  if (!std::filesystem::exists(p)) return std::nullopt;
  return p.string();
}

std::vector<std::string> shared_files(const std::string& folder, const std::string& suffix) {
  std::vector<std::string> out;
  const auto dir = shared_path(folder);
  if (!dir) return out;
  for (const auto& e : std::filesystem::directory_iterator(*dir)) {
    const std::string name = e.path().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace bbkit::test
