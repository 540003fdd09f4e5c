// SPDX-License-Identifier: Apache-2.0
// Bench of bbkit_ldpc_dec (Zmax = 384) against the golden decoder, make_ldpc_decoder("golden").
//
// Each case draws a code and a channel: random K' bits -> golden encoder -> rate matching (E, rv,
// Qm) -> AWGN max-log LLRs near the Shannon limit of the rate -> channel format -> rate
// dematching into the soft buffer; the soft buffer goes to both decoders and every hard bit, the
// iteration count and the syndrome status must match. Lists (--list): smoke (a few codes incl.
// both Zc=384 graphs), codes (all 102 BG x Zc, random rv/Qm/E/SNR), perf (BG1/BG2 Zc=384 at four
// rates each, 8 iterations without early stop: the cycle figures), illegal (configurations that must end in
// an error status without a hang), vectors (the decode vectors of every --dir <folder>, DPDK
// test-bbdev format), watchdog (only on a model with a small WatchdogCycles). --seed N, --waves file.fst (or BBKIT_WAVES).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "Vbbkit_ldpc_dec.h"
#include "bbkit/common/channel.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/sim/harness.h"

namespace {

using namespace bbkit;
using namespace bbkit::ldpc;
using Bench = sim::Harness<Vbbkit_ldpc_dec>;

// Zmax of the model this bench is built against: load_llr_i is Zmax 8-bit lanes, i.e. Zmax bytes
// of Verilator's 32-bit words when Zmax is a multiple of 4. One source serves every model size.
constexpr int kZmax = static_cast<int>(sizeof(Vbbkit_ldpc_dec::load_llr_i));
static_assert(kZmax >= 4 && kZmax <= 384, "Zmax of the model");

struct Case {
  CodeConfig code;
  DecoderConfig dec;
  double snr_db = 0;
  std::uint64_t seed = 0;
};

struct RtlResult {
  Bits hard;
  int iterations = 0, err = 0;
  bool syndrome_error = false;
  long cycles = 0;
};

// Configures the core, loads the soft buffer column by column, runs one decode, reads K' bits.
RtlResult run_rtl(Bench& tb, const CodeParams& p, const DecoderConfig& cfg, const SoftBuffer& llr) {
  auto& d = tb.dut();
  d.cfg_bg_i = static_cast<std::uint8_t>(p.bg);
  d.cfg_zc_i = static_cast<std::uint16_t>(p.zc);
  d.cfg_k_prime_i = static_cast<std::uint16_t>(p.k_prime);
  d.cfg_layers_i = static_cast<std::uint8_t>(cfg.layers ? cfg.layers : p.layers());
  d.cfg_max_iter_i = static_cast<std::uint8_t>(cfg.max_iterations);
  d.cfg_early_stop_i = cfg.early_stop;
  // The core implements the model's default rule (box-plus) with two scalings: none and 13/16.
  if (cfg.rule != CheckRule::BoxPlus)
    throw InvalidParameter("check rule", "min-sum", "box-plus, the rule the RTL core implements");
  if (!((cfg.scale_num == 1 && cfg.scale_shift == 0) || (cfg.scale_num == 13 && cfg.scale_shift == 4)))
    throw InvalidParameter("scale", std::to_string(cfg.scale_num) + "/2^" + std::to_string(cfg.scale_shift),
                           "1 (none) or 13/16, the scalings the RTL core implements");
  d.cfg_norm_i = cfg.scale_num == 13;
  d.cfg_offset_i = static_cast<std::uint8_t>(cfg.offset);
  const int used_cols = p.info_cols + (cfg.layers ? cfg.layers : p.layers());
  for (int c = 0; c < used_cols && p.zc <= kZmax; ++c) {
    for (int z = 0; z < kZmax; ++z) {
      const int j = c * p.zc + z - 2 * p.zc;  // soft-buffer index
      int v = 0;
      if (z < p.zc && j >= 0 && j < p.n_cb) v = llr[static_cast<std::size_t>(j)];
      sim::set_lane(d.load_llr_i, z, 8, static_cast<std::uint32_t>(v) & 0xffu);
    }
    d.load_valid_i = 1;
    d.load_col_i = static_cast<std::uint8_t>(c);
    tb.tick();
  }
  d.load_valid_i = 0;
  d.start_i = 1;
  tb.tick();
  d.start_i = 0;
  RtlResult r;
  const long waited = tb.wait_for([&] { return d.done_o != 0; }, 1L << 23);
  if (waited < 0) throw std::runtime_error("decoder hang: no done_o");
  r.cycles = static_cast<long>(d.cycles_o);
  r.err = d.err_o;
  r.iterations = d.iterations_o;
  r.syndrome_error = d.syndrome_err_o;
  tb.tick();
  if (r.err) return r;
  r.hard.resize(static_cast<std::size_t>(p.k_prime));
  for (int c = 0; c * p.zc < p.k_prime; ++c) {
    d.rd_valid_i = 1;
    d.rd_col_i = static_cast<std::uint8_t>(c);
    tb.tick();
    d.rd_valid_i = 0;
    tb.tick();  // rd_hard_o is valid one cycle after the read
    for (int z = 0; z < p.zc && c * p.zc + z < p.k_prime; ++z)
      r.hard[static_cast<std::size_t>(c * p.zc + z)] =
          static_cast<std::uint8_t>(sim::get_lane(d.rd_hard_o, z, 1));
  }
  return r;
}

// The RTL core behind the LdpcDecoder interface, so the bbdev vector runner drives it as it
// drives the golden model. The core returns hard bits, iterations and the syndrome status; the
// CRC check and CRC drop of the bbdev flags are done here on the host side (the core has no CRC
// unit yet), and CRC-based early stop is refused.
class RtlDecoder final : public LdpcDecoder {
 public:
  explicit RtlDecoder(Bench& tb) : tb_(tb) {}
  DecoderResult decode(const CodeParams& p, const DecoderConfig& cfg, const SoftBuffer& llr) override {
    validate_decoder_config(p, cfg);
    if (cfg.crc && cfg.crc_early_stop) throw InvalidParameter("crc_early_stop", "true", "false (no CRC unit in the RTL core)");
    if (cfg.soft_output) throw InvalidParameter("soft_output", "true", "false (the RTL core returns hard bits)");
    const RtlResult r = run_rtl(tb_, p, cfg, llr);
    if (r.err) throw std::runtime_error("RTL core error status " + std::to_string(r.err));
    last_cycles = r.cycles;
    DecoderResult res;
    res.iterations = r.iterations;
    res.status.syndrome_error = r.syndrome_error;
    res.crc_checked = cfg.crc.has_value();
    if (cfg.crc) res.status.crc_error = !crc_check(*cfg.crc, r.hard.data(), r.hard.size());
    const std::size_t out_bits = r.hard.size() - (cfg.crc && cfg.drop_crc ? static_cast<std::size_t>(crc_spec(*cfg.crc).length) : 0u);
    res.hard.assign(r.hard.begin(), r.hard.begin() + static_cast<std::ptrdiff_t>(out_bits));
    return res;
  }
  std::string name() const override { return "rtl"; }
  long last_cycles = 0;

