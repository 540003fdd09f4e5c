// SPDX-License-Identifier: Apache-2.0
#include "bbkit/vectors/provenance.h"

#include <cstdlib>

#include "bbkit/version.h"

namespace bbkit::vectors {
namespace {
const char* const kGenerator = " generator = ";
const char* const kVersion = " version = ";
const char* const kSeed = " seed = ";
const char* const kParam = " param ";
}  // namespace

std::vector<std::string> Provenance::to_comments() const {
  std::vector<std::string> out;
  out.push_back(kGenerator + generator);
  out.push_back(kVersion + version);
  out.push_back(kSeed + std::to_string(seed));
  for (const auto& [k, v] : parameters) out.push_back(kParam + k + " = " + v);
  return out;
}

std::optional<Provenance> Provenance::from_comments(const std::vector<std::string>& comments) {
  Provenance p;
  bool found = false;
  auto starts = [](const std::string& s, const std::string& pre) { return s.rfind(pre, 0) == 0; };
  for (const auto& c : comments) {
    if (starts(c, kGenerator)) {
      p.generator = c.substr(std::string(kGenerator).size());
      found = true;
    } else if (starts(c, kVersion)) {
      p.version = c.substr(std::string(kVersion).size());
    } else if (starts(c, kSeed)) {
      p.seed = std::strtoull(c.c_str() + std::string(kSeed).size(), nullptr, 10);
    } else if (starts(c, kParam)) {
      const std::string kv = c.substr(std::string(kParam).size());
      const auto eq = kv.find(" = ");
      if (eq != std::string::npos) p.parameters[kv.substr(0, eq)] = kv.substr(eq + 3);
    }
  }
  if (!found) return std::nullopt;
  return p;
}

Provenance make_provenance(const std::string& generator, std::uint64_t seed,
                           std::map<std::string, std::string> parameters) {
  return Provenance{generator, BBKIT_VERSION_STRING, seed, std::move(parameters)};
}

}  // namespace bbkit::vectors
