// SPDX-License-Identifier: Apache-2.0
// Bench of the kernel shell (batch engine, AXI engines, register block, ap_ctrl) with the
// testbench loopback datapath (tb_loopback_datapath.sv) behind it, through the kernel's Vitis
// ports: AXI4-Lite from the harness's master, device memory from the harness's AXI4 slave
// model with random latency and back-pressure. Checks every completion record, every output
// byte and the bytes around each output (payload on m_axi_data, HARQ on m_axi_harq), OPS_DONE,
// ap_done/ap_idle/interrupt, and the AXI protocol (4 KiB, WLAST, VALID stability) at each port.
//
//   tb_kernel_shell [--seed N] [--timing fast|slow] [--waves file.fst]
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

#include "Vtb_kernel_shell_top.h"
#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/desc.h"
#include "bbkit/sim/axi.h"
#include "bbkit/sim/harness.h"

namespace {

using bbkit::card::Cmpl;
using bbkit::card::ErrorCode;
using bbkit::card::LdpcDesc;
namespace st = bbkit::card::cmpl_status;

constexpr std::uint64_t kMemBase = 0x1'0000'0000;  // above 4 GiB: the upper address words matter
constexpr std::size_t kMemSize = 4 << 20;
constexpr std::uint64_t kDescAt = kMemBase, kCmplAt = kMemBase + 0x10000, kDataAt = kMemBase + 0x20000;
constexpr std::uint64_t kHarqAt = kMemBase + 0x200000;  // the HARQ argument
constexpr std::uint32_t kHqIn = bbkit::card::ldpc_op_flags::kHqCombineInEnable;
constexpr std::uint32_t kHqOut = bbkit::card::ldpc_op_flags::kHqCombineOutEnable;
constexpr std::uint32_t kWatchdog = 4000;  // tb_kernel_shell_top's WatchdogCycles
constexpr std::uint8_t kGuard = 0xA5;

constexpr std::uint32_t reg(std::size_t offset) { return static_cast<std::uint32_t>(offset); }
constexpr std::uint32_t kCtrl = reg(offsetof(bbkit_ldpc_dec_t, ap_ctrl.CTRL));
constexpr std::uint32_t kGie = reg(offsetof(bbkit_ldpc_dec_t, ap_ctrl.GIE));
constexpr std::uint32_t kIer = reg(offsetof(bbkit_ldpc_dec_t, ap_ctrl.IER));
constexpr std::uint32_t kIsr = reg(offsetof(bbkit_ldpc_dec_t, ap_ctrl.ISR));
constexpr std::uint32_t kOpsDone = reg(offsetof(bbkit_ldpc_dec_t, OPS_DONE));
constexpr std::uint32_t kApStart = BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_START_bm;
constexpr std::uint32_t kApDone = BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_DONE_bm;
constexpr std::uint32_t kApIdle = BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_IDLE_bm;
constexpr std::uint32_t kApReady = BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_READY_bm;

int g_failures = 0;
#define CHECK(cond, ...)                                 \
  do {                                                   \
    if (!(cond)) {                                       \
      ++g_failures;                                      \
      std::printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
      std::printf(__VA_ARGS__);                          \
      std::printf("\n");                                 \
    }                                                    \
  } while (0)

// One op as the test builds it, and what the loopback datapath must make of it.
struct TestOp {
  LdpcDesc d{};
  std::vector<std::uint8_t> in;
  std::uint32_t out_room = 0;  // bytes reserved at out_addr (checked: untouched past out_len)
  std::vector<std::uint8_t> harq_in;  // at harq_in_addr
  std::uint32_t harq_room = 0;        // bytes reserved at harq_out_addr (untouched past harq_out_len)
  std::uint16_t expect_status = 0;
  ErrorCode expect_code = ErrorCode::None;
};

class Bench {
 public:
  Bench(const bbkit::sim::Axi4SlaveTiming& timing, const std::string& waves)
      : h_("tb_kernel_shell"),
        loop_([this](int clk) {
          h_.dut().ap_clk = static_cast<CData>(clk);
          h_.eval_step();
        }),
        mem_(kMemBase, kMemSize),
        ctrl_("m_axi_ctrl", BBKIT_AXI4_PINS(h_.dut(), m_axi_ctrl), mem_, timing),
        data_("m_axi_data", BBKIT_AXI4_PINS(h_.dut(), m_axi_data), mem_,
              bbkit::sim::Axi4SlaveTiming{timing.max_latency, timing.ready_prob, timing.valid_prob, timing.seed + 1}),
        harq_("m_axi_harq", BBKIT_AXI4_PINS(h_.dut(), m_axi_harq), mem_,
              bbkit::sim::Axi4SlaveTiming{timing.max_latency, timing.ready_prob, timing.valid_prob, timing.seed + 2}),
        lite_(BBKIT_AXIL_PINS(h_.dut(), s_axi_control), loop_) {
    if (!waves.empty()) h_.start_waves(waves);
    loop_.add(ctrl_);
    loop_.add(data_);
    loop_.add(harq_);
    h_.dut().ap_rst_n = 0;
    loop_.run(8);
    h_.dut().ap_rst_n = 1;
    loop_.run(2);
  }

