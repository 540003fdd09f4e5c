// SPDX-License-Identifier: Apache-2.0
// The fixed tables of TS 38.212 polar coding: the reliability sequence (5.3.1.2), the input
// bit interleaver for downlink (5.3.1.1) and the rate-matching sub-block interleaver (5.4.1.1).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace bbkit::polar {

constexpr std::size_t kReliabilitySize = 1024;       // N_max
constexpr std::size_t kInputInterleaverSize = 164;   // K_IL^max
constexpr std::size_t kSubblockInterleaverSize = 32;

/// Table 5.3.1.2-1: bit indices, least reliable first.
extern const std::array<std::uint16_t, kReliabilitySize> kReliabilitySequence;
/// Table 5.3.1.1-1: Pi_IL^max(m), m = 0..163.
extern const std::array<std::uint8_t, kInputInterleaverSize> kInputInterleaverPattern;
/// Table 5.4.1.1-1: P(i), i = 0..31.
extern const std::array<std::uint8_t, kSubblockInterleaverSize> kSubblockInterleaverPattern;

}  // namespace bbkit::polar
