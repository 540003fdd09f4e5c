// SPDX-License-Identifier: Apache-2.0
// LDPC decoder kernels: read the E LLRs, dematch them into the Ncb soft buffer with HARQ
// combining, decode layered (box-plus check node, or min-sum) over Zc lanes in parallel (one
// base-graph edge per clock per pass), check syndrome and CRC after each iteration, write the
// hard bits. One DATAFLOW region: five processes behind the memory-mapped top, three behind the
// streaming (axis) top. The arithmetic is docs/fixed-point.md (LDPC decoder) exactly.
#include "bbkit/hls/ldpc/cb_address.h"
#include "bbkit/hls/ldpc/check_node.h"
#include "bbkit/hls/ldpc/crc.h"
#include "bbkit/hls/ldpc/cyclic_shift.h"
#include "bbkit/hls/ldpc/kernels.h"
#include "bbkit/hls/ldpc/lifted_graph.h"

namespace bbkit::ldpc_hls {
namespace {

struct DecArgs {
  int bg, zc, ils, k_prime, n_cb, e, qm, rv, layers, max_iter, crc, scale_num, scale_shift, offset;
  bool early_stop, crc_early_stop, drop_crc, harq_combine, harq_out, min_sum;
  int k, fb, fe, fe_word, fe_lane, out_bits;  // fe_word/fe_lane: fe as (word, lane)
};

bool make_args(int bg, int zc, int k_prime, int n_cb, int e, int qm, int rv, int layers, int max_iter, int flags,
               int crc, int scale_num, int scale_shift, int offset, DecArgs& a) {
  a.bg = bg;
  a.zc = zc;
  a.ils = lifting_set(zc);
  if ((bg != 1 && bg != 2) || a.ils < 0) return false;
  a.k = (bg == 1 ? 22 : 10) * zc;
  const int n = (bg == 1 ? 66 : 50) * zc;
  const int rows = bg == 1 ? 46 : 42;
  const int crc_len = crc == kCrc24A || crc == kCrc24B ? 24 : (crc == kCrc16 ? 16 : 0);
  const bool qm_ok = qm == 1 || qm == 2 || qm == 4 || qm == 6 || qm == 8 || qm == 10;
  if (crc < kCrcNone || crc > kCrc16 || k_prime <= 2 * zc || k_prime > a.k || k_prime <= crc_len) return false;
  if (n_cb < a.k - 2 * zc || n_cb > n || rv < 0 || rv > 3 || !qm_ok) return false;
  if (e < 0 || e > kEmax || e % qm != 0 || layers < 4 || layers > rows) return false;
  if (max_iter < 1 || max_iter > kMaxIterations || scale_shift < 0 || scale_shift > 8) return false;
  if (scale_num < 1 || scale_num > (1 << scale_shift) || offset < 0 || offset > 15) return false;
  a.k_prime = k_prime;
  a.n_cb = n_cb;
  a.e = e;
  a.qm = qm;
  a.rv = rv;
  a.layers = layers;
  a.max_iter = max_iter;
  a.crc = crc;
  a.scale_num = scale_num;
  a.scale_shift = scale_shift;
  a.offset = offset;
  a.early_stop = (flags & kDecEarlyStop) != 0;
  a.crc_early_stop = (flags & kDecCrcEarlyStop) != 0;
  a.drop_crc = (flags & kDecDropCrc) != 0 && crc != kCrcNone;
  a.harq_combine = (flags & kDecHarqCombine) != 0;
  a.harq_out = (flags & kDecHarqOut) != 0;
  a.min_sum = (flags & kDecMinSum) != 0;
  a.fb = k_prime - 2 * zc;
  a.fe = a.k - 2 * zc;
  a.fe_word = a.fe / zc;
  a.fe_lane = a.fe % zc;
  a.out_bits = k_prime - (a.drop_crc ? crc_len : 0);
  return true;
}

void dec_read_llr(const ChannelLlr* llr, DecArgs a, hls::stream<ChannelLlr>& out) {
READ_LLR:
  for (int k = 0; k < a.e; ++k) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 0 max = 524288
    const ChannelLlr v = llr[k];
    out.write(v < -kChannelMax ? ChannelLlr(-kChannelMax) : v);  // -128 is read as -127
  }
}

// The soft buffer as Zc-lane words: position j of d is lane j mod Zc of word j / Zc.
using SoftBuffer = ChannelLlr[kColsMax - 2][kZmax];

// A fresh buffer: zeros, fillers known to be 0 (+max).
void soft_clear(SoftBuffer& buf, const DecArgs& a) {
SOFT_CLEAR:
  for (int w = 0; w < (a.n_cb + a.zc - 1) / a.zc; ++w) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 8 max = 66
    const int base = w * a.zc;
  SOFT_CLEAR_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      const int j = base + z;
      buf[w][z] = j >= a.fb && j < a.fe && z < a.zc ? kChannelMax : 0;
    }
  }
}