  bbkit::sim::AxiLiteMaster& lite() { return lite_; }
  bbkit::sim::Axi4MemorySlave& data_port() { return data_; }
  bbkit::sim::Axi4MemorySlave& ctrl_port() { return ctrl_; }
  bbkit::sim::Axi4MemorySlave& harq_port() { return harq_; }
  bbkit::sim::VectorMemory& mem() { return mem_; }
  // Verilator renames a port named like a C++ keyword (interrupt) with a __SYM__ prefix.
  bool interrupt() { return h_.dut().__SYM__interrupt; }
  std::uint64_t cycle() const { return loop_.cycle(); }

  void write64(std::uint32_t offset, std::uint64_t v) {
    lite_.write(offset, static_cast<std::uint32_t>(v));
    lite_.write(offset + 4, static_cast<std::uint32_t>(v >> 32));
  }
  void start(std::uint64_t desc, std::uint64_t cmpl, std::uint64_t data, std::uint32_t n) {
    write64(reg(offsetof(bbkit_ldpc_dec_t, DESC)), desc);
    write64(reg(offsetof(bbkit_ldpc_dec_t, CMPL)), cmpl);
    write64(reg(offsetof(bbkit_ldpc_dec_t, DATA)), data);
    write64(reg(offsetof(bbkit_ldpc_dec_t, HARQ)), kHarqAt);
    lite_.write(reg(offsetof(bbkit_ldpc_dec_t, NUM_OPS)), n);
    lite_.write(kCtrl, kApStart);
  }
  /// Polls CTRL until ap_done; false after `limit` cycles.
  bool wait_done(std::uint64_t limit) {
    const std::uint64_t until = loop_.cycle() + limit;
    while (loop_.cycle() < until) {
      if (lite_.read(kCtrl) & kApDone) return true;
      loop_.run(16);
    }
    return false;
  }

  /// Lays the ops out (descriptors, zeroed records, inputs, guarded outputs at the offsets the
  /// test chose), runs them as one batch and checks everything; returns the batch's cycles.
  std::uint64_t run_batch(std::vector<TestOp>& ops, const char* what) {
    for (std::size_t i = 0; i < ops.size(); ++i) {
      TestOp& op = ops[i];
      std::memcpy(mem_.at(kDescAt + 64 * i), &op.d, sizeof op.d);
      std::memset(mem_.at(kCmplAt + 32 * i), 0, sizeof(Cmpl));
      if (!op.in.empty()) std::memcpy(mem_.at(kDataAt + op.d.in_addr), op.in.data(), op.in.size());
      std::memset(mem_.at(kDataAt + op.d.out_addr), kGuard, op.out_room);
      if (!op.harq_in.empty()) std::memcpy(mem_.at(kHarqAt + op.d.harq_in_addr), op.harq_in.data(), op.harq_in.size());
      if (op.harq_room) std::memset(mem_.at(kHarqAt + op.d.harq_out_addr), kGuard, op.harq_room);
    }
    const std::uint64_t t0 = loop_.cycle();
    start(kDescAt, kCmplAt, kDataAt, static_cast<std::uint32_t>(ops.size()));
    const bool done = wait_done(200000 + 20000ull * ops.size());
    CHECK(done, "%s: no ap_done", what);
    const std::uint64_t cycles = loop_.cycle() - t0;
    CHECK(lite_.read(kOpsDone) == ops.size(), "%s: OPS_DONE %u, %zu ops", what, lite_.read(kOpsDone), ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) check_op(ops[i], i, what);
    return cycles;
  }