 private:
  Bench& tb_;
};

SoftBuffer make_channel(const CodeParams& p, double snr_db, Rng& rng) {
  Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
  const Bits d = make_ldpc_encoder("golden")->encode(p, info);
  const Bits f = rate_match(p, d);
  const std::vector<double> soft = awgn_llrs(f, modulation_from_qm(p.qm), snr_db, rng);
  std::vector<std::int16_t> q(soft.size());
  for (std::size_t i = 0; i < soft.size(); ++i) q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(soft[i]));
  SoftBuffer buf = make_soft_buffer(p);
  rate_dematch(p, q, buf);
  return buf;
}

// Random code around (bg, zc): K' with up to K/8 fillers, rate 0.25..0.9, rv, Qm, SNR 1..9 dB above the
// Shannon limit of R * Qm so that cases converge after a few iterations, late, or never.
Case random_case(int bg, int zc, Rng& rng, int max_iter) {
  Case c;
  c.seed = rng();
  c.code.bg = bg;
  c.code.zc = zc;
  const int k = (bg == 1 ? 22 : 10) * zc;
  std::uniform_int_distribution<int> fill(0, k / 8);
  c.code.k_prime = k - fill(rng);
  static const int qms[] = {1, 2, 4, 6, 8};
  c.code.qm = qms[std::uniform_int_distribution<int>(0, 4)(rng)];
  c.code.rv = std::uniform_int_distribution<int>(0, 3)(rng);
  const double rate = std::uniform_real_distribution<double>(0.25, 0.9)(rng);
  const int e = static_cast<int>(c.code.k_prime / rate);
  c.code.e = std::max(c.code.qm, e - e % c.code.qm);
  const double shannon = 10.0 * std::log10(std::pow(2.0, rate * c.code.qm) - 1.0);
  c.snr_db = shannon + std::uniform_real_distribution<double>(1.0, 9.0)(rng);
  c.dec.max_iterations = max_iter;
  c.dec.early_stop = std::uniform_int_distribution<int>(0, 7)(rng) != 0;
  // half the model's default (box-plus, no scaling, offset 0); a quarter with offset 1..3; a
  // quarter scaled 13/16 with offset 0..3
  const int setting = std::uniform_int_distribution<int>(0, 3)(rng);
  if (setting == 0) {
    c.dec.scale_num = 13;
    c.dec.scale_shift = 4;
    c.dec.offset = std::uniform_int_distribution<int>(0, 3)(rng);
  } else if (setting == 1) {
    c.dec.offset = std::uniform_int_distribution<int>(1, 3)(rng);
  }
  return c;
}