// Combining saturates after every addition, in transmission order (as the golden model).
// Consecutive LLRs can land on the same position (repetition with E/Qm a multiple of the live
// buffer length), a read-after-write through the buffer memory: the last two writes are
// forwarded from registers, which covers the memory's read latency and lets the loop run at
// II = 1 with the false inter-iteration dependence declared.
void soft_combine(SoftBuffer& buf, const DecArgs& a, hls::stream<ChannelLlr>& llr) {
  CbAddressGen gen;
  gen.init(rv_start_position(a.bg, a.zc, a.n_cb, a.rv), a.n_cb, a.zc, a.fb, a.fe, a.e > 0 ? a.e : a.qm, a.qm);
  int pos1 = -1, val1 = 0;  // the last write
  int pos2 = -1, val2 = 0;  // the one before
DEMATCH:
  for (int k = 0; k < a.e; ++k) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 0 max = 524288
#pragma HLS DEPENDENCE variable = buf inter false
    const CbAddress at = gen.next();
    const int old = at.pos == pos1 ? val1 : (at.pos == pos2 ? val2 : buf[at.word][at.lane].to_int());
    const int sum = saturate_symmetric(old + llr.read().to_int(), kChannelMax);
    buf[at.word][at.lane] = sum;
    pos2 = pos1;
    val2 = val1;
    pos1 = at.pos;
    val1 = sum;
  }
}

void soft_out(const SoftBuffer& buf, const DecArgs& a, hls::stream<LlrWord>& soft) {
SOFT_OUT:
  for (int w = 0; w < (a.n_cb + a.zc - 1) / a.zc; ++w) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 8 max = 66
    LlrWord word;
  SOFT_OUT_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      word.lane[z] = buf[w][z];
    }
    soft.write(word);
  }
}

// Walks the soft-buffer positions a HARQ buffer holds: 0 .. Ncb - 1 without the filler window
// [fb, fe), as (word, lane) with no division in the loop.
struct HarqWalk {
  int w = 0, l = 0, j = 0;
  void next(const DecArgs& a) {
    ++j;
    if (++l == a.zc) {
      l = 0;
      ++w;
    }
    if (j == a.fb) {
      j = a.fe;
      w = a.fe_word;
      l = a.fe_lane;
    }
  }
};