  void check_protocol() {
    for (auto* port : {&ctrl_, &data_, &harq_})
      for (const std::string& v : port->violations()) CHECK(false, "AXI protocol: %s", v.c_str());
  }

 private:
  void check_op(const TestOp& op, std::size_t i, const char* what) {
    Cmpl c{};
    std::memcpy(&c, mem_.at(kCmplAt + 32 * i), sizeof c);
    const std::uint16_t want = static_cast<std::uint16_t>(st::kDone | op.expect_status);
    CHECK(c.status == want, "%s op %zu: status 0x%X, want 0x%X (error_code %u)", what, i, c.status, want,
          c.error_code);
    CHECK(c.error_code == static_cast<std::uint8_t>(op.expect_code), "%s op %zu: error_code %u, want %u", what, i,
          c.error_code, static_cast<unsigned>(op.expect_code));
    if (op.expect_code != ErrorCode::BusError || op.d.tag != 0xDE5C)  // a failed descriptor read has no tag
      CHECK(c.tag == op.d.tag, "%s op %zu: tag 0x%X, want 0x%X", what, i, c.tag, op.d.tag);
    CHECK(c.cycles > 0, "%s op %zu: cycles 0", what, i);
    CHECK(c.reserved0 == 0, "%s op %zu: reserved fields written", what, i);
    const bool ok = op.expect_code == ErrorCode::None;
    // the loopback datapath echoes the HARQ input (XOR 0x5A) when both HARQ flags are set
    const bool echo = (op.d.op_flags & kHqIn) && (op.d.op_flags & kHqOut);
    const std::uint32_t harq_len = ok && echo ? op.d.harq_in_len : 0;
    CHECK(c.harq_out_len == harq_len, "%s op %zu: harq_out_len %u, want %u", what, i, c.harq_out_len, harq_len);
    const std::uint32_t out_len = ok ? op.d.in_len : 0;
    CHECK(c.out_len == out_len, "%s op %zu: out_len %u, want %u", what, i, c.out_len, out_len);
    CHECK(c.iterations == (ok ? (op.d.z_c & 0xFF) : 0), "%s op %zu: iterations %u", what, i, c.iterations);
    if (op.expect_code == ErrorCode::BusError || op.expect_code == ErrorCode::Timeout) return;  // output undefined
    const std::uint8_t* out = mem_.at(kDataAt + op.d.out_addr);
    std::size_t bad = 0;
    for (std::uint32_t b = 0; b < out_len; ++b) bad += out[b] != static_cast<std::uint8_t>(~op.in[b]);
    for (std::uint32_t b = out_len; b < op.out_room; ++b) bad += out[b] != kGuard;
    CHECK(bad == 0, "%s op %zu: %zu output bytes wrong (in_len %u, room %u)", what, i, bad, op.d.in_len,
          op.out_room);
    // HARQ output: the echoed bytes, then the guard (an error op writes nothing there)
    const std::uint8_t* hq = mem_.at(kHarqAt + op.d.harq_out_addr);
    bad = 0;
    for (std::uint32_t b = 0; b < harq_len; ++b) bad += hq[b] != static_cast<std::uint8_t>(op.harq_in[b] ^ 0x5A);
    for (std::uint32_t b = harq_len; b < op.harq_room; ++b) bad += hq[b] != kGuard;
    CHECK(bad == 0, "%s op %zu: %zu HARQ output bytes wrong (harq_out_len %u, room %u)", what, i, bad, harq_len,
          op.harq_room);
  }

