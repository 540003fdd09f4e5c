// SPDX-License-Identifier: Apache-2.0
// LDPC rows of `bbkit demo`: BG1 and BG2 code blocks through the golden fixed-point chain at an
// SNR below and at the waterfall.
#include <chrono>
#include <cstdio>

#include "bbkit/ldpc/code_params.h"
#include "demo.h"
#include "ldpc_chain.h"

namespace bbkit::cli {

std::vector<DemoRow> demo_ldpc(const DemoOptions& options) {
  struct Case {
    int bg, zc, e;
    Modulation mod;
    double snr_db[2];
  };
  // BG1 K = 8448 at R = 1/3 (QPSK) and BG2 K = 1280 at R = 1/5 (QPSK).
  const Case cases[] = {{1, 384, 25344, Modulation::Qpsk, {-1.5, -0.5}}, {2, 128, 6400, Modulation::Qpsk, {-3.5, -2.5}}};
  std::vector<DemoRow> rows;
  for (const Case& cs : cases) {
    ldpc::CodeConfig c;
    c.bg = cs.bg;
    c.zc = cs.zc;
    c.k_prime = (cs.bg == 1 ? 22 : 10) * cs.zc;
    c.e = cs.e;
    c.qm = static_cast<int>(cs.mod);
    LdpcChainConfig cc;
    cc.params = ldpc::derive_code_params(c);
    cc.modulation = cs.mod;
    cc.run_float = false;
    LdpcChain chain(cc);
    char conf[96];
    std::snprintf(conf, sizeof conf, "Zc=%d K'=%d E=%d %s, <=%d it", cs.zc, c.k_prime, c.e,
                  modulation_name(cs.mod), cc.decoder.max_iterations);
    for (double snr : cs.snr_db) {
      DemoRow row{"LDPC BG" + std::to_string(cs.bg), conf, snr, options.blocks, 0, double(c.k_prime), 0};
      Rng rng(options.seed);
      const auto t0 = std::chrono::steady_clock::now();
      for (int b = 0; b < options.blocks; ++b) row.block_errors += chain.run(snr, rng).fixed_error ? 1 : 0;
      row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      rows.push_back(row);
    }
  }
  return rows;
}

}  // namespace bbkit::cli