// Rate dematching with the HARQ soft buffer in device memory (memory-mapped kernel). The HARQ
// buffer is the card contract's layout: the Ncb - F non-filler soft-buffer LLRs in circular-buffer
// order (docs/card-contract.md, HARQ buffer); fillers stay at +max whatever the input held.
void dec_rate_dematch(const ChannelLlr* harq_in, ChannelLlr* harq_out, DecArgs a, hls::stream<ChannelLlr>& llr,
                      hls::stream<LlrWord>& soft) {
  static SoftBuffer buf;
#pragma HLS ARRAY_PARTITION variable = buf complete dim = 2
  soft_clear(buf, a);
  const int harq_len = a.n_cb - (a.fe - a.fb);
  if (a.harq_combine) {
    HarqWalk at;
  HARQ_IN:
    for (int h = 0; h < harq_len; ++h) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 16 max = 25344
      const ChannelLlr v = harq_in[h];
      buf[at.w][at.l] = v < -kChannelMax ? ChannelLlr(-kChannelMax) : v;  // -128 is read as -127
      at.next(a);
    }
  }
  soft_combine(buf, a, llr);
  if (a.harq_out) {
    HarqWalk at;
  HARQ_OUT:
    for (int h = 0; h < harq_len; ++h) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 16 max = 25344
      harq_out[h] = buf[at.w][at.l];
      at.next(a);
    }
  }
  soft_out(buf, a, soft);
}

// Rate dematching into a fresh soft buffer (streaming kernel: no HARQ memory).
void dec_rate_dematch_fresh(DecArgs a, hls::stream<ChannelLlr>& llr, hls::stream<LlrWord>& soft) {
  static SoftBuffer buf;
#pragma HLS ARRAY_PARTITION variable = buf complete dim = 2
  soft_clear(buf, a);
  soft_combine(buf, a, llr);
  soft_out(buf, a, soft);
}

// One layer: Q = APP - R_old for every edge (gather), new check states, APP = Q + R_new (scatter).
void decode_layer(const KernelGraph& g, int r, const DecArgs& a, AppLlr app[kColsMax][kZmax],
                  CheckState cn[kRowsMax][kZmax], AppLlr q[kDegMax][kZmax]) {
  const int base = g.row_start[r];
  const int deg = g.row_start[r + 1] - base;
  const int zc = a.zc;
  MinSearch ms[kZmax];
#pragma HLS ARRAY_PARTITION variable = ms complete
GATHER:
  for (int k = 0; k < deg; ++k) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 3 max = 19
    AppLlr rot[kZmax];
#pragma HLS ARRAY_PARTITION variable = rot complete
    cyclic_shift(app[g.col[base + k]], rot, g.shift[base + k], zc);
  GATHER_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      const AppLlr qv = saturate_symmetric(rot[z].to_int() - check_message(cn[r][z], k).to_int(), kAppMax);
      q[k][z] = qv;
      min_search_add(ms[z], qv, k, a.min_sum);
    }
  }
NORMALIZE_LANES:
  for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
    cn[r][z] = min_search_result(ms[z], a.scale_num, a.scale_shift, a.offset);
  }
SCATTER:
  for (int k = 0; k < deg; ++k) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 3 max = 19
    AppLlr upd[kZmax], back[kZmax];
#pragma HLS ARRAY_PARTITION variable = upd complete
#pragma HLS ARRAY_PARTITION variable = back complete
  SCATTER_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      upd[z] = saturate_symmetric(q[k][z].to_int() + check_message(cn[r][z], k).to_int(), kAppMax);
    }
    cyclic_unshift(upd, back, g.shift[base + k], zc);
  WRITE_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      if (z < zc) app[g.col[base + k]][z] = back[z];
    }
  }
}

// H c = 0 over the first `layers` rows, c the hard decisions of the APP.
bool syndrome_ok(const KernelGraph& g, const DecArgs& a, const AppLlr app[kColsMax][kZmax]) {
  bool ok = true;
SYN_ROWS:
  for (int r = 0; r < a.layers; ++r) {
#pragma HLS LOOP_TRIPCOUNT min = 4 max = 46
    Bit parity[kZmax];
#pragma HLS ARRAY_PARTITION variable = parity complete
  SYN_CLEAR:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      parity[z] = 0;
    }
  SYN_EDGES:
    for (int e = g.row_start[r]; e < g.row_start[r + 1]; ++e) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 3 max = 19
      Bit hard[kZmax], rot[kZmax];
#pragma HLS ARRAY_PARTITION variable = hard complete
#pragma HLS ARRAY_PARTITION variable = rot complete
    SYN_HARD:
      for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
        hard[z] = app[g.col[e]][z] < 0 ? 1 : 0;
      }
      cyclic_shift(hard, rot, g.shift[e], a.zc);
    SYN_XOR:
      for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
        parity[z] = parity[z] ^ rot[z];
      }
    }
  SYN_CHECK:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      if (z < a.zc && parity[z] != 0) ok = false;
    }
  }
  return ok;
}

