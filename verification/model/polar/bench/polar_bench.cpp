// SPDX-License-Identifier: Apache-2.0
// Decode latency of the polar golden model: one channel transmission per iteration (rate
// recovery + CA-SCL + CRC selection) on noisy LLRs at an operating point near BLER 1e-2, so
// the list is exercised as in a receiver. Figures go to docs/results/polar.md.
#include <benchmark/benchmark.h>

#include "bbkit/common/channel.h"
#include "bbkit/polar/decoder.h"
#include "bbkit/polar/encoder.h"

namespace {

using namespace bbkit;

struct Workload {
  polar::PolarConfig config;
  std::vector<std::vector<double>> llrs;
  std::vector<std::vector<std::int8_t>> quantized;
};

// 64 noisy frames, cycled through, so no single frame's difficulty dominates.
Workload make_workload(const polar::PolarConfig& config, double es_n0_db) {
  Workload w{config, {}, {}};
  auto encoder = polar::make_polar_encoder("golden");
  Rng rng(2024);
  for (int i = 0; i < 64; ++i) {
    const Bits payload = random_bits(rng, static_cast<std::size_t>(config.a));
    w.llrs.push_back(awgn_llrs(encoder->process(config, payload), Modulation::Qpsk, es_n0_db, rng));
    w.quantized.push_back(polar::quantize_llrs(w.llrs.back()));
  }
  return w;
}

// DCI A=40, AL=8: K=64, E=864, N=512. UCI A=200, E=1024: K=211, N=1024.
const polar::PolarConfig kDci{polar::Channel::Dci, 40, 0, 8, 0x4601};
const polar::PolarConfig kUci{polar::Channel::Uci, 200, 1024};
const polar::PolarConfig kPbch{polar::Channel::Pbch, 32, 864};

void decode_fixed(benchmark::State& state, const polar::PolarConfig& config, double snr) {
  const Workload w = make_workload(config, snr);
  auto decoder = polar::make_polar_decoder("golden");
  const polar::DecoderConfig dc{static_cast<int>(state.range(0))};
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = decoder->process(config, dc, w.quantized[i++ % w.quantized.size()]);
    benchmark::DoNotOptimize(r);
  }
  state.SetLabel("N=" + std::to_string(polar::make_plan(config).blocks[0].big_n));
}

void decode_float(benchmark::State& state, const polar::PolarConfig& config, double snr) {
  const Workload w = make_workload(config, snr);
  polar::FloatSclDecoder decoder;
  const polar::DecoderConfig dc{static_cast<int>(state.range(0))};
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = decoder.process(config, dc, w.llrs[i++ % w.llrs.size()]);
    benchmark::DoNotOptimize(r);
  }
}

void encode(benchmark::State& state, const polar::PolarConfig& config) {
  auto encoder = polar::make_polar_encoder("golden");
  Rng rng(1);
  const Bits payload = random_bits(rng, static_cast<std::size_t>(config.a));
  for (auto _ : state) {
    auto coded = encoder->process(config, payload);
    benchmark::DoNotOptimize(coded);
  }
}

}  // namespace

BENCHMARK_CAPTURE(decode_fixed, dci_a40_al8, kDci, -4.0)->Arg(1)->Arg(8)->Arg(32)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(decode_fixed, uci_a200_e1024, kUci, 0.0)->Arg(1)->Arg(8)->Arg(32)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(decode_fixed, pbch, kPbch, -8.0)->Arg(8)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(decode_float, dci_a40_al8, kDci, -4.0)->Arg(8)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(decode_float, uci_a200_e1024, kUci, 0.0)->Arg(8)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(encode, dci_a40_al8, kDci)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(encode, uci_a200_e1024, kUci)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
