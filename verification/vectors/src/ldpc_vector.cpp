// SPDX-License-Identifier: Apache-2.0
#include "bbkit/vectors/ldpc_vector.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <map>

#include "bbkit/common/error.h"

namespace bbkit::vectors {
namespace {

const char* const kEncodeOp = "RTE_BBDEV_OP_LDPC_ENC";
const char* const kDecodeOp = "RTE_BBDEV_OP_LDPC_DEC";

// Segmented payload keys: prefix followed by the code block index.
const std::vector<std::string> kPayloadPrefixes = {"input", "output", "soft_output", "harq_input", "harq_output"};

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

int parse_int(const BbdevFile& f, const BbdevEntry& e) {
  if (e.tokens.size() != 1) throw ParseError(f.name, e.line, e.key, "expects one integer value");
  const std::string& t = e.tokens[0];
  errno = 0;
  char* end = nullptr;
  const long v = std::strtol(t.c_str(), &end, 0);
  if (t.empty() || *end != '\0' || errno == ERANGE || v < 0 || v > INT_MAX)
    throw ParseError(f.name, e.line, e.key, "'" + t + "' is not a non-negative integer");
  return static_cast<int>(v);
}

// Splits "harq_output12" into ("harq_output", 12); returns false when not a payload key.
bool payload_key(const std::string& key, std::string& prefix, int& index) {
  // Longest prefix first so "output" does not claim "soft_output3".
  std::vector<std::string> prefixes = kPayloadPrefixes;
  std::sort(prefixes.begin(), prefixes.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
  for (const auto& p : prefixes) {
    if (key.rfind(p, 0) != 0 || key.size() == p.size()) continue;
    const std::string digits = key.substr(p.size());
    if (!std::all_of(digits.begin(), digits.end(), ::isdigit)) return false;
    prefix = p;
    index = std::atoi(digits.c_str());
    return true;
  }
  return false;
}

std::vector<Bytes>* segments(LdpcVector& v, const std::string& prefix) {
  if (prefix == "input") return &v.input;
  if (prefix == "output") return &v.output;
  if (prefix == "soft_output") return &v.soft_output;
  if (prefix == "harq_input") return &v.harq_input;
  return &v.harq_output;
}

}  // namespace

const std::vector<std::string>& ldpc_flag_names(LdpcOpType op) {
  static const std::vector<std::string> enc = {
      "RTE_BBDEV_LDPC_INTERLEAVER_BYPASS", "RTE_BBDEV_LDPC_RATE_MATCH",
      "RTE_BBDEV_LDPC_CRC_24A_ATTACH",     "RTE_BBDEV_LDPC_CRC_24B_ATTACH",
      "RTE_BBDEV_LDPC_CRC_16_ATTACH",      "RTE_BBDEV_LDPC_ENC_INTERRUPTS",
      "RTE_BBDEV_LDPC_ENC_SCATTER_GATHER", "RTE_BBDEV_LDPC_ENC_CONCATENATION"};
  static const std::vector<std::string> dec = {
      "RTE_BBDEV_LDPC_CRC_TYPE_24A_CHECK",
      "RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK",
      "RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP",
      "RTE_BBDEV_LDPC_CRC_TYPE_16_CHECK",
      "RTE_BBDEV_LDPC_DEINTERLEAVER_BYPASS",
      "RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE",
      "RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE",
      "RTE_BBDEV_LDPC_DECODE_BYPASS",
      "RTE_BBDEV_LDPC_SOFT_OUT_ENABLE",
      "RTE_BBDEV_LDPC_SOFT_OUT_RM_BYPASS",
      "RTE_BBDEV_LDPC_SOFT_OUT_DEINTERLEAVER_BYPASS",
      "RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE",
      "RTE_BBDEV_LDPC_DEC_INTERRUPTS",
      "RTE_BBDEV_LDPC_DEC_SCATTER_GATHER",
      "RTE_BBDEV_LDPC_HARQ_6BIT_COMPRESSION",
      "RTE_BBDEV_LDPC_LLR_COMPRESSION",
      "RTE_BBDEV_LDPC_INTERNAL_HARQ_MEMORY_IN_ENABLE",
      "RTE_BBDEV_LDPC_INTERNAL_HARQ_MEMORY_OUT_ENABLE",
      "RTE_BBDEV_LDPC_INTERNAL_HARQ_MEMORY_LOOPBACK",
      "RTE_BBDEV_LDPC_INTERNAL_HARQ_MEMORY_FILLERS"};
  return op == LdpcOpType::Encode ? enc : dec;
}

const std::vector<std::string>& ldpc_status_names() {
  static const std::vector<std::string> names = {"OK", "SYN", "CRC", "SYNCRC", "DMA", "FCW"};
  return names;
}

bool LdpcVector::has_flag(const std::string& name) const { return contains(op_flags, name); }

LdpcVector LdpcVector::from_file(const BbdevFile& f) {
  LdpcVector v;
  v.comments = f.comments;
  const BbdevEntry* op = f.find("op_type");
  if (!op) throw ParseError(f.name, 0, "op_type", "missing required key");
  if (op->tokens.size() != 1) throw ParseError(f.name, op->line, "op_type", "expects one value");
  if (op->tokens[0] == kEncodeOp)
    v.op = LdpcOpType::Encode;
  else if (op->tokens[0] == kDecodeOp)
    v.op = LdpcOpType::Decode;
  else
    throw ParseError(f.name, op->line, "op_type",
                     "'" + op->tokens[0] + "' is not supported: allowed " + kEncodeOp + " or " + kDecodeOp);

  const std::map<std::string, int*> ints = {
      {"basegraph", &v.basegraph}, {"z_c", &v.z_c},           {"n_cb", &v.n_cb},
      {"q_m", &v.q_m},             {"n_filler", &v.n_filler}, {"rv_index", &v.rv_index},
      {"code_block_mode", &v.code_block_mode}, {"e", &v.e}};
  const std::map<std::string, std::optional<int>*> optional_ints = {
      {"ea", &v.ea}, {"eb", &v.eb}, {"c", &v.c}, {"cab", &v.cab}, {"r", &v.r},
      {"iter_max", &v.iter_max}, {"expected_iter_count", &v.expected_iter_count}};

  for (const auto& e : f.entries) {
    std::string prefix;
    int index = 0;
    if (e.key == "op_type") continue;
    if (payload_key(e.key, prefix, index)) {
      auto* seg = segments(v, prefix);
      if (index != static_cast<int>(seg->size()))
        throw ParseError(f.name, e.line, e.key,
                         "segments must be numbered in order: expected " + prefix + std::to_string(seg->size()));
      seg->push_back(words_to_bytes(e, f.name));
    } else if (auto it = ints.find(e.key); it != ints.end()) {
      *it->second = parse_int(f, e);
    } else if (auto jt = optional_ints.find(e.key); jt != optional_ints.end()) {
      *jt->second = parse_int(f, e);
    } else if (e.key == "op_flags") {
      for (const auto& t : e.tokens) {
        if (!contains(ldpc_flag_names(v.op), t))
          throw ParseError(f.name, e.line, e.key, "unknown flag '" + t + "' for " + op->tokens[0]);
        v.op_flags.push_back(t);
      }
    } else if (e.key == "expected_status") {
      if (e.tokens.size() != 1 || !contains(ldpc_status_names(), e.tokens[0]))
        throw ParseError(f.name, e.line, e.key, "expects one of OK, SYN, CRC, SYNCRC, DMA, FCW");
      v.expected_status = e.tokens[0];
    } else {
      throw ParseError(f.name, e.line, e.key, "unknown key for an LDPC vector");
    }
  }

  std::vector<std::string> required = {"input0", "output0", "basegraph", "z_c", "q_m",
                                       "n_filler", "rv_index", "expected_status"};
  const BbdevEntry* mode = f.find("code_block_mode");
  if (mode && v.code_block_mode == 0) {
    for (const char* k : {"ea", "eb", "c", "cab", "r"}) required.emplace_back(k);
  } else {
    required.emplace_back("e");
  }
  if (v.has_flag("RTE_BBDEV_LDPC_RATE_MATCH") || v.op == LdpcOpType::Decode) required.emplace_back("n_cb");
  for (const auto& k : required)
    if (!f.find(k)) throw ParseError(f.name, 0, k, "missing required key");
  if (v.code_block_mode > 1)
    throw ParseError(f.name, mode->line, "code_block_mode", "must be 0 (transport block) or 1 (code block)");
  return v;
}

BbdevFile LdpcVector::to_file(const std::string& name) const {
  BbdevFile f;
  f.name = name;
  f.comments = comments;
  auto add = [&f](const std::string& key, std::vector<std::string> tokens) {
    f.entries.push_back(BbdevEntry{key, std::move(tokens), 0});
  };
  auto add_int = [&add](const std::string& key, int value) { add(key, {std::to_string(value)}); };
  add("op_type", {op == LdpcOpType::Encode ? kEncodeOp : kDecodeOp});
  auto add_segments = [&add](const std::string& prefix, const std::vector<Bytes>& segs) {
    for (std::size_t i = 0; i < segs.size(); ++i) add(prefix + std::to_string(i), bytes_to_words(segs[i]));
  };
  add_segments("input", input);
  add_segments("soft_output", soft_output);
  add_segments("harq_input", harq_input);
  add_segments("output", output);
  add_segments("harq_output", harq_output);
  add_int("basegraph", basegraph);
  add_int("z_c", z_c);
  add_int("n_cb", n_cb);
  add_int("q_m", q_m);
  add_int("n_filler", n_filler);
  if (code_block_mode == 0) {
    for (auto [k, val] : {std::pair{"ea", ea}, {"eb", eb}, {"c", c}, {"cab", cab}, {"r", r}})
      if (val) add_int(k, *val);
  } else {
    add_int("e", e);
  }
  add_int("rv_index", rv_index);
  add_int("code_block_mode", code_block_mode);
  if (iter_max) add_int("iter_max", *iter_max);
  if (expected_iter_count) add_int("expected_iter_count", *expected_iter_count);
  if (!op_flags.empty()) add("op_flags", op_flags);
  add("expected_status", {expected_status});
  return f;
}

}  // namespace bbkit::vectors