// CRC over the K' hard decisions, eight per clock (a byte spans several columns when Zc < 8).
bool crc_ok(const DecArgs& a, const AppLlr app[kColsMax][kZmax]) {
  CrcUnit crc;
  crc.configure(a.crc);
  int col = 0, lane = 0;
CRC_BYTES:
  for (int i = 0; i < (a.k_prime + 7) / 8; ++i) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 3 max = 1056
  CRC_BITS:
    for (int b = 0; b < 8; ++b) {
#pragma HLS UNROLL
      int c = col, l = lane + b;
    CRC_WRAP:
      for (int u = 0; u < 8; ++u) {
        if (l >= a.zc) {
          l -= a.zc;
          ++c;
        }
      }
      if (8 * i + b < a.k_prime) crc.push(app[c][l] < 0);
    }
    lane += 8;
  CRC_ADVANCE:
    for (int u = 0; u < 8; ++u) {
      if (lane >= a.zc) {
        lane -= a.zc;
        ++col;
      }
    }
  }
  return crc.zero();
}

void dec_core(DecArgs a, hls::stream<LlrWord>& soft, hls::stream<BitWord>& hard, hls::stream<int>& result) {
  static AppLlr app[kColsMax][kZmax];
#pragma HLS ARRAY_PARTITION variable = app complete dim = 2
  static CheckState cn[kRowsMax][kZmax];
#pragma HLS ARRAY_PARTITION variable = cn complete dim = 2
  static AppLlr q[kDegMax][kZmax];
#pragma HLS ARRAY_PARTITION variable = q complete dim = 2
  static KernelGraph g;
  load_graph(a.bg, a.zc, a.ils, g);

APP_CLEAR:
  for (int c = 0; c < kColsMax; ++c) {
#pragma HLS PIPELINE II = 1
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      app[c][z] = 0;
    }
  }
CN_CLEAR:
  for (int r = 0; r < kRowsMax; ++r) {
#pragma HLS PIPELINE II = 1
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      cn[r][z] = CheckState();
    }
  }
  // APP from the channel, a word (column) per clock: punctured columns 0, 1 and positions past
  // Ncb stay 0; fillers are known bits (+max).
APP_LOAD:
  for (int w = 0; w < (a.n_cb + a.zc - 1) / a.zc; ++w) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 8 max = 66
    const LlrWord word = soft.read();
    const int base = w * a.zc;
  APP_LOAD_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      const int j = base + z;
      if (z < a.zc && j < a.n_cb) app[w + 2][z] = j >= a.fb && j < a.fe ? AppLlr(kAppMax) : AppLlr(word.lane[z]);
    }
  }

  int iterations = 0;
  bool syndrome = false, crc_pass = false;
ITERATIONS:
  for (int it = 1; it <= kMaxIterations; ++it) {
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 8
    if (it > a.max_iter) break;
  LAYERS:
    for (int r = 0; r < a.layers; ++r) {
#pragma HLS LOOP_TRIPCOUNT min = 4 max = 46
      decode_layer(g, r, a, app, cn, q);
    }
    iterations = it;
    if (!(a.early_stop || a.crc_early_stop || it == a.max_iter)) continue;
    syndrome = syndrome_ok(g, a, app);
    if (a.crc != kCrcNone) crc_pass = crc_ok(a, app);
    if ((a.early_stop && syndrome) || (a.crc != kCrcNone && a.crc_early_stop && crc_pass)) break;
  }