struct Totals {
  int cases = 0, failures = 0;
};

bool run_case(Bench& tb, const Case& c, Totals& t, bool verbose) {
  const CodeParams p = derive_code_params(c.code);
  Rng rng(c.seed);
  const SoftBuffer buf = make_channel(p, c.snr_db, rng);
  const DecoderResult gold = make_ldpc_decoder("golden")->decode(p, c.dec, buf);
  const RtlResult rtl = run_rtl(tb, p, c.dec, buf);
  int bit_errors = 0;
  for (std::size_t i = 0; i < gold.hard.size() && i < rtl.hard.size(); ++i) bit_errors += gold.hard[i] != rtl.hard[i];
  const bool ok = rtl.err == 0 && bit_errors == 0 && rtl.hard.size() == gold.hard.size() &&
                  rtl.iterations == gold.iterations && rtl.syndrome_error == gold.status.syndrome_error;
  ++t.cases;
  if (!ok) ++t.failures;
  if (verbose || !ok)
    std::printf("%s BG%d Zc=%3d K'=%5d E=%6d L=%2d Qm=%d rv=%d snr=%5.2f %s off=%d it=%d/%d es=%d | golden it=%d %s | rtl it=%d %s err=%d "
                "bit_diff=%d cycles=%ld (%.2f info bits/cycle)\n",
                ok ? "PASS" : "FAIL", p.bg, p.zc, p.k_prime, p.e, c.dec.layers ? c.dec.layers : p.layers(), p.qm, p.rv, c.snr_db,
                c.dec.scale_num == 13 ? "bp13/16" : "bp", c.dec.offset, gold.iterations,
                c.dec.max_iterations, c.dec.early_stop ? 1 : 0, gold.iterations, gold.status.name().c_str(),
                rtl.iterations, rtl.syndrome_error ? "SYN" : "OK", rtl.err, bit_errors, rtl.cycles,
                static_cast<double>(p.k_prime) / static_cast<double>(rtl.cycles));
  if (!ok && !tb.waves_on()) {  // re-run the failing case with waves
    const std::string path = tb.name() + "_fail.fst";
    tb.start_waves(path);
    run_rtl(tb, p, c.dec, buf);
    tb.stop_waves();
    std::printf("     waves of the failing case: %s\n", path.c_str());
  }
  return ok;
}

