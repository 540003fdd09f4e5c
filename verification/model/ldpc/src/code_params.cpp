// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/code_params.h"

#include <algorithm>
#include <sstream>

#include "bbkit/common/error.h"
#include "bbkit/ldpc/tables.h"

namespace bbkit::ldpc {

int rv_start(int bg, int zc, int n_cb, int rv) {
  require_range("rv", rv, 0, 3);
  // Table 5.4.2.1-2: k0 = floor(num * Ncb / (den * Zc)) * Zc.
  static constexpr int kNum[2][4] = {{0, 17, 33, 56}, {0, 13, 25, 43}};
  const int den = bg == 1 ? 66 : 50;
  const std::int64_t num = kNum[bg == 1 ? 0 : 1][rv];
  return static_cast<int>(num * n_cb / (std::int64_t{den} * zc)) * zc;
}

int lbrm_nref(std::int64_t tbs_lbrm, int c) {
  require_range("TBS_LBRM", tbs_lbrm, 1, std::int64_t{1} << 30);
  require_range("C", c, 1, 1 << 16);
  return static_cast<int>(tbs_lbrm * 3 / (std::int64_t{c} * 2));  // TBS / (C * 2/3)
}

CodeParams derive_code_params(const CodeConfig& config) {
  CodeParams p;
  const BaseGraphShape& shape = base_graph_shape(config.bg);
  lifting_set_index(config.zc);  // validates Zc
  p.bg = config.bg;
  p.zc = config.zc;
  p.rows = shape.rows;
  p.cols = shape.cols;
  p.info_cols = shape.info_cols;
  p.k = shape.info_cols * config.zc;
  p.n = (shape.cols - 2) * config.zc;
  require_range("K'", config.k_prime, 2 * config.zc + 1, p.k);
  p.k_prime = config.k_prime;
  p.n_filler = p.k - p.k_prime;
  require(config.qm == 1 || config.qm == 2 || config.qm == 4 || config.qm == 6 || config.qm == 8 ||
              config.qm == 10,
          "Qm", config.qm, "1, 2, 4, 6, 8 or 10");
  p.qm = config.qm;
  require_range("E", config.e, config.qm, 1 << 22);
  require(config.e % config.qm == 0, "E", config.e, "a multiple of Qm = " + std::to_string(config.qm));
  p.e = config.e;
  require_range("rv", config.rv, 0, 3);
  p.rv = config.rv;
  // Ncb must hold every information bit that is not a filler, or rv 0 could not send them.
  if (config.lbrm_tbs > 0) {
    require(config.n_cb == 0, "Ncb", config.n_cb, "0 (derived) when TBS_LBRM is given");
    p.n_cb = std::min(p.n, lbrm_nref(config.lbrm_tbs, config.lbrm_c));
    require_range("Ncb", p.n_cb, p.k - 2 * p.zc, p.n);
  } else if (config.n_cb > 0) {
    require_range("Ncb", config.n_cb, p.k - 2 * p.zc, p.n);
    p.n_cb = config.n_cb;
  } else {
    require(config.n_cb == 0, "Ncb", config.n_cb, "0 (derived) or " + std::to_string(p.k - 2 * p.zc) + ".." + std::to_string(p.n));
    p.n_cb = p.n;
  }
  p.k0 = rv_start(p.bg, p.zc, p.n_cb, p.rv);
  return p;
}

int CodeParams::layers() const {
  // Last circular-buffer position this rv reaches (fillers are skipped, so they stretch it).
  const std::int64_t span = std::int64_t{k0} + e + (k0 < filler_end() ? n_filler : 0);
  const int last = span >= n_cb ? n_cb - 1 : static_cast<int>(span - 1);
  const int used_cols = last / zc + 2 + 1;  // + the two punctured columns, + 1 for a count
  return std::clamp(used_cols - info_cols, 4, rows);
}

std::string CodeParams::to_string() const {
  std::ostringstream s;
  s << "BG" << bg << " Zc=" << zc << " K=" << k << " K'=" << k_prime << " F=" << n_filler << " N=" << n
    << " Ncb=" << n_cb << " E=" << e << " Qm=" << qm << " rv=" << rv << " k0=" << k0;
  return s.str();
}

}  // namespace bbkit::ldpc