HARD_OUT:
  for (int w = 0; w < (a.out_bits + a.zc - 1) / a.zc; ++w) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 22
    BitWord word;
  HARD_OUT_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      word.lane[z] = app[w][z] < 0 ? 1 : 0;
    }
    hard.write(word);
  }
  int status = syndrome ? 0 : kStatusSyndromeError;
  if (a.crc != kCrcNone) status |= kStatusCrcChecked | (crc_pass ? 0 : kStatusCrcError);
  result.write(iterations);
  result.write(status);
}

// Hard bits packed MSB first into bytes, then the iteration count and status.
void dec_pack_output(DecArgs a, hls::stream<BitWord>& hard, hls::stream<int>& result, hls::stream<Byte>& bytes,
                     int* iterations, int* status) {
  static Bit bits[kInfoColsMax][kZmax];
#pragma HLS ARRAY_PARTITION variable = bits complete dim = 2
HARD_IN:
  for (int w = 0; w < (a.out_bits + a.zc - 1) / a.zc; ++w) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 22
    const BitWord word = hard.read();
  HARD_IN_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      bits[w][z] = word.lane[z];
    }
  }
  // Eight bits per clock, MSB first; a byte may span several columns when Zc < 8.
  int col = 0, lane = 0;
PACK_HARD:
  for (int i = 0; i < (a.out_bits + 7) / 8; ++i) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 1056
    Byte v = 0;
  PACK_BITS:
    for (int b = 0; b < 8; ++b) {
#pragma HLS UNROLL
      int c = col, l = lane + b;
    PACK_WRAP:
      for (int u = 0; u < 8; ++u) {
        if (l >= a.zc) {
          l -= a.zc;
          ++c;
        }
      }
      const bool bit = 8 * i + b < a.out_bits && bits[c][l] != 0;
      v = (v << 1) | (bit ? 1 : 0);
    }
    bytes.write(v);
    lane += 8;
  PACK_ADVANCE:
    for (int u = 0; u < 8; ++u) {
      if (lane >= a.zc) {
        lane -= a.zc;
        ++col;
      }
    }
  }
  *iterations = result.read();
  *status = result.read();
}

void dec_store_bytes(Byte* out, DecArgs a, hls::stream<Byte>& bytes) {
STORE_HARD:
  for (int i = 0; i < (a.out_bits + 7) / 8; ++i) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 1056
    out[i] = bytes.read();
  }
}

void dec_dataflow(const ChannelLlr* llr, const ChannelLlr* harq_in, ChannelLlr* harq_out, Byte* hard, DecArgs a,
                  int* iterations, int* status) {
#pragma HLS DATAFLOW
  hls::stream<ChannelLlr, 64> llr_s("dec_llr");
  hls::stream<LlrWord, 2> soft_s("dec_soft");
  hls::stream<BitWord, 2> hard_s("dec_hard");
  hls::stream<int, 2> result_s("dec_result");
  hls::stream<Byte, 64> bytes_s("dec_bytes");
  dec_read_llr(llr, a, llr_s);
  dec_rate_dematch(harq_in, harq_out, a, llr_s, soft_s);
  dec_core(a, soft_s, hard_s, result_s);
  dec_pack_output(a, hard_s, result_s, bytes_s, iterations, status);
  dec_store_bytes(hard, a, bytes_s);
}

void dec_axis_dataflow(hls::stream<ChannelLlr>& llr, hls::stream<Byte>& hard, DecArgs a, int* iterations,
                       int* status) {
#pragma HLS DATAFLOW
  hls::stream<LlrWord, 2> soft_s("dec_axis_soft");
  hls::stream<BitWord, 2> hard_s("dec_axis_hard");
  hls::stream<int, 2> result_s("dec_axis_result");
  dec_rate_dematch_fresh(a, llr, soft_s);
  dec_core(a, soft_s, hard_s, result_s);
  dec_pack_output(a, hard_s, result_s, hard, iterations, status);
}

}  // namespace
}  // namespace bbkit::ldpc_hls

