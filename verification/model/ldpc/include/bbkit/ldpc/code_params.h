// SPDX-License-Identifier: Apache-2.0
// The parameters of one LDPC code block, TS 38.212 5.3.2 and 5.4.2, derived and validated in one
// place: every stage (encoder, rate matcher, dematcher, decoder) takes a CodeParams, so an
// illegal combination is rejected once, with the parameter named, before any data moves.
#pragma once

#include <cstdint>
#include <string>

namespace bbkit::ldpc {

/// What a caller chooses for one code block.
struct CodeConfig {
  int bg = 1;         // base graph, 1 or 2
  int zc = 384;       // lifting size, one of the 51 of Table 5.3.2-1
  int k_prime = 0;    // K': information bits including the code-block CRC; K - K' are filler bits
  int e = 0;          // rate-matched output length E (a multiple of Qm)
  int qm = 2;         // modulation order: 1, 2, 4, 6, 8, 10
  int rv = 0;         // redundancy version 0..3
  int n_cb = 0;       // circular buffer length; 0 derives it (N, or min(N, Nref) with LBRM)
  std::int64_t lbrm_tbs = 0;  // TBS_LBRM for limited-buffer rate matching (5.4.2.1); 0 = no LBRM
  int lbrm_c = 1;             // C, code blocks of the transport block (for Nref)
};

/// Everything derived from a CodeConfig.
struct CodeParams {
  int bg = 1, zc = 0;
  int rows = 0, cols = 0, info_cols = 0;  // base graph shape: 46/68/22 or 42/52/10
  int k = 0;        // K = 22 Zc (BG1) or 10 Zc (BG2): information bits with fillers
  int k_prime = 0;  // K'
  int n_filler = 0; // F = K - K'
  int n = 0;        // N = 66 Zc or 50 Zc: coded bits after puncturing the first 2 Zc
  int e = 0, qm = 2, rv = 0;
  int n_cb = 0;     // Ncb
  int k0 = 0;       // rv starting position in the circular buffer (Table 5.4.2.1-2)
  /// First and one-past-last filler position in d (the punctured codeword): [K'-2Zc, K-2Zc).
  int filler_begin() const { return k_prime - 2 * zc; }
  int filler_end() const { return k - 2 * zc; }
  bool is_filler(int d_index) const { return d_index >= filler_begin() && d_index < filler_end(); }
  /// Base-graph rows (decoder layers) that touch a column this rv transmits: 4 core rows plus
  /// one per extension parity column reached. A decoder need not run the others.
  int layers() const;
  std::string to_string() const;
};

/// Validates `config` and derives the code parameters. Throws InvalidParameter naming the
/// first bad parameter (BG, Zc, K', E, Qm, rv, Ncb, TBS_LBRM, C) and its allowed range.
CodeParams derive_code_params(const CodeConfig& config);

/// k0 of TS 38.212 Table 5.4.2.1-2.
int rv_start(int bg, int zc, int n_cb, int rv);

/// Nref = floor(TBS_LBRM / (C * R_LBRM)) with R_LBRM = 2/3 (5.4.2.1).
int lbrm_nref(std::int64_t tbs_lbrm, int c);

}  // namespace bbkit::ldpc
