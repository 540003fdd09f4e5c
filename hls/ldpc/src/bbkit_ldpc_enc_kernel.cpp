// SPDX-License-Identifier: Apache-2.0
// LDPC encoder kernel: read the information bits and attach the CRC, encode with the lifted base
// graph (double-diagonal core, then one extension row per parity column), select and interleave
// the E rate-matched bits, write them. Four processes in one DATAFLOW region.
#include "bbkit/hls/ldpc/cb_address.h"
#include "bbkit/hls/ldpc/crc.h"
#include "bbkit/hls/ldpc/cyclic_shift.h"
#include "bbkit/hls/ldpc/kernels.h"
#include "bbkit/hls/ldpc/lifted_graph.h"

namespace bbkit::ldpc_hls {
namespace {

struct EncArgs {
  int bg, zc, ils, k_prime, payload, n_cb, e, qm, rv, crc, rate_match;
  int k, n, fb, fe, out_bits;
};

bool legal_qm(int qm) { return qm == 1 || qm == 2 || qm == 4 || qm == 6 || qm == 8 || qm == 10; }

bool make_args(int bg, int zc, int k_prime, int n_cb, int e, int qm, int rv, int crc, int rate_match, EncArgs& a) {
  a.bg = bg;
  a.zc = zc;
  a.ils = lifting_set(zc);
  if ((bg != 1 && bg != 2) || a.ils < 0) return false;
  a.k = (bg == 1 ? 22 : 10) * zc;
  a.n = (bg == 1 ? 66 : 50) * zc;
  const int crc_len = crc == kCrc24A || crc == kCrc24B ? 24 : (crc == kCrc16 ? 16 : 0);
  if (crc < kCrcNone || crc > kCrc16 || k_prime <= 2 * zc || k_prime > a.k || k_prime <= crc_len) return false;
  if (n_cb < a.k - 2 * zc || n_cb > a.n || rv < 0 || rv > 3 || !legal_qm(qm)) return false;
  if (rate_match && (e < qm || e > kEmax || e % qm != 0)) return false;
  a.k_prime = k_prime;
  a.payload = k_prime - crc_len;
  a.n_cb = n_cb;
  a.e = e;
  a.qm = qm;
  a.rv = rv;
  a.crc = crc;
  a.rate_match = rate_match;
  a.fb = k_prime - 2 * zc;
  a.fe = a.k - 2 * zc;
  a.out_bits = rate_match ? e : a.n;
  return true;
}

// acc ^= src cyclically shifted by s: one block of H times one column of the codeword.
void xor_shifted(Bit acc[kZmax], const Bit src[kZmax], int s, int zc) {
#pragma HLS INLINE
  Bit rot[kZmax];
#pragma HLS ARRAY_PARTITION variable = rot complete
  cyclic_shift(src, rot, s, zc);
XOR_LANES:
  for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
    acc[z] = acc[z] ^ rot[z];
  }
}

// dst[(z + s) mod zc] = v[z]: solves one block for its column.
void place_shifted(Bit dst[kZmax], const Bit v[kZmax], int s, int zc) {
#pragma HLS INLINE
  Bit rot[kZmax];
#pragma HLS ARRAY_PARTITION variable = rot complete
  cyclic_unshift(v, rot, s, zc);
PLACE_LANES:
  for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
    if (z < zc) dst[z] = rot[z];
  }
}

// K' = payload + CRC bits, eight per clock: payload bits from memory through the CRC divider,
// then the divider's parity bits; packed MSB first, the last byte zero-padded.
void enc_read_info(const Byte* in, EncArgs a, hls::stream<Byte>& info) {
  CrcUnit crc;
  crc.configure(a.crc);
READ_INFO:
  for (int i = 0; i < (a.k_prime + 7) / 8; ++i) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 1056
    const Byte src = 8 * i < a.payload ? in[i] : Byte(0);
    Byte out = 0;
  READ_INFO_BITS:
    for (int b = 0; b < 8; ++b) {
#pragma HLS UNROLL
      const int t = 8 * i + b;
      bool bit = false;
      if (t < a.payload) {
        bit = src[7 - b];
        crc.push(bit);
      } else if (t < a.k_prime) {
        bit = crc.pop();
      }
      out = (out << 1) | (bit ? 1 : 0);
    }
    info.write(out);
  }
}

void enc_core(EncArgs a, hls::stream<Byte>& info, hls::stream<BitWord>& d) {
  static Bit cw[kColsMax][kZmax];
#pragma HLS ARRAY_PARTITION variable = cw complete dim = 2
  static KernelGraph g;
  load_graph(a.bg, a.zc, a.ils, g);
  const int zc = a.zc;
  const int kb = g.info_cols;

CLEAR:
  for (int c = 0; c < kColsMax; ++c) {
#pragma HLS PIPELINE II = 1
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      cw[c][z] = 0;
    }
  }
  // Information bits into the lanes, eight per clock (a byte spans several columns when Zc < 8);
  // fillers K'..K-1 stay 0.
  int col = 0, lane = 0;