// The AXI4-Lite arguments both decoder tops share (code, decoder settings, results, return),
// once for the two: each top expands the list in its body.
#define BBKIT_LDPC_DEC_AXILITE_ARGS                                             \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = bg bundle = control)          \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = zc bundle = control)          \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = k_prime bundle = control)     \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = n_cb bundle = control)        \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = e bundle = control)           \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = qm bundle = control)          \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = rv bundle = control)          \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = layers bundle = control)      \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = max_iter bundle = control)    \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = flags bundle = control)       \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = crc_type bundle = control)    \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = scale_num bundle = control)   \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = scale_shift bundle = control) \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = offset bundle = control)      \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = iterations bundle = control)  \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = status bundle = control)      \
  BBKIT_HLS_PRAGMA(HLS INTERFACE s_axilite port = return bundle = control)

extern "C" void bbkit_ldpc_dec_kernel(const bbkit::ldpc_hls::ChannelLlr* llr,
                                      const bbkit::ldpc_hls::ChannelLlr* harq_in,
                                      bbkit::ldpc_hls::ChannelLlr* harq_out, bbkit::ldpc_hls::Byte* hard, int bg,
                                      int zc, int k_prime, int n_cb, int e, int qm, int rv, int layers, int max_iter,
                                      int flags, int crc_type, int scale_num, int scale_shift, int offset,
                                      int* iterations, int* status) {
  // depth= sizes the cosimulation memories for the largest block (E 2^19, Ncb 25344, K' 8448).
#pragma HLS INTERFACE m_axi port = llr offset = slave bundle = gmem0 depth = 524288 max_read_burst_length = 64
#pragma HLS INTERFACE m_axi port = harq_in offset = slave bundle = gmem1 depth = 25344 max_read_burst_length = 64
#pragma HLS INTERFACE m_axi port = harq_out offset = slave bundle = gmem2 depth = 25344 max_write_burst_length = 64
#pragma HLS INTERFACE m_axi port = hard offset = slave bundle = gmem3 depth = 1056 max_write_burst_length = 64
#pragma HLS INTERFACE s_axilite port = llr bundle = control
#pragma HLS INTERFACE s_axilite port = harq_in bundle = control
#pragma HLS INTERFACE s_axilite port = harq_out bundle = control
#pragma HLS INTERFACE s_axilite port = hard bundle = control
  BBKIT_LDPC_DEC_AXILITE_ARGS
  using namespace bbkit::ldpc_hls;
  DecArgs a;
  if (!make_args(bg, zc, k_prime, n_cb, e, qm, rv, layers, max_iter, flags, crc_type, scale_num, scale_shift, offset,
                 a)) {
    *iterations = 0;
    *status = kStatusBadArgument;
    return;
  }
  dec_dataflow(llr, harq_in, harq_out, hard, a, iterations, status);
}

extern "C" void bbkit_ldpc_dec_axis_kernel(hls::stream<bbkit::ldpc_hls::ChannelLlr>& llr_in,
                                           hls::stream<bbkit::ldpc_hls::Byte>& hard_out, int bg, int zc, int k_prime,
                                           int n_cb, int e, int qm, int rv, int layers, int max_iter, int flags,
                                           int crc_type, int scale_num, int scale_shift, int offset, int* iterations,
                                           int* status) {
#pragma HLS INTERFACE axis port = llr_in
#pragma HLS INTERFACE axis port = hard_out
  BBKIT_LDPC_DEC_AXILITE_ARGS
  using namespace bbkit::ldpc_hls;
  DecArgs a;
  const bool harq = (flags & (kDecHarqCombine | kDecHarqOut)) != 0;  // no HARQ memory here
  if (harq || !make_args(bg, zc, k_prime, n_cb, e, qm, rv, layers, max_iter, flags, crc_type, scale_num, scale_shift,
                         offset, a)) {
    *iterations = 0;
    *status = kStatusBadArgument;
    return;
  }
  dec_axis_dataflow(llr_in, hard_out, a, iterations, status);
}