  bbkit::sim::Harness<Vtb_kernel_shell_top> h_;
  bbkit::sim::ClockLoop loop_;
  bbkit::sim::VectorMemory mem_;
  bbkit::sim::Axi4MemorySlave ctrl_, data_, harq_;
  bbkit::sim::AxiLiteMaster lite_;
};

// Builds ops at consecutive offsets from DATA with random gaps, so bursts start anywhere in a
// 4 KiB page and cross page boundaries.
class OpMaker {
 public:
  explicit OpMaker(std::uint64_t seed) : rng_(seed) {}
  TestOp loopback(std::uint32_t in_len, std::uint32_t out_room) {
    TestOp op;
    op.d.op_type = static_cast<std::uint8_t>(bbkit::card::OpType::LdpcDec);
    op.d.basegraph = 1;
    op.d.z_c = static_cast<std::uint16_t>(uniform(2, 384));
    op.d.rv_index = static_cast<std::uint8_t>(uniform(0, 3));
    op.d.tag = static_cast<std::uint32_t>(rng_());
    op.d.in_len = in_len;
    op.d.out_cap = out_room;
    op.in.resize(in_len);
    for (auto& b : op.in) b = static_cast<std::uint8_t>(rng_());
    op.d.in_addr = place(in_len);
    op.d.out_addr = place(out_room);
    op.out_room = out_room;
    op.expect_status = static_cast<std::uint16_t>((op.d.rv_index & 1 ? st::kSynErr : 0) |
                                                  (op.d.rv_index & 2 ? st::kCrcErr : 0));
    return op;
  }
  // HARQ flags on a loopback op: `in` bytes of HARQ input, `room` bytes reserved for the output.
  TestOp harq(TestOp op, std::uint32_t flags, std::uint32_t in, std::uint32_t room) {
    op.d.op_flags |= flags;
    if (flags & kHqIn) {
      op.harq_in.resize(in);
      for (auto& b : op.harq_in) b = static_cast<std::uint8_t>(rng_());
      op.d.harq_in_addr = static_cast<std::uint32_t>(place_harq(in));
      op.d.harq_in_len = in;
    }
    if (flags & kHqOut) {
      op.d.harq_out_addr = static_cast<std::uint32_t>(place_harq(room));
      op.d.harq_out_cap = room;
      op.harq_room = room;
    }
    return op;
  }
  TestOp failing(TestOp op, ErrorCode code) {
    op.expect_status = st::kErr;
    op.expect_code = code;
    return op;
  }
  std::uint32_t uniform(std::uint32_t lo, std::uint32_t hi) {
    return std::uniform_int_distribution<std::uint32_t>(lo, hi)(rng_);
  }
  void reset() {
    at_ = 0;
    harq_at_ = 0;
  }