FILL:
  for (int i = 0; i < (a.k_prime + 7) / 8; ++i) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 1056
    const Byte byte = info.read();
  FILL_BITS:
    for (int b = 0; b < 8; ++b) {
#pragma HLS UNROLL
      int c = col, l = lane + b;
    FILL_WRAP:
      for (int u = 0; u < 8; ++u) {
        if (l >= zc) {
          l -= zc;
          ++c;
        }
      }
      if (8 * i + b < a.k_prime) cw[c][l] = byte[7 - b] ? 1 : 0;
    }
    lane += 8;
  FILL_ADVANCE:
    for (int u = 0; u < 8; ++u) {
      if (lane >= zc) {
        lane -= zc;
        ++col;
      }
    }
  }

  // Core rows 0..3: lambda_r = information part of row r.
  Bit lambda[4][kZmax];
#pragma HLS ARRAY_PARTITION variable = lambda complete dim = 2
LAMBDA_CLEAR:
  for (int r = 0; r < 4; ++r) {
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      lambda[r][z] = 0;
    }
  }
LAMBDA_ROWS:
  for (int r = 0; r < 4; ++r) {
  LAMBDA_EDGES:
    for (int e = g.row_start[r]; e < g.row_start[r + 1]; ++e) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 8 max = 19
      if (g.col[e] < kb) xor_shifted(lambda[r], cw[g.col[e]], g.shift[e], zc);
    }
  }

  // Summing the core rows cancels parity columns kb+1..kb+3 and the shifts of column kb that
  // occur twice, leaving the one of odd multiplicity: P^s p0 = sum of lambda.
  int distinct[4] = {-1, -1, -1, -1};
  int count[4] = {0, 0, 0, 0};
ODD_SHIFT_ROWS:
  for (int r = 0; r < 4; ++r) {
  ODD_SHIFT_EDGES:
    for (int e = g.row_start[r]; e < g.row_start[r + 1]; ++e) {
#pragma HLS LOOP_TRIPCOUNT min = 8 max = 19
      if (g.col[e] == kb) {
        bool done = false;
      ODD_SHIFT_SLOTS:
        for (int i = 0; i < 4; ++i) {
          if (!done && (distinct[i] == g.shift[e] || distinct[i] < 0)) {
            distinct[i] = g.shift[e];
            ++count[i];
            done = true;
          }
        }
      }
    }
  }
  int s0 = 0;
ODD_SHIFT_PICK:
  for (int i = 0; i < 4; ++i) {
    if (count[i] % 2 == 1) s0 = distinct[i];
  }
  Bit sum[kZmax];
#pragma HLS ARRAY_PARTITION variable = sum complete
SUM_LANES:
  for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
    sum[z] = lambda[0][z] ^ lambda[1][z] ^ lambda[2][z] ^ lambda[3][z];
  }
  place_shifted(cw[kb], sum, s0, zc);

  // The rest of the core: a row with exactly one unknown parity column solves it.
  bool known[4] = {true, false, false, false};
CORE_PASSES:
  for (int pass = 0; pass < 4; ++pass) {
  CORE_ROWS:
    for (int r = 0; r < 4; ++r) {
      int unknown = -1, n_unknown = 0;
    CORE_SCAN:
      for (int e = g.row_start[r]; e < g.row_start[r + 1]; ++e) {
#pragma HLS LOOP_TRIPCOUNT min = 8 max = 19
        const int c = g.col[e];
        if (c >= kb && c < kb + 4 && !known[c - kb]) {
          unknown = e;
          ++n_unknown;
        }
      }
      if (n_unknown != 1) continue;
      Bit acc[kZmax];
#pragma HLS ARRAY_PARTITION variable = acc complete
    CORE_ACC_INIT:
      for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
        acc[z] = lambda[r][z];
      }
    CORE_ACC:
      for (int e = g.row_start[r]; e < g.row_start[r + 1]; ++e) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 8 max = 19
        if (g.col[e] >= kb && e != unknown) xor_shifted(acc, cw[g.col[e]], g.shift[e], zc);
      }
      place_shifted(cw[g.col[unknown]], acc, g.shift[unknown], zc);
      known[g.col[unknown] - kb] = true;
    }
  }

  // Extension rows: row r >= 4 closes with its own parity column kb + r.
EXT_ROWS:
  for (int r = 4; r < g.rows; ++r) {
#pragma HLS LOOP_TRIPCOUNT min = 38 max = 42
    Bit acc[kZmax];
#pragma HLS ARRAY_PARTITION variable = acc complete
  EXT_CLEAR:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      acc[z] = 0;
    }
    int own = g.row_start[r];
  EXT_EDGES:
    for (int e = g.row_start[r]; e < g.row_start[r + 1]; ++e) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 3 max = 10
      if (g.col[e] == kb + r) {
        own = e;
      } else {
        xor_shifted(acc, cw[g.col[e]], g.shift[e], zc);
      }
    }
    place_shifted(cw[g.col[own]], acc, g.shift[own], zc);
  }

  // d = c[2 Zc .. 2 Zc + N), a column per clock: the first two columns are punctured.
