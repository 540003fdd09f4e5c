// SPDX-License-Identifier: Apache-2.0
#include "bbkit/card/desc_util.h"

#include <cstdio>

#include "bbkit/common/error.h"

namespace bbkit::card {
namespace {

std::string known_flags() {
  std::string s;
  for (const FlagName& f : kLdpcOpFlagsNames) s += std::string(s.empty() ? "" : ", ") + f.bbdev;
  return s;
}

}  // namespace

std::uint32_t ldpc_op_flags_from_bbdev(const std::vector<std::string>& bbdev_names) {
  std::uint32_t flags = 0;
  for (const std::string& name : bbdev_names) {
    bool found = false;
    for (const FlagName& f : kLdpcOpFlagsNames)
      if (name == f.bbdev) {
        flags |= 1u << f.bit;
        found = true;
      }
    if (!found) throw InvalidParameter("op_flags", name, "a flag the card contract carries: " + known_flags());
  }
  return flags;
}

std::vector<std::string> ldpc_op_flags_to_bbdev(std::uint32_t op_flags) {
  std::vector<std::string> names;
  for (const FlagName& f : kLdpcOpFlagsNames)
    if (op_flags & (1u << f.bit)) {
      names.emplace_back(f.bbdev);
      op_flags &= ~(1u << f.bit);
    }
  if (op_flags != 0)
    throw InvalidParameter("op_flags", "bits 0x" + [&] {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%X", op_flags);
      return std::string(buf);
    }(), "bits defined in rtl/regs/bbkit_desc.toml");
  return names;
}

bool cmpl_ok(const Cmpl& cmpl) {
  return (cmpl.status & cmpl_status::kDone) &&
         !(cmpl.status & (cmpl_status::kSynErr | cmpl_status::kCrcErr | cmpl_status::kErr));
}

std::string describe_cmpl(const Cmpl& cmpl) {
  if (!(cmpl.status & cmpl_status::kDone)) return "not written";
  const std::string iterations = std::to_string(cmpl.iterations) + " iterations";
  if (cmpl.status & cmpl_status::kErr) {
    for (const EnumName& e : kErrorCodeNames)
      if (e.value == cmpl.error_code) return std::string("ERR ") + e.name + " (" + e.doc + ")";
    return "ERR unknown error_code " + std::to_string(cmpl.error_code);
  }
  std::string s;
  if (cmpl.status & cmpl_status::kSynErr) s += "SYN_ERR, ";
  if (cmpl.status & cmpl_status::kCrcErr) s += "CRC_ERR, ";
  return (s.empty() ? "ok, " : s) + iterations;
}

}  // namespace bbkit::card
