// SPDX-License-Identifier: Apache-2.0
// Seeded random code blocks for the kernel-versus-golden sweeps: every (BG, Zc) with a chosen
// rv and Qm, and random K' (fillers), E, Ncb (full or limited buffer), CRC and decoder settings.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/common/channel.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/tables.h"

namespace bbkit::ldpc_hls::test {

struct Code {
  int bg, zc;
};

/// The 102 codes: both base graphs times the 51 lifting sizes.
inline std::vector<Code> all_codes() {
  std::vector<Code> codes;
  for (int bg : {1, 2})
    for (int zc : ldpc::lifting_sizes()) codes.push_back({bg, zc});
  return codes;
}

inline int uniform(Rng& rng, int lo, int hi) {  // inclusive
  return lo + static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

struct Case {
  ldpc::CodeParams p;
  std::optional<CrcType> crc;  // code-block CRC attached by the encoder and checked by the decoder
  ldpc::DecoderConfig cfg;
  double es_n0_db = 0;
  std::string describe() const {
    return p.to_string() + " crc=" + (crc ? crc_spec(*crc).name : "none") + " it=" + std::to_string(cfg.max_iterations) +
           " es=" + std::to_string(cfg.early_stop) + " ces=" + std::to_string(cfg.crc_early_stop) +
           " drop=" + std::to_string(cfg.drop_crc) +
           (cfg.rule == ldpc::CheckRule::MinSum ? " minsum" : " boxplus") + " scale=" + std::to_string(cfg.scale_num) + "/2^" +
           std::to_string(cfg.scale_shift) + " offset=" + std::to_string(cfg.offset) + " EsN0=" + std::to_string(es_n0_db);
  }
};

inline Case random_case(Rng& rng, Code code, int rv, int qm) {
  const int kb = code.bg == 1 ? 22 : 10;
  const int k = kb * code.zc, n = (code.bg == 1 ? 66 : 50) * code.zc;
  Case c;
  ldpc::CodeConfig cc;
  cc.bg = code.bg;
  cc.zc = code.zc;
  // K': up to ~25 % fillers, at least 2 Zc + 1.
  cc.k_prime = std::max(2 * code.zc + 1, k - uniform(rng, 0, k / 4));
  const int crc_pick = uniform(rng, 0, 3);
  const CrcType crcs[3] = {CrcType::Crc24B, CrcType::Crc24A, CrcType::Crc16};
  if (crc_pick < 3 && cc.k_prime > crc_spec(crcs[crc_pick]).length + 1) c.crc = crcs[crc_pick];
  cc.qm = qm;
  cc.rv = rv;
  // E from a high code rate (~0.9) to repetition (~1.4 N), a multiple of Qm.
  const int e_lo = std::max(1, (cc.k_prime * 9 / 10) / qm), e_hi = std::max(e_lo, (n * 7 / 5) / qm);
  cc.e = qm * uniform(rng, e_lo, e_hi);
  cc.n_cb = uniform(rng, 0, 1) ? 0 : uniform(rng, k - 2 * code.zc, n);
  c.p = ldpc::derive_code_params(cc);
  c.cfg.max_iterations = uniform(rng, 1, 12);
  c.cfg.early_stop = uniform(rng, 0, 3) != 0;
  c.cfg.crc = c.crc;
  c.cfg.crc_early_stop = c.crc && uniform(rng, 0, 1);
  c.cfg.drop_crc = c.crc && uniform(rng, 0, 1);
  // Check node: the golden default (box-plus, no scaling or offset) twice as often, box-plus
  // with an offset or a scaling, and min-sum offset 2 / 0, normalized 13/16, extreme 7/8 - 15.
  const int pick = uniform(rng, 0, 7);
  const int settings[8][4] = {{0, 1, 0, 0}, {0, 1, 0, 0}, {0, 1, 0, 1}, {0, 15, 4, 0},
                              {1, 1, 0, 2}, {1, 1, 0, 0}, {1, 13, 4, 0}, {1, 7, 3, 15}};
  c.cfg.rule = settings[pick][0] ? ldpc::CheckRule::MinSum : ldpc::CheckRule::BoxPlus;
  c.cfg.scale_num = settings[pick][1];
  c.cfg.scale_shift = settings[pick][2];
  c.cfg.offset = settings[pick][3];
  // Es/N0 around the point where this rate and Qm start to decode, so both outcomes occur.
  const double rate = static_cast<double>(cc.k_prime) / cc.e;
  c.es_n0_db = 10.0 * std::log10(std::max(0.05, (std::pow(2.0, rate * qm) - 1.0))) + (uniform(rng, 0, 80) - 10) / 10.0;
  return c;
}

/// K' information bits (payload and, with a CRC, its parity).
inline Bits random_info(Rng& rng, const Case& c) {
  const int crc_len = c.crc ? crc_spec(*c.crc).length : 0;
  Bits info = random_bits(rng, static_cast<std::size_t>(c.p.k_prime - crc_len));
  if (c.crc) crc_attach(*c.crc, info);
  return info;
}

/// E channel LLRs of the coded bits f at c.es_n0_db, in the channel format (Qm 10 has no
/// constellation in the common channel: per-bit BPSK LLRs with the same Es/N0 per bit).
inline std::vector<std::int16_t> noisy_llrs(Rng& rng, const Case& c, const Bits& f) {
  std::vector<double> llr;
  if (c.p.qm <= 8) {
    llr = awgn_llrs(f, modulation_from_qm(c.p.qm), c.es_n0_db, rng);
  } else {
    Gaussian g(rng);
    const double snr = std::pow(10.0, c.es_n0_db / 10.0) / c.p.qm;
    for (std::uint8_t b : f) llr.push_back((b ? -1.0 : 1.0) * 4.0 * snr + std::sqrt(8.0 * snr) * g());
  }
  std::vector<std::int16_t> q(llr.size());
  for (std::size_t i = 0; i < q.size(); ++i) q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(llr[i]));
  return q;
}

}  // namespace bbkit::ldpc_hls::test
