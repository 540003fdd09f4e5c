// SPDX-License-Identifier: Apache-2.0
#include "op_flags.h"

#include <rte_bbdev_op.h>

#include <cstdio>

#include "bbkit/runtime/ldpc_exec.h"

namespace bbkit::dpdk {
namespace {

namespace f = card::ldpc_op_flags;

struct FlagPair {
  std::uint32_t bbdev;
  std::uint32_t card;
  const char* name;
};

constexpr FlagPair kDecode[] = {
    {RTE_BBDEV_LDPC_CRC_TYPE_24A_CHECK, f::kCrcType24aCheck, "RTE_BBDEV_LDPC_CRC_TYPE_24A_CHECK"},
    {RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK, f::kCrcType24bCheck, "RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK"},
    {RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP, f::kCrcType24bDrop, "RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP"},
    {RTE_BBDEV_LDPC_CRC_TYPE_16_CHECK, f::kCrcType16Check, "RTE_BBDEV_LDPC_CRC_TYPE_16_CHECK"},
    {RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE, f::kIterationStopEnable, "RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE"},
    {RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE, f::kHqCombineInEnable, "RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE"},
    {RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE, f::kHqCombineOutEnable, "RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE"},
    {RTE_BBDEV_LDPC_DEINTERLEAVER_BYPASS, f::kDeinterleaverBypass, "RTE_BBDEV_LDPC_DEINTERLEAVER_BYPASS"},
};
constexpr FlagPair kEncode[] = {
    {RTE_BBDEV_LDPC_CRC_24A_ATTACH, f::kCrc24aAttach, "RTE_BBDEV_LDPC_CRC_24A_ATTACH"},
    {RTE_BBDEV_LDPC_CRC_24B_ATTACH, f::kCrc24bAttach, "RTE_BBDEV_LDPC_CRC_24B_ATTACH"},
    {RTE_BBDEV_LDPC_CRC_16_ATTACH, f::kCrc16Attach, "RTE_BBDEV_LDPC_CRC_16_ATTACH"},
    {RTE_BBDEV_LDPC_RATE_MATCH, f::kRateMatch, "RTE_BBDEV_LDPC_RATE_MATCH"},
    {RTE_BBDEV_LDPC_INTERLEAVER_BYPASS, f::kInterleaverBypass, "RTE_BBDEV_LDPC_INTERLEAVER_BYPASS"},
};


}  // namespace

std::uint32_t card_flags(std::uint32_t bbdev_flags, bool decode, std::uint32_t& unmapped) {
  std::uint32_t out = 0;
  unmapped = bbdev_flags;
  auto map = [&](const auto& pairs) {
    for (const FlagPair& p : pairs)
      if (bbdev_flags & p.bbdev) {
        out |= p.card;
        unmapped &= ~p.bbdev;
      }
  };
  if (decode) map(kDecode); else map(kEncode);
  return out;
}

std::uint32_t supported_bbdev_flags(bool decode, const runtime::Capabilities& caps) {
  // A descriptor that passes the op-type, base graph and Zc checks, so that the flags check
  // is the first one that can fail; later failures (lengths) do not concern the flag.
  card::LdpcDesc d{};
  d.op_type = static_cast<std::uint8_t>(decode ? card::OpType::LdpcDec : card::OpType::LdpcEnc);
  d.basegraph = 1;
  d.z_c = static_cast<std::uint16_t>(caps.max_zc);
  d.iter_max = static_cast<std::uint8_t>(decode ? 1 : 0);
  const std::uint32_t base = decode ? 0 : f::kRateMatch;  // the runtime's encoder always rate-matches
  std::uint32_t out = 0;
  auto probe = [&](const auto& pairs) {
    for (const FlagPair& p : pairs) {
      d.op_flags = base | p.card;
      if (runtime::check_ldpc_desc(d, caps).code != card::ErrorCode::BadFlags) out |= p.bbdev;
    }
  };
  if (decode) probe(kDecode); else probe(kEncode);
  return out;
}

std::string bbdev_flag_names(std::uint32_t bbdev_flags, bool decode) {
  std::string out;
  auto add = [&](const char* name) { out += (out.empty() ? "" : "|") + std::string(name); };
  std::uint32_t rest = bbdev_flags;
  auto name = [&](const auto& pairs) {
    for (const FlagPair& p : pairs)
      if (bbdev_flags & p.bbdev) {
        add(p.name);
        rest &= ~p.bbdev;
      }
  };
  if (decode) name(kDecode); else name(kEncode);
  if (rest) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%X", rest);
    add(hex);
  }
  return out.empty() ? "none" : out;
}

}  // namespace bbkit::dpdk
