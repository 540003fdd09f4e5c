// SPDX-License-Identifier: Apache-2.0
// Where the read-only conformance data (../shared) is, for tests that use it. Tests call
// BBKIT_REQUIRE_SHARED(path) and skip with a message naming the missing folder.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace bbkit::test {

/// `relative` under BBKIT_SHARED_DIR when it exists there; nullopt otherwise.
std::optional<std::string> shared_path(const std::string& relative);

/// Files in a shared folder whose names end with `suffix`, sorted; empty when it is absent.
std::vector<std::string> shared_files(const std::string& folder, const std::string& suffix);

}  // namespace bbkit::test

#define BBKIT_REQUIRE_SHARED(var, relative)                                                     \
  const auto var##_opt = ::bbkit::test::shared_path(relative);                                  \
  if (!var##_opt) GTEST_SKIP() << "shared data '" << (relative)                                \
                               << "' not found (set BBKIT_SHARED_DIR to the shared/ folder)";  \
  const std::string var = *var##_opt