// Decode vectors (DPDK test-bbdev files) through the RTL: the vector's expected output and status,
// and the golden model's iteration count.
void run_vectors(Bench& tb, const std::vector<std::string>& dirs, Totals& t) {
  RtlDecoder rtl(tb);
  auto golden = make_ldpc_decoder("golden");
  auto enc = make_ldpc_encoder("golden");
  for (const std::string& dir : dirs) {
    if (!std::filesystem::is_directory(dir)) {
      std::printf("SKIP vectors: %s not found\n", dir.c_str());
      continue;
    }
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".data" && e.path().filename().string().find("dec") != std::string::npos)
        files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      const auto v = vectors::LdpcVector::load(f);
      if (v.z_c > kZmax) {
        std::printf("SKIP %s: Zc %d > Zmax %d of this model\n", std::filesystem::path(f).filename().c_str(), v.z_c, kZmax);
        continue;
      }
      const VectorOutcome want = run_vector(v, *enc, *golden);
      const VectorOutcome got = run_vector(v, *enc, rtl);
      const bool ok = got.pass && want.pass && got.iterations == want.iterations && got.status == want.status;
      std::printf("%s %s: rtl it=%d %s, golden it=%d %s, %ld cycles | %s\n", ok ? "PASS" : "FAIL",
                  std::filesystem::path(f).filename().c_str(), got.iterations, got.status.c_str(), want.iterations,
                  want.status.c_str(), rtl.last_cycles, got.detail.c_str());
      ++t.cases;
      if (!ok) ++t.failures;
    }
  }
}

// Illegal configurations must come back as an error code within a few cycles.
bool run_illegal(Bench& tb, Totals& t) {
  struct Bad {
    const char* what;
    int bg, zc, k_prime, layers, iters, want_err;
  };
  const int z = kZmax >= 384 ? 384 : 32;  // a legal lifting size this model serves
  const std::vector<Bad> bad = {
      {"BG 3", 3, z, 22 * z, 46, 8, 1},         {"BG 0", 0, z, 22 * z, 46, 8, 1},
      {"Zc 0", 1, 0, 8448, 46, 8, 2},           {"Zc 17 (not a lifting size)", 1, 17, 100, 46, 8, 2},
      {"Zc 385", 1, 385, 8448, 46, 8, 2},       {"Zc 511", 2, 511, 100, 42, 8, 2},
      {"Zc above Zmax", 1, kZmax >= 384 ? 385 : 36, 100, 46, 8, 2},
      {"zero iterations", 1, z, 22 * z, 46, 0, 3}, {"101 iterations", 2, z, 10 * z, 42, 101, 3},
      {"3 layers", 1, z, 22 * z, 3, 8, 4},      {"47 layers on BG1", 1, z, 22 * z, 47, 8, 4},
      {"43 layers on BG2", 2, z, 10 * z, 43, 8, 4}, {"K' = 0", 1, z, 0, 46, 8, 5},
      {"K' > K", 2, 2, 21, 42, 8, 5},
  };
  bool all = true;
  auto& d = tb.dut();
  for (const Bad& b : bad) {
    d.cfg_bg_i = static_cast<std::uint8_t>(b.bg);
    d.cfg_zc_i = static_cast<std::uint16_t>(b.zc);
    d.cfg_k_prime_i = static_cast<std::uint16_t>(b.k_prime);
    d.cfg_layers_i = static_cast<std::uint8_t>(b.layers);
    d.cfg_max_iter_i = static_cast<std::uint8_t>(b.iters);
    d.cfg_early_stop_i = 1;
    d.start_i = 1;
    tb.tick();
    d.start_i = 0;
    const long waited = tb.wait_for([&] { return d.done_o != 0; }, 100);
    const bool ok = waited >= 0 && d.err_o == b.want_err && d.iterations_o == 0;
    std::printf("%s illegal %-28s err=%d (want %d) after %ld cycles\n", ok ? "PASS" : "FAIL", b.what, d.err_o,
                b.want_err, waited);
    tb.tick();
    ++t.cases;
    if (!ok) ++t.failures, all = false;
  }
  return all;
}

