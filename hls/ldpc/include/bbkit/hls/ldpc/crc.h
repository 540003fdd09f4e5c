// SPDX-License-Identifier: Apache-2.0
// Bit-serial CRC of TS 38.212 5.1 (non-reflected, zero initial register, no final XOR), one bit
// per clock. The register is kept MSB-aligned in 24 bits so one datapath serves CRC16/24A/24B.
#pragma once

#include "bbkit/hls/ldpc/kernel_args.h"
#include "bbkit/hls/ldpc/limits.h"
#include "bbkit/hls/compat.h"

namespace bbkit::ldpc_hls {

struct CrcUnit {
  ap_uint<kCrcMaxLen> reg = 0;
  ap_uint<kCrcMaxLen> poly = 0;  // generator without D^L, shifted up by 24 - L
  int len = 0;                   // L; 0 = no CRC

  /// Generator polynomials of 38.212 5.1 (gCRC24A, gCRC24B, gCRC16).
  void configure(int sel) {
#pragma HLS INLINE
    len = sel == kCrc24A || sel == kCrc24B ? 24 : (sel == kCrc16 ? 16 : 0);
    const unsigned g = sel == kCrc24A ? 0x864CFBu : (sel == kCrc24B ? 0x800063u : (sel == kCrc16 ? 0x1021u : 0u));
    poly = ap_uint<kCrcMaxLen>(g << (kCrcMaxLen - (len == 0 ? kCrcMaxLen : len)));
    reg = 0;
  }
  /// Shifts one message bit through the divider.
  void push(bool b) {
#pragma HLS INLINE
    const bool feedback = reg[kCrcMaxLen - 1] != b;
    reg = reg << 1;
    if (feedback) reg = reg ^ poly;
  }
  /// Shifts out the next parity bit (after the message): p_0 first.
  bool pop() {
#pragma HLS INLINE
    const bool b = reg[kCrcMaxLen - 1];
    reg = reg << 1;
    return b;
  }
  /// True when the message pushed so far (parity included) leaves a zero remainder.
  bool zero() const { return reg == 0; }
};

}  // namespace bbkit::ldpc_hls