EMIT_D:
  for (int c = 2; c < g.cols; ++c) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 50 max = 66
    BitWord word;
  EMIT_D_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      word.lane[z] = cw[c][z];
    }
    d.write(word);
  }
}

void enc_rate_match(EncArgs a, hls::stream<BitWord>& d, hls::stream<Byte>& bytes) {
  // d as Zc-lane words: position j is lane j mod Zc of word j / Zc.
  static Bit buf[kColsMax - 2][kZmax];
#pragma HLS ARRAY_PARTITION variable = buf complete dim = 2
LOAD_D:
  for (int w = 0; w < a.n / a.zc; ++w) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 50 max = 66
    const BitWord word = d.read();
  LOAD_D_LANES:
    for (int z = 0; z < kZmax; ++z) {
#pragma HLS UNROLL
      buf[w][z] = word.lane[z];
    }
  }
  CbAddressGen gen;
  gen.init(rv_start_position(a.bg, a.zc, a.n_cb, a.rv), a.n_cb, a.zc, a.fb, a.fe, a.rate_match ? a.e : a.qm, a.qm);
  Byte cur = 0;
  int word = 0, lane = 0;  // bypass: d in order
SELECT:
  for (int k = 0; k < a.out_bits; ++k) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 524288
    CbAddress at = {k, word, lane};
    if (a.rate_match) {
      at = gen.next();
    } else if (++lane == a.zc) {
      lane = 0;
      ++word;
    }
    cur = (cur << 1) | buf[at.word][at.lane];
    if ((k & 7) == 7) bytes.write(cur);
  }
  const int tail = a.out_bits & 7;
  if (tail != 0) bytes.write(cur << (8 - tail));
}

void enc_write_output(Byte* out, EncArgs a, hls::stream<Byte>& bytes) {
WRITE_OUT:
  for (int i = 0; i < (a.out_bits + 7) / 8; ++i) {
#pragma HLS PIPELINE II = 1
#pragma HLS LOOP_TRIPCOUNT min = 1 max = 65536
    out[i] = bytes.read();
  }
}

void enc_dataflow(const Byte* in, Byte* out, EncArgs a) {
#pragma HLS DATAFLOW
  hls::stream<Byte, 64> info("enc_info");
  hls::stream<BitWord, 2> d("enc_d");
  hls::stream<Byte, 64> bytes("enc_bytes");
  enc_read_info(in, a, info);
  enc_core(a, info, d);
  enc_rate_match(a, d, bytes);
  enc_write_output(out, a, bytes);
}

}  // namespace
}  // namespace bbkit::ldpc_hls

extern "C" void bbkit_ldpc_enc_kernel(const bbkit::ldpc_hls::Byte* in, bbkit::ldpc_hls::Byte* out, int bg, int zc,
                                      int k_prime, int n_cb, int e, int qm, int rv, int crc_type, int rate_match,
                                      int* status) {
  // depth= sizes the cosimulation memories for the largest block (8448 / 8 in, 2^19 / 8 out).
#pragma HLS INTERFACE m_axi port = in offset = slave bundle = gmem0 depth = 1056 max_read_burst_length = 64
#pragma HLS INTERFACE m_axi port = out offset = slave bundle = gmem1 depth = 65536 max_write_burst_length = 64
#pragma HLS INTERFACE s_axilite port = in bundle = control
#pragma HLS INTERFACE s_axilite port = out bundle = control
#pragma HLS INTERFACE s_axilite port = bg bundle = control
#pragma HLS INTERFACE s_axilite port = zc bundle = control
#pragma HLS INTERFACE s_axilite port = k_prime bundle = control
#pragma HLS INTERFACE s_axilite port = n_cb bundle = control
#pragma HLS INTERFACE s_axilite port = e bundle = control
#pragma HLS INTERFACE s_axilite port = qm bundle = control
#pragma HLS INTERFACE s_axilite port = rv bundle = control
#pragma HLS INTERFACE s_axilite port = crc_type bundle = control
#pragma HLS INTERFACE s_axilite port = rate_match bundle = control
#pragma HLS INTERFACE s_axilite port = status bundle = control
#pragma HLS INTERFACE s_axilite port = return bundle = control
  using namespace bbkit::ldpc_hls;
  EncArgs a;
  if (!make_args(bg, zc, k_prime, n_cb, e, qm, rv, crc_type, rate_match, a)) {
    *status = kStatusBadArgument;
    return;
  }
  enc_dataflow(in, out, a);
  *status = 0;
}
