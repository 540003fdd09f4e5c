// SPDX-License-Identifier: Apache-2.0
// A full slot (273 PRB x 12 subcarriers x 14 symbols = 45864 REs) at 64 antennas x 16 layers:
// 46.96 M complex MACs per apply. Counter "cMAC/s" = complex multiply-accumulates per second.
// Args: direction (0 precode, 1 combine), PRBs per weight group.
#include <benchmark/benchmark.h>

#include "bbkit/bf/apply.h"
#include "bbkit/bf/bfp.h"
#include "bbkit/bf/channel.h"
#include "bbkit/bf/weights.h"

namespace bbkit::bf {
namespace {

ApplyConfig slot(const benchmark::State& state) {
  ApplyConfig c;
  c.antennas = 64;
  c.layers = 16;
  c.direction = state.range(0) == 0 ? Direction::Precode : Direction::Combine;
  c.prb_group = static_cast<int>(state.range(1));
  return c;
}

template <typename T>
std::vector<T> random_values(std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<T> v(n);
  for (auto& s : v) {
    if constexpr (std::is_same_v<T, Iq16>)
      s = {static_cast<std::int16_t>(rng() >> 52), static_cast<std::int16_t>(rng() >> 52)};  // 12-bit values
    else
      s = T(static_cast<typename T::value_type>(double(rng() >> 11) * 0x1.0p-53 - 0.5),
            static_cast<typename T::value_type>(double(rng() >> 11) * 0x1.0p-53 - 0.5));
  }
  return v;
}

void set_counters(benchmark::State& state, const ApplyConfig& c) {
  state.counters["cMAC/s"] = benchmark::Counter(c.complex_macs(), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["slots/s"] = benchmark::Counter(1, benchmark::Counter::kIsIterationInvariantRate);
}

void BM_ApplyFixedGolden(benchmark::State& state) {
  const ApplyConfig c = slot(state);
  const auto w = random_values<Iq16>(c.weight_count(), 1);
  const auto x = random_values<Iq16>(c.input_count(), 2);
  std::vector<Iq16> y;
  auto impl = make_bf_apply("golden");
  for (auto _ : state) {
    impl->process(c, w, x, y);
    benchmark::DoNotOptimize(y.data());
  }
  set_counters(state, c);
}

template <typename C>
void BM_ApplyEigen(benchmark::State& state) {
  const ApplyConfig c = slot(state);
  const auto w = random_values<C>(c.weight_count(), 1);
  const auto x = random_values<C>(c.input_count(), 2);
  std::vector<C> y;
  for (auto _ : state) {
    apply_float(c, w, x, y);
    benchmark::DoNotOptimize(y.data());
  }
  set_counters(state, c);
}

void ApplyArgs(benchmark::internal::Benchmark* b) {
  b->ArgNames({"combine", "prb_group"})->Args({0, 1})->Args({0, 4})->Args({1, 1})->Args({1, 4});
  b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_ApplyFixedGolden)->Apply(ApplyArgs);
BENCHMARK(BM_ApplyEigen<Cf32>)->Apply(ApplyArgs);
BENCHMARK(BM_ApplyEigen<Cf64>)->Apply(ApplyArgs);

// Weight computation for one 64 x 16 PRB group (MMSE, per-antenna max).
void BM_Weights(benchmark::State& state, const char* impl) {
  Rng rng(3);
  const CMatrix h = rayleigh_channel(16, 64, rng);
  auto calc = make_weight_calculator(impl);
  for (auto _ : state) benchmark::DoNotOptimize(calc->process({0.1, Normalization::PerAntennaMax}, h).data());
  state.counters["matrices/s"] = benchmark::Counter(1, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK_CAPTURE(BM_Weights, reference, "reference")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Weights, cholesky_f32, "cholesky-f32")->Unit(benchmark::kMicrosecond);

// BFP9 compression of a full 64-antenna slot (273 x 14 x 64 PRB blocks).
void BM_Bfp9Compress(benchmark::State& state) {
  const auto x = random_values<Iq16>(std::size_t{64} * 14 * 273 * 12, 4);
  BfpConfig c;
  for (auto _ : state) benchmark::DoNotOptimize(bfp_compress(c, x).mantissas.data());
  state.counters["PRBs/s"] = benchmark::Counter(64.0 * 14 * 273, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Bfp9Compress)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace bbkit::bf

BENCHMARK_MAIN();
