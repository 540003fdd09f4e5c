// SPDX-License-Identifier: Apache-2.0
// The three polar-coded channels of TS 38.212 and how each maps its payload onto code blocks:
// PBCH (7.1.4, 7.1.5), DCI (7.3.2 - 7.3.4) and UCI on PUCCH/PUSCH (6.3.1.2 - 6.3.1.5).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/common/crc.h"
#include "bbkit/polar/code.h"

namespace bbkit::polar {

enum class Channel { Pbch, Dci, Uci };
const char* channel_name(Channel c);
/// Parses pbch, dci, uci (any case). Throws InvalidParameter naming "channel".
Channel channel_from_name(const std::string& name);

/// A channel and its parameters: what both ends of a link agree on.
struct PolarConfig {
  Channel channel = Channel::Uci;
  int a = 0;                      // payload bits A: PBCH 32; DCI 1..140; UCI 12..1706
  int e = 0;                      // rate-matched bits E: PBCH 864 (0 = 864); DCI 108 x AL (0 = derive);
                                  // UCI: E_UCI, 18..16384 (each of two segments gets floor(E/2))
  int aggregation_level = 1;      // DCI only: 1, 2, 4, 8 or 16
  std::uint16_t rnti = 0;         // DCI only: masks the last 16 CRC bits
};

/// How a validated configuration maps onto code blocks.
struct ChannelPlan {
  PolarConfig config;             // with E filled in
  CrcType crc = CrcType::Crc24C;
  int crc_length = 24;
  int padded_a = 0;               // DCI: A zero-padded to at least 12; else A
  int segments = 1;               // UCI: 2 when I_seg = 1
  int filler = 0;                 // UCI segmentation: leading zeros when A is odd
  std::vector<PolarCode> blocks;  // one per segment (identical codes when two)
  int output_bits = 0;            // the channel's coded length (segments x E_r)
};

/// Validates `config` and derives everything else. Throws InvalidParameter naming the
/// parameter (channel, A, E, aggregation level) and its allowed range.
ChannelPlan make_plan(const PolarConfig& config);

/// The bits the CRC of a DCI is computed on: 24 ones then the (padded) payload and CRC with
/// the RNTI removed, so crc_check() on them tells whether the block is addressed to `rnti`.
Bits dci_crc_view(const Bits& block, std::uint16_t rnti);

/// The K-bit blocks c (payload + CRC, masked for DCI) the encoder of each block receives.
std::vector<Bits> channel_blocks(const ChannelPlan& plan, const Bits& payload);

/// True when a decoded block c of the plan passes its CRC (for DCI: after RNTI unmasking).
bool block_crc_ok(const ChannelPlan& plan, const Bits& block);

/// Payload bits from the decoded blocks: CRC, DCI padding and UCI filler removed.
Bits payload_from_blocks(const ChannelPlan& plan, const std::vector<Bits>& blocks);

}  // namespace bbkit::polar
