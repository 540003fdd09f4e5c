// SPDX-License-Identifier: Apache-2.0
// Throughput of the golden LDPC encoder (+ rate matching) and fixed-point decoder, in
// information bits per second (the items/s counter, reported as Mb/s in docs/results/ldpc.md).
#include <benchmark/benchmark.h>

#include "bbkit/common/channel.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/bp_decoder.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"

namespace {

using namespace bbkit;
using namespace bbkit::ldpc;

// Args: BG, Zc, E (K' = K: no fillers), Qm 2.
CodeParams params_of(const benchmark::State& state) {
  CodeConfig c;
  c.bg = static_cast<int>(state.range(0));
  c.zc = static_cast<int>(state.range(1));
  c.k_prime = (c.bg == 1 ? 22 : 10) * c.zc;
  c.e = static_cast<int>(state.range(2));
  c.qm = 2;
  return derive_code_params(c);
}

void BM_Encode(benchmark::State& state) {
  const CodeParams p = params_of(state);
  auto enc = make_ldpc_encoder("golden");
  Rng rng(1);
  const Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
  for (auto _ : state) {
    Bits f = rate_match(p, enc->encode(p, info));
    benchmark::DoNotOptimize(f.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * p.k_prime);
}

// Decoding at an Es/N0 where every block converges; iterations are reported as a counter.
void BM_Decode(benchmark::State& state) {
  const CodeParams p = params_of(state);
  const double snr_db = static_cast<double>(state.range(3)) / 10.0;
  auto enc = make_ldpc_encoder("golden");
  auto dec = make_ldpc_decoder("golden");
  Rng rng(1);
  const Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
  const auto llr = awgn_llrs(rate_match(p, enc->encode(p, info)), Modulation::Qpsk, snr_db, rng);
  std::vector<std::int16_t> q(llr.size());
  for (std::size_t i = 0; i < llr.size(); ++i) q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(llr[i]));
  SoftBuffer buf = make_soft_buffer(p);
  rate_dematch(p, q, buf);
  DecoderConfig cfg;
  cfg.max_iterations = static_cast<int>(state.range(4));
  cfg.early_stop = state.range(5) != 0;
  std::int64_t iterations = 0;
  for (auto _ : state) {
    DecoderResult r = dec->decode(p, cfg, buf);
    iterations += r.iterations;
    benchmark::DoNotOptimize(r.hard.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * p.k_prime);
  state.counters["iterations"] = benchmark::Counter(static_cast<double>(iterations) / static_cast<double>(state.iterations()));
}

// The float BP reference, for scale (BLER runs are bounded by it).
void BM_DecodeFloatBp(benchmark::State& state) {
  const CodeParams p = params_of(state);
  const double snr_db = static_cast<double>(state.range(3)) / 10.0;
  Rng rng(1);
  const Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
  const auto llr = awgn_llrs(rate_match(p, make_ldpc_encoder("golden")->encode(p, info)), Modulation::Qpsk, snr_db, rng);
  std::vector<double> buf = make_soft_buffer_float(p);
  rate_dematch_float(p, llr, buf);
  DecoderConfig cfg;
  cfg.max_iterations = static_cast<int>(state.range(4));
  cfg.early_stop = state.range(5) != 0;
  FloatBpDecoder dec;
  for (auto _ : state) {
    DecoderResult r = dec.decode(p, cfg, buf);
    benchmark::DoNotOptimize(r.hard.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * p.k_prime);
}

}  // namespace

// BG1 Zc=384 R~1/3 (E = 25344), BG1 Zc=384 R~8/9 (E = 9504), BG2 Zc=128 R~1/5 (E = 6400).
BENCHMARK(BM_Encode)->Args({1, 384, 25344})->Args({1, 384, 9504})->Args({2, 128, 6400})->Unit(benchmark::kMicrosecond);
// Fixed 8 iterations (no early stop): the worst case a pipeline must sustain; and early stop at
// a comfortable SNR (Es/N0 x10 in the 4th argument).
BENCHMARK(BM_Decode)
    ->Args({1, 384, 25344, 20, 8, 0})
    ->Args({1, 384, 25344, 20, 8, 1})
    ->Args({1, 384, 9504, 120, 8, 1})
    ->Args({2, 128, 6400, 0, 8, 1})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DecodeFloatBp)->Args({1, 384, 25344, 20, 8, 0})->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