 private:
  std::uint64_t place(std::uint32_t bytes) {
    const std::uint64_t a = at_;
    at_ += (bytes + 63) / 64 * 64 + 64 * uniform(0, 70);
    return a;
  }
  std::uint64_t place_harq(std::uint32_t bytes) {
    const std::uint64_t a = harq_at_;
    harq_at_ += (bytes + 63) / 64 * 64 + 64 * uniform(0, 70);
    return a;
  }
  std::mt19937_64 rng_;
  std::uint64_t at_ = 0, harq_at_ = 0;
};

std::uint32_t random_len(OpMaker& m) {
  switch (m.uniform(0, 5)) {
    case 0: return m.uniform(1, 64);
    case 1: return 64 * m.uniform(1, 80);
    case 2: return 64 * m.uniform(1, 80) + 1;
    default: return m.uniform(1, 12000);
  }
}

void test_identity(Bench& b) {
  const std::uint32_t id = reg(offsetof(bbkit_ldpc_dec_t, id));
  const std::uint32_t kKernelId = reg(offsetof(bbkit_ldpc_dec_t, id.KERNEL));
  CHECK(b.lite().read(id) == 0x424B4954, "MAGIC 0x%X", b.lite().read(id));
  CHECK(b.lite().read(kKernelId) == 1, "KERNEL.id %u", b.lite().read(kKernelId));
  CHECK((b.lite().read(kCtrl) & kApIdle) != 0, "idle after reset");
}

void test_empty_batch(Bench& b) {
  std::vector<TestOp> none;
  b.run_batch(none, "empty batch");
  CHECK((b.lite().read(kCtrl) & kApIdle) != 0, "idle after an empty batch");
}

void test_one_op(Bench& b, OpMaker& m) {
  m.reset();
  std::vector<TestOp> ops{m.loopback(1000, 1100)};
  b.run_batch(ops, "one op");
}

void test_many_ops(Bench& b, OpMaker& m, int n) {
  m.reset();
  std::vector<TestOp> ops;
  for (int i = 0; i < n; ++i) {
    const std::uint32_t len = i % 9 == 4 ? 0 : random_len(m);
    ops.push_back(m.loopback(len, len + 64 * m.uniform(0, 3) + m.uniform(0, 63)));
  }
  const std::uint64_t cycles = b.run_batch(ops, "many ops");
  std::printf("  %d ops in %llu cycles\n", n, static_cast<unsigned long long>(cycles));
}

// Shell checks and datapath rejections between good ops: the good ones around them still pass.
void test_errors(Bench& b, OpMaker& m) {
  m.reset();
  std::vector<TestOp> ops;
  ops.push_back(m.loopback(700, 700));
  TestOp t = m.loopback(300, 300);
  t.d.op_type = static_cast<std::uint8_t>(bbkit::card::OpType::LdpcEnc);  // the decoder kernel's shell
  ops.push_back(m.failing(t, ErrorCode::BadOpType));
  t = m.loopback(300, 300);
  t.d.op_type = 0;
  ops.push_back(m.failing(t, ErrorCode::BadOpType));
  t = m.loopback(300, 300);
  t.d.in_addr += 8;
  ops.push_back(m.failing(t, ErrorCode::BadAddress));
  t = m.loopback(300, 300);
  t.d.out_addr += 32;
  ops.push_back(m.failing(t, ErrorCode::BadAddress));
  t = m.loopback(9000, 9000);  // rejected before any input is consumed: the shell drains it
  t.d.basegraph = 0xEE;
  ops.push_back(m.failing(t, ErrorCode::BadBasegraph));
  t = m.loopback(5000, 4000);
  ops.push_back(m.failing(t, ErrorCode::BadLength));
  ops.push_back(m.loopback(4096, 4096));
  b.run_batch(ops, "errors");
}

// m_axi_harq: HARQ input only, output only, both (bursts across 4 KiB pages, partial last beats),
// between plain ops; the shell's BAD_ADDRESS on unaligned HARQ offsets only when the flag is set;
// the datapath's rejection writes no HARQ byte.
void test_harq(Bench& b, OpMaker& m) {
  m.reset();
  std::vector<TestOp> ops;
  ops.push_back(m.loopback(700, 700));
  ops.push_back(m.harq(m.loopback(300, 300), kHqIn, 5000, 0));
  ops.push_back(m.harq(m.loopback(300, 300), kHqOut, 0, 2000));
  ops.push_back(m.harq(m.loopback(1000, 1000), kHqIn | kHqOut, 9000, 9000));
  ops.push_back(m.harq(m.loopback(0, 64), kHqIn | kHqOut, 64, 64));
  ops.push_back(m.harq(m.loopback(64, 64), kHqIn | kHqOut, 1, 70));
  for (int i = 0; i < 8; ++i) {
    const std::uint32_t len = random_len(m);
    ops.push_back(m.harq(m.loopback(random_len(m), 12000), kHqIn | kHqOut, len, len + m.uniform(0, 200)));
  }
  TestOp t = m.harq(m.loopback(300, 300), kHqIn, 640, 0);
  t.d.harq_in_addr += 8;
  ops.push_back(m.failing(t, ErrorCode::BadAddress));
  t = m.harq(m.loopback(300, 300), kHqOut, 0, 640);
  t.d.harq_out_addr += 32;
  t.harq_room = 0;
  ops.push_back(m.failing(t, ErrorCode::BadAddress));
  t = m.loopback(300, 300);  // unaligned HARQ offsets without the flags: ignored
  t.d.harq_in_addr = 3;
  t.d.harq_out_addr = 5;
  ops.push_back(t);
  t = m.harq(m.loopback(300, 300), kHqIn | kHqOut, 3000, 2000);  // BAD_LENGTH from the datapath
  ops.push_back(m.failing(t, ErrorCode::BadLength));
  t = m.harq(m.loopback(9000, 9000), kHqIn | kHqOut, 9000, 9000);  // rejected: HARQ input drained
  t.d.basegraph = 0xEE;
  ops.push_back(m.failing(t, ErrorCode::BadBasegraph));
  ops.push_back(m.harq(m.loopback(4096, 4096), kHqIn | kHqOut, 4096, 4096));
  const std::uint64_t cycles = b.run_batch(ops, "harq");
  std::printf("  %zu HARQ ops in %llu cycles\n", ops.size(), static_cast<unsigned long long>(cycles));
}

// RRESP / BRESP errors on m_axi_harq end the op with BUS_ERROR; the next ops are clean.
void test_harq_bus_errors(Bench& b, OpMaker& m) {
  m.reset();
  std::vector<TestOp> ops;
  ops.push_back(m.harq(m.loopback(500, 500), kHqIn | kHqOut, 3000, 3000));
  TestOp rd = m.harq(m.loopback(600, 600), kHqIn | kHqOut, 8000, 8000);
  ops.push_back(m.failing(rd, ErrorCode::BusError));
  TestOp wr = m.harq(m.loopback(600, 600), kHqIn | kHqOut, 8000, 8000);
  ops.push_back(m.failing(wr, ErrorCode::BusError));
  ops.push_back(m.harq(m.loopback(1500, 1500), kHqIn | kHqOut, 2500, 2600));
  b.harq_port().inject_error(kHarqAt + rd.d.harq_in_addr + 4096, kHarqAt + rd.d.harq_in_addr + 4097, true, false);
  b.harq_port().inject_error(kHarqAt + wr.d.harq_out_addr + 2048, kHarqAt + wr.d.harq_out_addr + 2049, false, true);
  b.run_batch(ops, "harq bus errors");
  b.harq_port().clear_errors();
}

void test_timeout(Bench& b, OpMaker& m) {
  m.reset();
  std::vector<TestOp> ops;
  ops.push_back(m.loopback(200, 200));
  TestOp t = m.loopback(3000, 3000);
  t.d.basegraph = 0xDD;  // consumes its input, never finishes
  ops.push_back(m.failing(t, ErrorCode::Timeout));
  t = m.loopback(0, 64);
  t.d.basegraph = 0xDD;
  ops.push_back(m.failing(t, ErrorCode::Timeout));
  ops.push_back(m.loopback(2500, 2600));  // the datapath was reset and works again
  b.run_batch(ops, "timeout");
  Cmpl c{};
  std::memcpy(&c, b.mem().at(kCmplAt + 32), sizeof c);
  CHECK(c.cycles >= kWatchdog, "timeout after %llu cycles, watchdog %u", static_cast<unsigned long long>(c.cycles),
        kWatchdog);
}

void test_bus_errors(Bench& b, OpMaker& m) {
  m.reset();
  std::vector<TestOp> ops;
  ops.push_back(m.loopback(500, 500));
  TestOp rd = m.loopback(6000, 6000);  // an error in the middle of the input
  ops.push_back(m.failing(rd, ErrorCode::BusError));
  TestOp wr = m.loopback(6000, 6000);  // an error in the middle of the output
  ops.push_back(m.failing(wr, ErrorCode::BusError));
  TestOp dsc = m.loopback(100, 100);  // the descriptor itself
  dsc.d.tag = 0xDE5C;
  ops.push_back(m.failing(dsc, ErrorCode::BusError));
  ops.push_back(m.loopback(1500, 1500));
  b.data_port().inject_error(kDataAt + rd.d.in_addr + 4096, kDataAt + rd.d.in_addr + 4097, true, false);
  b.data_port().inject_error(kDataAt + wr.d.out_addr + 2048, kDataAt + wr.d.out_addr + 2049, false, true);
  b.ctrl_port().inject_error(kDescAt + 64 * 3, kDescAt + 64 * 3 + 1, true, false);
  b.run_batch(ops, "bus errors");
  b.data_port().clear_errors();
  b.ctrl_port().clear_errors();
}

void test_ap_ctrl(Bench& b, OpMaker& m) {
  auto& l = b.lite();
  l.write(kGie, 1);
  l.write(kIer, BBKIT_LDPC_DEC__AP_CTRL__IER__DONE_bm);
  CHECK(!b.interrupt(), "no interrupt before the batch");
  m.reset();
  std::vector<TestOp> ops{m.loopback(6000, 6000), m.loopback(6000, 6000)};
  for (std::size_t i = 0; i < ops.size(); ++i) {
    std::memcpy(b.mem().at(kDescAt + 64 * i), &ops[i].d, sizeof(LdpcDesc));
    std::memcpy(b.mem().at(kDataAt + ops[i].d.in_addr), ops[i].in.data(), ops[i].in.size());
  }
  b.start(kDescAt, kCmplAt, kDataAt, 2);
  const std::uint32_t running = l.read(kCtrl);
  CHECK(!(running & kApIdle) && !(running & kApStart), "running: CTRL 0x%X", running);
  CHECK(running & kApReady, "ap_ready after the arguments were taken: CTRL 0x%X", running);
  CHECK(!(l.read(kCtrl) & kApReady), "ap_ready clears on read");
  CHECK(!b.interrupt(), "no interrupt while running");
  while (!b.interrupt() && b.cycle() < 10'000'000) l.read(kOpsDone);
  CHECK(b.interrupt(), "interrupt at ap_done");
  CHECK(l.read(kIsr) == BBKIT_LDPC_DEC__AP_CTRL__ISR__DONE_bm, "ISR.done");
  const std::uint32_t done = l.read(kCtrl);
  CHECK((done & kApDone) && (done & kApIdle), "done and idle: CTRL 0x%X", done);
  CHECK(!(l.read(kCtrl) & kApDone), "ap_done clears on read");
  CHECK(b.interrupt(), "the interrupt holds until ISR is cleared");
  l.write(kIsr, BBKIT_LDPC_DEC__AP_CTRL__ISR__DONE_bm);  // toggle on write
  CHECK(l.read(kIsr) == 0 && !b.interrupt(), "ISR cleared, interrupt low");
  CHECK(l.read(kOpsDone) == 2, "OPS_DONE 2");
  l.write(kGie, 0);
  l.write(kIer, 0);
}

}  // namespace