// Only on a model built with a small WatchdogCycles (tb_ldpc_dec_wdog_cov: 4096 cycles): a BG1
// decode of 100 iterations without early stop outlives the watchdog and must end with error 6
// (no hang), and the core must then decode a one-iteration case bit-exactly.
void run_watchdog(Bench& tb, Rng& rng, Totals& t) {
  Case c = random_case(1, std::min(kZmax, 8), rng, 100);
  c.dec.early_stop = false;
  const CodeParams p = derive_code_params(c.code);
  Rng crng(c.seed);
  const RtlResult r = run_rtl(tb, p, c.dec, make_channel(p, c.snr_db, crng));
  const bool ok = r.err == 6;
  std::printf("%s watchdog: 100 iterations, err=%d (want 6) after %ld cycles\n", ok ? "PASS" : "FAIL", r.err, r.cycles);
  ++t.cases;
  if (!ok) ++t.failures;
  run_case(tb, random_case(1, std::min(kZmax, 8), rng, 1), t, true);
}

}  // namespace

int main(int argc, char** argv) {
  Verilated::commandArgs(argc, argv);
  const std::string list = sim::arg_value(argc, argv, "list", "smoke");
  const std::uint64_t seed = std::stoull(sim::arg_value(argc, argv, "seed", "1"));
  Bench tb("ldpc_dec_" + list);
  const std::string waves = sim::arg_value(argc, argv, "waves", "");
  if (!waves.empty()) tb.start_waves(waves);
  tb.reset();
  Rng rng(seed);
  Totals t;
  try {
    if (list == "illegal") {
      run_illegal(tb, t);
    } else if (list == "vectors") {
      std::vector<std::string> dirs;
      for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--dir") dirs.push_back(argv[i + 1]);
      run_vectors(tb, dirs, t);
    } else if (list == "perf") {
      // Cycles depend on the base graph and the layers (the rate), not on Zc (one circulant per
      // cycle), so a small model reports the same counts as the Zmax = 384 one. Full K, rv 0, QPSK,
      // 8 iterations, no early stop; E in columns of Zc sets the layers: BG1 L = E/Zc - 20, BG2
      // L = E/Zc - 8 (CodeParams::layers()).
      const int zc = std::min(384, kZmax);
      const std::pair<int, int> codes[] = {{1, 66}, {1, 40}, {1, 28}, {1, 24},   // BG1: 46, 20, 8, 4 layers
                                           {2, 50}, {2, 30}, {2, 16}, {2, 12}};  // BG2: 42, 22, 8, 4 layers
      for (auto [bg, e_cols] : codes) {
        Case c;
        c.code.bg = bg;
        c.code.zc = zc;
        c.code.k_prime = (bg == 1 ? 22 : 10) * zc;
        c.code.qm = 2;
        c.code.e = e_cols * zc;
        c.snr_db = 10.0;
        c.dec.max_iterations = 8;
        c.dec.early_stop = false;
        c.seed = rng();
        run_case(tb, c, t, true);
      }
    } else if (list == "smoke") {
      const std::pair<int, int> codes[] = {{1, 384}, {2, 384}, {1, 2}, {2, 15}, {1, 52}, {2, 208}, {1, 7}, {2, 120},
                                           {1, 32}, {2, 30}, {1, 11}, {2, 4}};
      for (auto [bg, zc] : codes)
        if (zc <= kZmax) run_case(tb, random_case(bg, zc, rng, 8), t, true);
    } else if (list == "watchdog") {
      run_watchdog(tb, rng, t);
    } else if (list == "codes") {
      for (int bg : {1, 2})
        for (int zc : lifting_sizes())
          if (zc <= kZmax) run_case(tb, random_case(bg, zc, rng, 8), t, true);
    } else {
      std::fprintf(stderr, "unknown --list %s (smoke, codes, perf, illegal, vectors, watchdog)\n", list.c_str());
      return 2;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench error: %s\n", e.what());
    return 1;
  }
  std::printf("ldpc_dec (Zmax %d) %s seed %llu: %d cases, %d failures, %llu cycles simulated\n", kZmax, list.c_str(),
              static_cast<unsigned long long>(seed), t.cases, t.failures, static_cast<unsigned long long>(tb.cycles()));
  return t.failures ? 1 : 0;
}
