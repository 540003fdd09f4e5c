// SPDX-License-Identifier: Apache-2.0
// One polar code block of TS 38.212: mother code length (5.3.1), frozen, information and
// parity-check positions (5.3.1.2), input interleaver (5.3.1.1), and the rate matcher as one
// index map (sub-block interleaver 5.4.1.1, bit selection 5.4.1.2, channel interleaver
// 5.4.1.3). Everything a block encoder or decoder needs is derived here, once, from
// (K, E, n_max, n_PC, n_PC_wm, I_IL, I_BIL).
#pragma once

#include <cstdint>
#include <vector>

#include "bbkit/common/bits.h"

namespace bbkit::polar {

enum class RateMatching { Puncturing, Shortening, Repetition };
const char* rate_matching_name(RateMatching rm);

/// What 38.212 needs to construct one code block.
struct BlockParams {
  int k = 0;                     // K: bits to encode, CRC included, PC bits excluded
  int e = 0;                     // E: rate-matched output length of the block
  int n_max = 10;                // 9 downlink (PBCH, DCI), 10 uplink (UCI)
  int n_pc = 0;                  // parity-check bits: 0, or 3 for UCI with 12 <= A <= 19
  int n_pc_wm = 0;               // of which placed at minimum row weight: 0 or 1
  bool input_interleaver = false;    // I_IL: 1 for PBCH and DCI
  bool channel_interleaver = false;  // I_BIL: 1 for UCI
};

/// Kind of each bit u_i of the encoder input.
enum class BitKind : std::uint8_t { Frozen = 0, Info = 1, ParityCheck = 2 };

struct PolarCode {
  BlockParams params;
  int n = 0;                           // log2 N
  int big_n = 0;                       // N, the mother code length
  RateMatching rate_matching = RateMatching::Repetition;
  std::vector<BitKind> kind;           // size N
  std::vector<int> info_positions;     // the K positions carrying c'_k, ascending
  std::vector<int> pc_positions;       // the n_PC parity-check positions, ascending
  std::vector<int> input_interleaver;  // Pi(k), c'_k = c_Pi(k); empty when I_IL = 0
  /// transmit_map[k] = index into the mother codeword d of the k-th transmitted bit f_k.
  std::vector<int> transmit_map;       // size E
};

/// log2 of the mother code length for K bits to E bits (5.3.1, n_min = 5, R_min = 1/8).
int mother_code_log2(int k, int e, int n_max);

/// Constructs the block. Throws InvalidParameter when E is outside 1..8192 or too small to
/// carry K + n_PC bits, or K is outside 1..N.
PolarCode make_polar_code(const BlockParams& params);

/// The 38.212 5.3.1.2 parity-check register: y0..y4 in bits 0..4, rotated left one place
/// (y0 <- y1, ..., y4 <- y0) before every bit u_i.
inline std::uint8_t pc_rotate(std::uint8_t y) {
  return static_cast<std::uint8_t>(((y >> 1) | ((y & 1u) << 4)) & 0x1Fu);
}

/// c (K bits) -> f (E bits): input interleaving, u assembly with PC bits, u G_N, rate matching.
Bits encode_block(const PolarCode& code, const Bits& c);

/// d = u G_N with G_N the n-fold Kronecker power of [1 0; 1 1], in place.
void polar_transform(std::uint8_t* bits, int big_n);

}  // namespace bbkit::polar