int main(int argc, char** argv) {
  const std::uint64_t seed = std::stoull(bbkit::sim::arg_value(argc, argv, "seed", "1"));
  const std::string timing = bbkit::sim::arg_value(argc, argv, "timing", "fast");
  bbkit::sim::Axi4SlaveTiming t;
  t.seed = seed;
  if (timing == "slow") {  // latency and back-pressure on every channel
    t.max_latency = 24;
    t.ready_prob = 0.4;
    t.valid_prob = 0.5;
  } else if (timing != "fast") {
    std::fprintf(stderr, "--timing fast|slow\n");
    return 2;
  }
  Bench bench(t, bbkit::sim::arg_value(argc, argv, "waves", ""));
  OpMaker maker(seed);
  try {
    test_identity(bench);
    test_empty_batch(bench);
    test_one_op(bench, maker);
    test_many_ops(bench, maker, 40);
    test_errors(bench, maker);
    test_timeout(bench, maker);
    test_bus_errors(bench, maker);
    test_harq(bench, maker);
    test_harq_bus_errors(bench, maker);
    test_ap_ctrl(bench, maker);
    test_many_ops(bench, maker, 10);
    bench.check_protocol();
  } catch (const std::exception& e) {
    CHECK(false, "%s", e.what());
  }
  std::printf("tb_kernel_shell seed %llu timing %s: %s (%d failures, %llu cycles)\n",
              static_cast<unsigned long long>(seed), timing.c_str(), g_failures ? "FAIL" : "PASS", g_failures,
              static_cast<unsigned long long>(bench.cycle()));
  return g_failures ? 1 : 0;
}
