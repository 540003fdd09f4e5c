// SPDX-License-Identifier: Apache-2.0
// The same decode ops three ways: the golden model called directly (params, dematch, decode,
// pack), the runtime's cpu device (enqueue a batch, dequeue every completion), and the
// sim device when this build has it. items_per_second is ops per CPU second; µs/op = 1e6 / that.
#include <benchmark/benchmark.h>

#include "bbkit/common/bits.h"
#include "bbkit/common/crc.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/runtime/device.h"
#include "bbkit/runtime/random_ops.h"

namespace bbkit::runtime {
namespace {

constexpr int kBatch = 64;

// Arguments: {base graph, Zc, 1 decode / 0 encode}.
RandomOpsConfig config(const benchmark::State& state, int count = kBatch) {
  RandomOpsConfig c;
  c.count = count;
  c.decode = state.range(2) == 1;
  c.encode = !c.decode;
  c.bg = static_cast<int>(state.range(0));
  c.zc = static_cast<int>(state.range(1));
  c.es_n0_db = 2.0;  // a few iterations per decode, as in a loaded cell
  return c;
}

// What a program without the runtime writes for each op (the ops of random_ops.h: CRC24B
// checked or attached, rate matching).
void BM_GoldenDirect(benchmark::State& state) {
  auto device = open_device("cpu");
  const std::vector<LdpcOp> ops = make_random_ldpc_ops(config(state), *device);
  auto decoder = ldpc::make_ldpc_decoder("golden");
  auto encoder = ldpc::make_ldpc_encoder("golden");
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
      Bytes out;
      if (d.op_type == static_cast<std::uint8_t>(card::OpType::LdpcDec)) {
        ldpc::DecoderConfig cfg;
        cfg.max_iterations = d.iter_max;
        cfg.early_stop = true;
        cfg.crc = CrcType::Crc24B;
        const auto llr = ldpc::llrs_from_bytes(Bytes(op.input->data(), op.input->data() + d.in_len));
        ldpc::SoftBuffer buf = ldpc::make_soft_buffer(p);
        ldpc::rate_dematch(p, llr, buf);
        out = pack_bits(decoder->decode(p, cfg, buf).hard);
      } else {
        Bits info = unpack_bits(op.input->data(), d.in_len, static_cast<std::size_t>(p.k_prime - 24));
        crc_attach(CrcType::Crc24B, info);
        out = pack_bits(ldpc::rate_match(p, encoder->encode(p, info)));
      }
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}

void run_device(benchmark::State& state, const std::string& name, int batch = kBatch) {
  DeviceOptions options;
  options.queue_depth = batch;
  options.max_batch = batch;
  std::unique_ptr<Device> device;
  try {
    device = open_device(name, options);
  } catch (const DeviceError& e) {
    state.SkipWithError(e.what());
    return;
  }
  const std::vector<LdpcOp> ops = make_random_ldpc_ops(config(state, batch), *device);
  Queue& q = device->queue(0);
  double cycles = 0;
  for (auto _ : state) {
    std::size_t done = 0;
    if (q.enqueue(ops) != ops.size()) state.SkipWithError("queue refused ops");
    while (done < ops.size())
      for (const Completion& c : q.dequeue_wait(ops.size(), std::chrono::milliseconds(1000))) {
        ++done;
        cycles += static_cast<double>(c.cycles);
      }
  }
  state.SetItemsProcessed(state.iterations() * batch);
  // The kernel clock cycles per op the completion records report (sim: the RTL's own count).
  if (cycles > 0) state.counters["kernel_cycles_per_op"] = cycles / static_cast<double>(state.iterations() * batch);
}

void BM_RuntimeCpu(benchmark::State& state) { run_device(state, "cpu"); }
// The sim device runs the cycle-accurate RTL (up to ~1 s of CPU per op): 8 ops per batch, not 64.
void BM_RuntimeSim(benchmark::State& state) { run_device(state, "sim", 8); }

// The worst case for the runtime: one op per enqueue/dequeue round trip (a thread wake-up each).
void BM_RuntimeCpuOneByOne(benchmark::State& state) {
  auto device = open_device("cpu");
  const std::vector<LdpcOp> ops = make_random_ldpc_ops(config(state), *device);
  Queue& q = device->queue(0);
  for (auto _ : state) {
    for (const LdpcOp& op : ops) {
      q.enqueue(&op, 1);
      while (q.dequeue_wait(1, std::chrono::milliseconds(1000)).empty()) {
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}

// {base graph, Zc}: a small block (overhead shows most) and the largest. CPU time is the whole
// process's (the runtime's worker thread included), so the comparison holds on a shared machine
// where wall time follows the load; items_per_second is per process CPU second.
#define BBKIT_SIZES                                                                          \
  ->Args({2, 64, 1})->Args({1, 384, 1})->Args({2, 64, 0})->Args({1, 384, 0})->Unit(benchmark::kMicrosecond) \
      ->MeasureProcessCPUTime()
BENCHMARK(BM_GoldenDirect) BBKIT_SIZES;
BENCHMARK(BM_RuntimeCpu) BBKIT_SIZES;
BENCHMARK(BM_RuntimeCpuOneByOne) BBKIT_SIZES;
// sim: the cycle-accurate RTL, so 8 ops per batch (run_device) and two iterations.
BENCHMARK(BM_RuntimeSim) BBKIT_SIZES->Iterations(2);

}  // namespace
}  // namespace bbkit::runtime

BENCHMARK_MAIN();
