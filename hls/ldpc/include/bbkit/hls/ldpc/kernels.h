// SPDX-License-Identifier: Apache-2.0
// The LDPC kernel top functions: the argument lists a host passes (XRT kernel arguments, in
// order). Data moves over AXI4 masters, scalars and the ap_ctrl handshake over AXI4-Lite.
// Argument encodings (CRC selector, flags, status bits) are in kernel_args.h.
#pragma once

#include "bbkit/hls/ldpc/kernel_args.h"
#include "bbkit/hls/ldpc/types.h"

/// LDPC encoder with CRC attach and rate matching (TS 38.212 5.1, 5.3.2, 5.4.2), one code block.
///   in         K' - L information bits (L = CRC length, 0 without crc_type), packed MSB first
///   out        rate_match ? E rate-matched bits : the N = 66 Zc / 50 Zc bits of d (fillers 0),
///              packed MSB first, the last byte zero-padded
///   bg, zc     base graph 1|2 and lifting size (one of the 51)
///   k_prime    K', information bits with the CRC (2 Zc < K' <= K)
///   n_cb       circular buffer length, K - 2 Zc .. N
///   e, qm, rv  output length (multiple of qm, <= kEmax), modulation order, redundancy version
///   crc_type   CrcSel: the CRC appended to the K' - L input bits
///   rate_match 1: E bits; 0: bypass, d as is
///   status     0, or kStatusBadArgument when an argument is out of range (nothing is written)
extern "C" void bbkit_ldpc_enc_kernel(const bbkit::ldpc_hls::Byte* in, bbkit::ldpc_hls::Byte* out, int bg, int zc,
                                      int k_prime, int n_cb, int e, int qm, int rv, int crc_type, int rate_match,
                                      int* status);

/// LDPC decoder with rate dematching, HARQ combining and CRC check, one code block: layered
/// decoding with the integer box-plus check node (or min-sum), bit-exact to the golden model
/// (docs/fixed-point.md, LDPC decoder).
///   llr        E channel LLRs (8-bit, 2 fractional bits; -128 is read as -127)
///   harq_in    with kDecHarqCombine, the HARQ buffer the E LLRs are combined into: the Ncb - F
///              soft-buffer LLRs without the filler window, in circular-buffer order (the card
///              contract's HARQ layout, ldpc::store_harq; -128 is read as -127)
///   harq_out   with kDecHarqOut, the combined HARQ buffer, same layout (may be harq_in's buffer)
///   hard       K' decoded bits (K' - L with kDecDropCrc), packed MSB first
///   layers     base-graph rows to run (4 .. rows); the host derives it from the rv and E
///   max_iter   1 .. 100
///   flags      kDecEarlyStop | kDecCrcEarlyStop | kDecDropCrc | kDecHarqCombine | kDecHarqOut |
///              kDecMinSum (check rule min-sum; without it the golden default, box-plus)
///   crc_type   CrcSel to check over the K' hard bits
///   scale_num, scale_shift, offset   check-node magnitude clamp(((A * num) >> shift) - offset,
///              0, 127) of the rule's magnitude A: (1, 0, 0) is the golden default
///   iterations full iterations run
///   status     kStatusSyndromeError | kStatusCrcError | kStatusCrcChecked, or kStatusBadArgument
extern "C" void bbkit_ldpc_dec_kernel(const bbkit::ldpc_hls::ChannelLlr* llr,
                                      const bbkit::ldpc_hls::ChannelLlr* harq_in,
                                      bbkit::ldpc_hls::ChannelLlr* harq_out, bbkit::ldpc_hls::Byte* hard, int bg,
                                      int zc, int k_prime, int n_cb, int e, int qm, int rv, int layers, int max_iter,
                                      int flags, int crc_type, int scale_num, int scale_shift, int offset,
                                      int* iterations, int* status);

/// The decoder as a streaming kernel (AXI4-Stream in and out), for a chain on the card such as
/// demapper -> decoder -> MAC without a trip through device memory: the E LLRs arrive on
/// llr_in in transmission order, the packed hard bits leave on hard_out (ceil(K'/8) bytes, or
/// ceil((K' - L)/8) with kDecDropCrc). Same scalars as bbkit_ldpc_dec_kernel; no HARQ memory, so
/// kDecHarqCombine / kDecHarqOut are rejected. On kStatusBadArgument nothing is read or written.
extern "C" void bbkit_ldpc_dec_axis_kernel(hls::stream<bbkit::ldpc_hls::ChannelLlr>& llr_in,
                                           hls::stream<bbkit::ldpc_hls::Byte>& hard_out, int bg, int zc, int k_prime,
                                           int n_cb, int e, int qm, int rv, int layers, int max_iter, int flags,
                                           int crc_type, int scale_num, int scale_shift, int offset, int* iterations,
                                           int* status);
