// SPDX-License-Identifier: Apache-2.0
// The same decode ops three ways: the golden model called directly (params, dematch, decode,
// pack), the runtime's cpu device (enqueue a batch, dequeue every completion), and the
// sim device when this build has it. items_per_second is ops per CPU second; µs/op = 1e6 / that.
#include <benchmark/benchmark.h>

#include "bbkit/common/bits.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/runtime/device.h"
#include "bbkit/runtime/random_ops.h"

namespace bbkit::runtime {
namespace {

constexpr int kBatch = 64;

RandomOpsConfig config(const benchmark::State& state) {
  RandomOpsConfig c;
  c.count = kBatch;
  c.encode = false;
  c.bg = static_cast<int>(state.range(0));
  c.zc = static_cast<int>(state.range(1));
  c.es_n0_db = 2.0;  // a few iterations per op, as in a loaded cell
  return c;
}

// What a program without the runtime writes for each op.
void BM_GoldenDirect(benchmark::State& state) {
  auto device = open_device("cpu");
  const std::vector<LdpcOp> ops = make_random_ldpc_ops(config(state), *device);
  auto decoder = ldpc::make_ldpc_decoder("golden");
  for (auto _ : state) {
    for (const LdpcOp& op : ops) {
      const card::LdpcDesc& d = op.desc;
      ldpc::CodeConfig c;
      c.bg = d.basegraph;
      c.zc = d.z_c;
      c.k_prime = ldpc::base_graph_shape(d.basegraph).info_cols * d.z_c - d.n_filler;
      c.e = static_cast<int>(d.e);
      c.qm = d.q_m;
      c.n_cb = d.n_cb;
      const ldpc::CodeParams p = ldpc::derive_code_params(c);
      ldpc::DecoderConfig cfg;
      cfg.max_iterations = d.iter_max;
      cfg.early_stop = true;
      cfg.crc = CrcType::Crc24B;
      const auto llr = ldpc::llrs_from_bytes(Bytes(op.input->data(), op.input->data() + d.in_len));
      ldpc::SoftBuffer buf = ldpc::make_soft_buffer(p);
      ldpc::rate_dematch(p, llr, buf);
      const Bytes out = pack_bits(decoder->decode(p, cfg, buf).hard);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}

void run_device(benchmark::State& state, const std::string& name) {
  DeviceOptions options;
  options.queue_depth = kBatch;
  options.max_batch = kBatch;
  std::unique_ptr<Device> device;
  try {
    device = open_device(name, options);
  } catch (const DeviceError& e) {
    state.SkipWithError(e.what());
    return;
  }
  const std::vector<LdpcOp> ops = make_random_ldpc_ops(config(state), *device);
  Queue& q = device->queue(0);
  for (auto _ : state) {
    std::size_t done = 0;
    if (q.enqueue(ops) != ops.size()) state.SkipWithError("queue refused ops");
    while (done < ops.size()) done += q.dequeue_wait(kBatch, std::chrono::milliseconds(1000)).size();
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}

void BM_RuntimeCpu(benchmark::State& state) { run_device(state, "cpu"); }
void BM_RuntimeSim(benchmark::State& state) { run_device(state, "sim"); }

// {base graph, Zc}: a small block (overhead shows most) and the largest. CPU time is the whole
// process's (the runtime's worker thread included), so the comparison holds on a shared machine
// where wall time follows the load; items_per_second is per process CPU second.
#define BBKIT_SIZES ->Args({2, 64})->Args({1, 384})->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime()
BENCHMARK(BM_GoldenDirect) BBKIT_SIZES;
BENCHMARK(BM_RuntimeCpu) BBKIT_SIZES;
BENCHMARK(BM_RuntimeSim) BBKIT_SIZES;

}  // namespace
}  // namespace bbkit::runtime

BENCHMARK_MAIN();
