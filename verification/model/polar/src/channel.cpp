// SPDX-License-Identifier: Apache-2.0
#include "bbkit/polar/channel.h"

#include <algorithm>
#include <cctype>

#include "bbkit/common/error.h"

namespace bbkit::polar {
namespace {
constexpr int kPbchA = 32;
constexpr int kPbchE = 864;
constexpr int kDciMinA = 12;         // 7.3.3.1: shorter DCI formats are zero-padded to 12
constexpr int kDciMaxA = 140;        // K = A + 24 <= 164 = K_IL^max
constexpr int kDciBitsPerCce = 108;  // 6 REGs x 9 data REs x 2 bits (QPSK)
constexpr int kUciMinA = 12;         // A <= 11 uses the small block codes of 5.3.3
constexpr int kUciMaxA = 1706;
constexpr int kUciMaxE = 16384;      // two segments of at most 8192
// 7.3.2: the DCI CRC is computed over 24 ones followed by the payload.
Bits with_ones_prefix(const Bits& bits) {
  Bits v(24 + bits.size(), 1);
  std::copy(bits.begin(), bits.end(), v.begin() + 24);
  return v;
}
}  // namespace

const char* channel_name(Channel c) {
  switch (c) {
    case Channel::Pbch: return "pbch";
    case Channel::Dci: return "dci";
    case Channel::Uci: return "uci";
  }
  return "?";
}

Channel channel_from_name(const std::string& name) {
  std::string n;
  for (char ch : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (n == "pbch") return Channel::Pbch;
  if (n == "dci") return Channel::Dci;
  if (n == "uci") return Channel::Uci;
  throw InvalidParameter("channel", name, "pbch, dci or uci");
}

ChannelPlan make_plan(const PolarConfig& config) {
  ChannelPlan plan;
  plan.config = config;
  BlockParams bp;
  switch (config.channel) {
    case Channel::Pbch: {
      require(config.a == kPbchA, "A", config.a, "32 for PBCH");
      require(config.e == 0 || config.e == kPbchE, "E", config.e, "864 for PBCH");
      plan.config.e = kPbchE;
      plan.crc = CrcType::Crc24C;
      plan.padded_a = kPbchA;
      bp = BlockParams{kPbchA + 24, kPbchE, 9, 0, 0, true, false};
      break;
    }
    case Channel::Dci: {
      require_range("A", config.a, 1, kDciMaxA);
      const int al = config.aggregation_level;
      require(al == 1 || al == 2 || al == 4 || al == 8 || al == 16, "aggregation level", al, "1, 2, 4, 8 or 16");
      require(config.e == 0 || config.e == kDciBitsPerCce * al, "E", config.e,
              "108 x aggregation level = " + std::to_string(kDciBitsPerCce * al) + " (or 0 to derive it)");
      plan.config.e = kDciBitsPerCce * al;
      plan.crc = CrcType::Crc24C;
      plan.padded_a = std::max(config.a, kDciMinA);
      bp = BlockParams{plan.padded_a + 24, plan.config.e, 9, 0, 0, true, false};
      break;
    }
    case Channel::Uci: {
      require_range("A", config.a, kUciMinA, kUciMaxA);
      require_range("E", config.e, 1, kUciMaxE);
      const int a = config.a;
      plan.crc = a >= 20 ? CrcType::Crc11 : CrcType::Crc6;
      plan.padded_a = a;
      plan.segments = (a >= 1013 || (a >= 360 && config.e >= 1088)) ? 2 : 1;  // I_seg, 6.3.1.2.1
      const int a_seg = (a + plan.segments - 1) / plan.segments;              // A' / C
      plan.filler = a_seg * plan.segments - a;
      const int l = crc_spec(plan.crc).length;
      const int k = a_seg + l;
      const int e_r = config.e / plan.segments;                               // 6.3.1.4.1
      require_range("E", e_r, 1, 8192);
      // 6.3.1.3.1: PC bits for 12 <= A <= 19; one at minimum row weight when E - K + 3 > 192.
      const int n_pc = a <= 19 ? 3 : 0;
      const int n_pc_wm = (n_pc > 0 && e_r - k + 3 > 192) ? 1 : 0;
      bp = BlockParams{k, e_r, 10, n_pc, n_pc_wm, false, true};
      break;
    }
  }
  plan.crc_length = crc_spec(plan.crc).length;
  const PolarCode code = make_polar_code(bp);
  plan.blocks.assign(static_cast<std::size_t>(plan.segments), code);
  plan.output_bits = plan.segments * bp.e;
  return plan;
}

Bits dci_crc_view(const Bits& block, std::uint16_t rnti) {
  Bits v = with_ones_prefix(block);
  for (int i = 0; i < 16 && static_cast<std::size_t>(i) < block.size(); ++i)
    v[v.size() - 16 + static_cast<std::size_t>(i)] ^= static_cast<std::uint8_t>((rnti >> (15 - i)) & 1u);
  return v;
}

std::vector<Bits> channel_blocks(const ChannelPlan& plan, const Bits& payload) {
  const auto a = static_cast<std::size_t>(plan.config.a);
  require(payload.size() == a, "payload bits", static_cast<std::int64_t>(payload.size()), "A = " + std::to_string(a));
  for (std::uint8_t b : payload) require(b <= 1, "payload bit", b, "0 or 1");
  std::vector<Bits> blocks;
  switch (plan.config.channel) {
    case Channel::Pbch: {
      Bits c = payload;
      crc_attach(plan.crc, c);
      blocks.push_back(std::move(c));
      break;
    }
    case Channel::Dci: {
      Bits c = payload;
      c.resize(static_cast<std::size_t>(plan.padded_a), 0);  // zeros appended up to 12 bits
      const std::uint32_t p = crc_bits(plan.crc, with_ones_prefix(c));
      for (int i = 23; i >= 0; --i) c.push_back(static_cast<std::uint8_t>((p >> i) & 1u));
      for (int i = 0; i < 16; ++i) c[c.size() - 16 + static_cast<std::size_t>(i)] ^= static_cast<std::uint8_t>((plan.config.rnti >> (15 - i)) & 1u);
      blocks.push_back(std::move(c));
      break;
    }
    case Channel::Uci: {
      Bits a_prime(static_cast<std::size_t>(plan.filler), 0);
      a_prime.insert(a_prime.end(), payload.begin(), payload.end());
      const std::size_t seg = a_prime.size() / static_cast<std::size_t>(plan.segments);
      for (int r = 0; r < plan.segments; ++r) {
        Bits c(a_prime.begin() + static_cast<std::ptrdiff_t>(seg * static_cast<std::size_t>(r)),
               a_prime.begin() + static_cast<std::ptrdiff_t>(seg * static_cast<std::size_t>(r + 1)));
        crc_attach(plan.crc, c);
        blocks.push_back(std::move(c));
      }
      break;
    }
  }
  return blocks;
}

bool block_crc_ok(const ChannelPlan& plan, const Bits& block) {
  if (plan.config.channel == Channel::Dci) return crc_check(plan.crc, dci_crc_view(block, plan.config.rnti));
  return crc_check(plan.crc, block);
}

Bits payload_from_blocks(const ChannelPlan& plan, const std::vector<Bits>& blocks) {
  Bits all;
  const auto l = static_cast<std::size_t>(plan.crc_length);
  for (const Bits& b : blocks) all.insert(all.end(), b.begin(), b.end() - static_cast<std::ptrdiff_t>(l));
  if (plan.config.channel == Channel::Uci) all.erase(all.begin(), all.begin() + plan.filler);
  all.resize(static_cast<std::size_t>(plan.config.a));  // drops DCI zero padding
  return all;
}

}  // namespace bbkit::polar
