// SPDX-License-Identifier: Apache-2.0
// C-simulation throughput of the LDPC HLS kernels compiled natively (the kernel tops through the
// host wrapper, with the native ap_int / hls::stream model), in information bits per second.
// A C-simulation figure: what a verification run costs on a CPU, not the hardware's speed
// (docs/results/ldpc-hls.md has the cycle estimate for that).
#include <benchmark/benchmark.h>

#include "bbkit/common/channel.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/hls/ldpc/host.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"

namespace {

using namespace bbkit;

// Args: BG, Zc, E (K' = K: no fillers), Qm 2.
ldpc::CodeParams params_of(const benchmark::State& state) {
  ldpc::CodeConfig c;
  c.bg = static_cast<int>(state.range(0));
  c.zc = static_cast<int>(state.range(1));
  c.k_prime = (c.bg == 1 ? 22 : 10) * c.zc;
  c.e = static_cast<int>(state.range(2));
  c.qm = 2;
  return ldpc::derive_code_params(c);
}

void BM_HlsEncodeCsim(benchmark::State& state) {
  const ldpc::CodeParams p = params_of(state);
  Rng rng(1);
  const Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
  for (auto _ : state) {
    Bits f = ldpc_hls::kernel_encode(p, std::nullopt, info, true);
    benchmark::DoNotOptimize(f.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * p.k_prime);
}

// Args 4..6: Es/N0 x10, max iterations, early stop.
void BM_HlsDecodeCsim(benchmark::State& state) {
  const ldpc::CodeParams p = params_of(state);
  Rng rng(1);
  const Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
  const auto llr = awgn_llrs(ldpc::rate_match(p, ldpc::make_ldpc_encoder("golden")->encode(p, info)), Modulation::Qpsk,
                             static_cast<double>(state.range(3)) / 10.0, rng);
  std::vector<std::int16_t> q(llr.size());
  for (std::size_t i = 0; i < llr.size(); ++i) q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(llr[i]));
  ldpc::DecoderConfig cfg;
  cfg.max_iterations = static_cast<int>(state.range(4));
  cfg.early_stop = state.range(5) != 0;
  std::int64_t iterations = 0;
  for (auto _ : state) {
    ldpc::DecoderResult r = ldpc_hls::kernel_decode(p, cfg, q);
    iterations += r.iterations;
    benchmark::DoNotOptimize(r.hard.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * p.k_prime);
  state.counters["iterations"] = benchmark::Counter(static_cast<double>(iterations) / static_cast<double>(state.iterations()));
}

}  // namespace

// The same points as the golden model's bench (verification/model/ldpc/bench), so the two compare.
BENCHMARK(BM_HlsEncodeCsim)->Args({1, 384, 25344})->Args({2, 128, 6400})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_HlsDecodeCsim)
    ->Args({1, 384, 25344, 20, 8, 0})
    ->Args({1, 384, 25344, 20, 8, 1})
    ->Args({2, 128, 6400, 0, 8, 1})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
