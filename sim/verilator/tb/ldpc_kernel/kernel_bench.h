// SPDX-License-Identifier: Apache-2.0
// What the benches of the full Vitis LDPC kernels (rtl/ldpc/bbkit_ldpc_{dec,enc}_kernel.sv:
// register block, batch engine, AXI masters and the real datapath) share: the kernel on the
// harness's AXI agents (AXI4-Lite master, AXI4 memory slaves with optional latency and
// back-pressure, one flat memory above 4 GiB), driven through the host's own ap_ctrl_hs code
// (runtime::ApCtrlKernel over this bench as its ControlPort, as the sim device drives its
// kernels), and the check of a batch against the golden model: every completion record (status,
// error code, iterations, tag, out_len, harq_out_len, cycles, reserved word), every output and
// HARQ output byte, the guard bytes around them, the record after the batch and OPS_DONE.
//
// The golden model (runtime::GoldenLdpc, the cpu device) decides every op but the shell's own
// errors it does not model: BAD_ADDRESS of a misaligned payload offset, BUS_ERROR of an
// injected AXI error response and TIMEOUT of the watchdog, which an op states in `expect`.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "bbkit/card/desc_util.h"
#include "bbkit/card/generated/desc.h"
#include "bbkit/card/kernel_desc.h"
#include "bbkit/common/bits.h"
#include "bbkit/common/rng.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "bbkit/runtime/platform.h"
#include "bbkit/sim/axi.h"
#include "bbkit/sim/harness.h"

namespace bbkit::tb {

namespace st = card::cmpl_status;

/// A register offset from the generated header's struct (offsetof), as the control port takes it.
constexpr std::uint32_t reg(std::size_t offset) { return static_cast<std::uint32_t>(offset); }

/// One op of a batch. Offsets (in_addr, out_addr, harq_*_addr) are filled in by the layout;
/// the *_skew bytes are added to them afterwards (a misaligned offset: BAD_ADDRESS).
struct KernelOp {
  std::string what;
  card::LdpcDesc desc{};
  Bytes in, harq_in;  ///< in_len bytes of input (fewer: the rest zero); harq_in_len bytes of HARQ input
  std::uint32_t in_skew = 0, out_skew = 0, harq_in_skew = 0, harq_out_skew = 0;
  /// The shell's error the golden does not model (BAD_ADDRESS, BUS_ERROR, TIMEOUT); unset: the golden decides.
  std::optional<card::ErrorCode> expect;
  bool desc_unreadable = false;  ///< its descriptor read fails: the record's tag is not the op's
};

/// What the bench read back for one op after its batch.
struct KernelResult {
  card::Cmpl cmpl{};
  Bytes out, harq_out;  ///< out_len / harq_out_len bytes at the op's output offsets
};

struct Totals {
  int ops = 0, failures = 0, batches = 0;
};

/// The memory map of the bench: DESC, CMPL, DATA and HARQ regions of one flat memory.
struct MemoryMap {
  static constexpr std::uint64_t kBase = 0x1'0000'0000;  // above 4 GiB: the upper argument words matter
  static constexpr std::size_t kSize = 12u << 20;
  static constexpr std::uint64_t kDesc = kBase, kCmpl = kBase + 0x20000;
  static constexpr std::uint64_t kData = kBase + 0x40000, kDataEnd = kBase + (8u << 20);
  static constexpr std::uint64_t kHarq = kDataEnd, kHarqEnd = kBase + kSize;
};

/// A write and a read presented in the same cycle, each response held back `hold` cycles once
/// offered: two transactions in flight and BREADY / RREADY low, which the harness's blocking
/// AXI4-Lite master never does and a host with posted writes or a slow reader does. Active only inside
/// write_and_read(); added to the clock loop after that master, so its pins win while active.
class AxiLiteOverlap final : public sim::Agent {
 public:
  AxiLiteOverlap(const sim::AxiLitePins& pins, sim::ClockLoop& loop) : p_(pins), loop_(loop) {}

  /// The read's data; throws when a response is missing or not OKAY.
  std::uint32_t write_and_read(std::uint32_t waddr, std::uint32_t wdata, std::uint32_t raddr, unsigned hold) {
    waddr_ = waddr;
    wdata_ = wdata;
    raddr_ = raddr;
    hold_ = hold;
    aw_ = w_ = ar_ = true;
    b_ = r_ = false;
    b_wait_ = r_wait_ = 0;
    active_ = true;
    for (unsigned i = 0; i < 256 && !(b_ && r_); ++i) loop_.tick();
    active_ = false;
    if (!(b_ && r_) || bresp_ != 0 || rresp_ != 0)
      throw std::runtime_error("overlapped AXI4-Lite write and read: response " + std::string(b_ ? "" : "B missing ") +
                               (r_ ? "" : "R missing ") + "BRESP " + std::to_string(bresp_) + " RRESP " +
                               std::to_string(rresp_));
    return rdata_;
  }

  void drive() override {
    if (!active_) return;
    *p_.awvalid = aw_;
    *p_.awaddr = static_cast<SData>(waddr_);
    *p_.wvalid = w_;
    *p_.wdata = wdata_;
    *p_.wstrb = 0xF;
    *p_.arvalid = ar_;
    *p_.araddr = static_cast<SData>(raddr_);
    *p_.bready = !b_ && b_wait_ >= hold_;
    *p_.rready = !r_ && r_wait_ >= hold_;
  }
  void sample() override {
    if (!active_) return;
    if (aw_ && *p_.awready) aw_ = false;
    if (w_ && *p_.wready) w_ = false;
    if (ar_ && *p_.arready) ar_ = false;
    if (*p_.bvalid && *p_.bready) {
      b_ = true;
      bresp_ = *p_.bresp;
    } else if (*p_.bvalid) {
      ++b_wait_;
    }
    if (*p_.rvalid && *p_.rready) {
      r_ = true;
      rresp_ = *p_.rresp;
      rdata_ = *p_.rdata;
    } else if (*p_.rvalid) {
      ++r_wait_;
    }
  }

 private:
  sim::AxiLitePins p_;
  sim::ClockLoop& loop_;
  bool active_ = false, aw_ = false, w_ = false, ar_ = false, b_ = false, r_ = false;
  std::uint32_t waddr_ = 0, wdata_ = 0, raddr_ = 0, rdata_ = 0;
  unsigned hold_ = 0, b_wait_ = 0, r_wait_ = 0, bresp_ = 0, rresp_ = 0;
};

/// The kernel `Model` (a Verilated bbkit_ldpc_{dec,enc}_kernel) with its agents. `kHarq`: the
/// kernel has m_axi_harq (the decoder).
template <class Model, bool kHarq>
class KernelBench final : public runtime::ControlPort {
 public:
  static constexpr std::uint8_t kGuard = 0xA5;

  KernelBench(const std::string& name, const card::KernelDesc& kernel, const sim::Axi4SlaveTiming& timing,
              const std::string& waves)
      : h_(name),
        loop_([this](int clk) {
          h_.dut().ap_clk = static_cast<CData>(clk);
          h_.eval_step();
        }),
        mem_(MemoryMap::kBase, MemoryMap::kSize),
        ctrl_("m_axi_ctrl", BBKIT_AXI4_PINS(h_.dut(), m_axi_ctrl), mem_, with_seed(timing, 0)),
        data_("m_axi_data", BBKIT_AXI4_PINS(h_.dut(), m_axi_data), mem_, with_seed(timing, 1)),
        lite_(BBKIT_AXIL_PINS(h_.dut(), s_axi_control), loop_),
        overlap_(BBKIT_AXIL_PINS(h_.dut(), s_axi_control), loop_),
        ap_(kernel, *this, name) {
    if (!waves.empty()) h_.start_waves(waves);
    loop_.add(ctrl_);
    loop_.add(data_);
    if constexpr (kHarq) {
      harq_.emplace("m_axi_harq", BBKIT_AXI4_PINS(h_.dut(), m_axi_harq), mem_, with_seed(timing, 2));
      loop_.add(*harq_);
    }
    loop_.add(overlap_);  // after lite_ (added by its constructor): its pins win while active
    h_.dut().ap_rst_n = 0;
    loop_.run(8);
    h_.dut().ap_rst_n = 1;
    loop_.run(2);
  }

  // runtime::ControlPort: what ApCtrlKernel drives
  std::uint32_t read(std::uint32_t offset) override { return lite_.read(offset); }
  void write(std::uint32_t offset, std::uint32_t value) override { lite_.write(offset, value); }
  void step(std::uint64_t cycles) override { loop_.run(cycles); }
  std::uint64_t cycle() const override { return loop_.cycle(); }

  runtime::ApCtrlKernel& ap() { return ap_; }
  AxiLiteOverlap& overlap() { return overlap_; }
  sim::VectorMemory& mem() { return mem_; }
  sim::Axi4MemorySlave& ctrl_port() { return ctrl_; }
  sim::Axi4MemorySlave& data_port() { return data_; }
  sim::Axi4MemorySlave& harq_port() { return *harq_; }
  // Verilator renames a port named like a C++ keyword (interrupt) with a __SYM__ prefix.
  bool interrupt() { return h_.dut().__SYM__interrupt; }

  /// The golden's view of the kernel: its op type, and the limits its CAPS registers report.
  void set_caps(const runtime::Capabilities& caps) { caps_ = caps; }
  const runtime::Capabilities& caps() const { return caps_; }

  /// Lays `ops` out in memory (descriptors, zeroed records, inputs, guarded outputs at random
  /// 64-byte offsets that make bursts start anywhere in a 4 KiB page), writes the arguments and
  /// ap_start, waits for ap_done and checks every op against the golden. With `results`, gets
  /// what the kernel wrote (a HARQ chain feeds one op's HARQ output to the next batch).
  void run_batch(std::vector<KernelOp>& ops, const char* what, Totals& t, Rng& rng,
                 std::vector<KernelResult>* results = nullptr) {
    lay_out(ops, rng);
    const std::uint64_t t0 = loop_.cycle();
    ap_.start(args(ops.size()));
    const bool done = ap_.wait_done(std::chrono::steady_clock::now() + std::chrono::minutes(2), 32);
    check(done, t, "%s: no ap_done", what);
    verify(ops, what, t, results);
    std::printf("  batch %-24s %3zu ops, %8llu cycles\n", what, ops.size(),
                static_cast<unsigned long long>(loop_.cycle() - t0));
  }

  /// The kernel arguments of a batch of `n` ops laid out by lay_out().
  static runtime::BatchArgs args(std::size_t n) {
    runtime::BatchArgs a;
    a.desc = MemoryMap::kDesc;
    a.cmpl = MemoryMap::kCmpl;
    a.data = MemoryMap::kData;
    a.harq = MemoryMap::kHarq;
    a.num_ops = static_cast<std::uint32_t>(n);
    return a;
  }

  /// Writes the batch into memory: descriptors, zeroed records (and a guard record after the
  /// last), inputs, guarded outputs at random 64-byte offsets with gaps (bursts start anywhere
  /// in a 4 KiB page and cross pages), each offset plus the op's skew.
  void lay_out(std::vector<KernelOp>& ops, Rng& rng) {
    std::uniform_int_distribution<std::uint64_t> gap(0, 40);
    std::uint64_t at = 0, harq_at = 0;
    auto place = [&](std::uint64_t& cursor, std::uint32_t bytes) {
      const std::uint64_t a = cursor;
      cursor += room(bytes) + 64 * gap(rng);
      return a;
    };
    for (std::size_t i = 0; i < ops.size(); ++i) {
      KernelOp& op = ops[i];
      card::LdpcDesc& d = op.desc;
      d.in_addr = place(at, d.in_len) + op.in_skew;
      d.out_addr = place(at, d.out_cap) + op.out_skew;
      if (MemoryMap::kData + at > MemoryMap::kDataEnd) throw std::runtime_error("batch does not fit the bench memory");
      std::memset(mem_.at(MemoryMap::kData + d.in_addr), 0, d.in_len);
      std::memcpy(mem_.at(MemoryMap::kData + d.in_addr), op.in.data(), std::min<std::size_t>(op.in.size(), d.in_len));
      std::memset(mem_.at(MemoryMap::kData + d.out_addr), kGuard, room(d.out_cap));
      if (d.op_flags & card::ldpc_op_flags::kHqCombineInEnable) {
        d.harq_in_addr = static_cast<std::uint32_t>(place(harq_at, d.harq_in_len) + op.harq_in_skew);
        if (MemoryMap::kHarq + harq_at > MemoryMap::kHarqEnd) throw std::runtime_error("HARQ does not fit");
        std::memset(mem_.at(MemoryMap::kHarq + d.harq_in_addr), 0, d.harq_in_len);
        std::memcpy(mem_.at(MemoryMap::kHarq + d.harq_in_addr), op.harq_in.data(),
                    std::min<std::size_t>(op.harq_in.size(), d.harq_in_len));
      }
      if (d.op_flags & card::ldpc_op_flags::kHqCombineOutEnable) {
        d.harq_out_addr = static_cast<std::uint32_t>(place(harq_at, d.harq_out_cap) + op.harq_out_skew);
        if (MemoryMap::kHarq + harq_at > MemoryMap::kHarqEnd) throw std::runtime_error("HARQ does not fit");
        std::memset(mem_.at(MemoryMap::kHarq + d.harq_out_addr), kGuard, room(d.harq_out_cap));
      }
      std::memcpy(mem_.at(MemoryMap::kDesc + 64 * i), &d, sizeof d);
      std::memset(mem_.at(MemoryMap::kCmpl + 32 * i), 0, sizeof(card::Cmpl));
    }
    std::memset(mem_.at(MemoryMap::kCmpl + 32 * ops.size()), kGuard, sizeof(card::Cmpl));
  }

  /// After ap_done: OPS_DONE, idle, the record after the batch untouched, and every op.
  void verify(const std::vector<KernelOp>& ops, const char* what, Totals& t,
              std::vector<KernelResult>* results = nullptr) {
    ++t.batches;
    const std::uint32_t ops_done = read(kOpsDone);
    check(ops_done == ops.size(), t, "%s: OPS_DONE %u, %zu ops", what, ops_done, ops.size());
    check((ap_.ctrl() & kApIdle) != 0, t, "%s: not idle after ap_done", what);
    const std::vector<std::uint8_t> guard(sizeof(card::Cmpl), kGuard);
    check(std::memcmp(mem_.at(MemoryMap::kCmpl + 32 * ops.size()), guard.data(), guard.size()) == 0, t,
          "%s: the record after the batch was written", what);
    if (results) results->clear();
    for (std::size_t i = 0; i < ops.size(); ++i) {
      KernelResult r = check_op(ops[i], i, what, t);
      if (results) results->push_back(std::move(r));
    }
  }

  /// AXI protocol violations seen at the kernel's masters (4 KiB crossings, WLAST, VALID stability).
  void check_protocol(Totals& t) {
    std::vector<const sim::Axi4MemorySlave*> ports{&ctrl_, &data_};
    if constexpr (kHarq) ports.push_back(&*harq_);
    for (const auto* p : ports)
      for (const std::string& v : p->violations()) check(false, t, "AXI protocol: %s", v.c_str());
  }

  template <class... A>
  static void check(bool ok, Totals& t, const char* fmt, A... a) {
    if (ok) return;
    ++t.failures;
    std::printf("FAIL ");
    std::printf(fmt, a...);
    std::printf("\n");
  }

  static constexpr std::uint32_t kCtrl = 0x00, kGie = 0x04, kIer = 0x08, kIsr = 0x0C, kOpsDone = 0x40;
  static constexpr std::uint32_t kApStart = 1u << 0, kApDone = 1u << 1, kApIdle = 1u << 2, kApReady = 1u << 3;
  static constexpr std::uint32_t kAutoRestart = 1u << 7;

 private:
  static sim::Axi4SlaveTiming with_seed(sim::Axi4SlaveTiming t, std::uint64_t n) {
    t.seed += n;
    return t;
  }
  static std::uint32_t room(std::uint32_t bytes) { return (bytes + 63) / 64 * 64 + 64; }  // and a 64-byte guard

  // The golden's completion and bytes for `op` (the shell's own errors: written by the bench).
  card::Cmpl expected(const KernelOp& op, Bytes& out, Bytes& harq_out, std::string& why) {
    const card::LdpcDesc& d = op.desc;
    card::Cmpl want{};
    if (op.expect) {
      want.status = static_cast<std::uint16_t>(st::kDone | st::kErr);
      want.error_code = static_cast<std::uint8_t>(*op.expect);
      want.tag = d.tag;
      why = "the shell's";
      return want;
    }
    runtime::GoldenLdpc golden;
    Bytes in(op.in), harq_in(op.harq_in);
    in.resize(std::max<std::size_t>(d.in_len, 1));
    harq_in.resize(std::max<std::size_t>(d.harq_in_len, 1));
    out.assign(std::max<std::size_t>(d.out_cap, 1), 0);
    harq_out.assign(std::max<std::size_t>(d.harq_out_cap, 1), 0);
    want = golden.run(d, caps_, in.data(), out.data(), why, harq_in.data(), harq_out.data());
    want.tag = d.tag;
    out.resize(want.out_len);
    harq_out.resize(want.harq_out_len);
    return want;
  }

  KernelResult check_op(const KernelOp& op, std::size_t i, const char* what, Totals& t) {
    const card::LdpcDesc& d = op.desc;
    Bytes want_out, want_harq;
    std::string why;
    const card::Cmpl want = expected(op, want_out, want_harq, why);
    KernelResult r;
    std::memcpy(&r.cmpl, mem_.at(MemoryMap::kCmpl + 32 * i), sizeof r.cmpl);
    const card::Cmpl& c = r.cmpl;
    const bool transfer_failed = op.expect && (*op.expect == card::ErrorCode::BusError ||
                                               *op.expect == card::ErrorCode::Timeout);
    const bool tag_ok = op.desc_unreadable || c.tag == want.tag;  // no descriptor, no tag to echo
    bool ok = c.status == want.status && c.error_code == want.error_code && c.iterations == want.iterations &&
              tag_ok && c.out_len == want.out_len && c.harq_out_len == want.harq_out_len && c.cycles > 0 &&
              c.reserved0 == 0;
    std::size_t bad = 0, bad_harq = 0;
    const std::uint8_t* out = mem_.at(MemoryMap::kData + d.out_addr);
    r.out.assign(out, out + std::min(c.out_len, d.out_cap));
    if (!transfer_failed) {  // a failed transfer leaves the output undefined
      for (std::uint32_t b = 0; b < room(d.out_cap) - op.out_skew; ++b)
        bad += out[b] != (b < want_out.size() ? want_out[b] : kGuard);
      if (d.op_flags & card::ldpc_op_flags::kHqCombineOutEnable) {
        const std::uint8_t* hq = mem_.at(MemoryMap::kHarq + d.harq_out_addr);
        r.harq_out.assign(hq, hq + std::min(c.harq_out_len, d.harq_out_cap));
        for (std::uint32_t b = 0; b < room(d.harq_out_cap) - op.harq_out_skew; ++b)
          bad_harq += hq[b] != (b < want_harq.size() ? want_harq[b] : kGuard);
      }
    }
    ok = ok && bad == 0 && bad_harq == 0;
    ++t.ops;
    if (!ok) ++t.failures;
    std::printf("%s %s op %zu %-26s BG%d Zc=%d F=%d Ncb=%d E=%u Qm=%d rv=%d flags=0x%X it=%d | golden %s | rtl %s "
                "tag %s, %zu output and %zu HARQ bytes differ, %llu cycles\n",
                ok ? "PASS" : "FAIL", what, i, op.what.c_str(), d.basegraph, d.z_c, d.n_filler, d.n_cb, d.e, d.q_m,
                d.rv_index, d.op_flags, d.iter_max, card::describe_cmpl(want).c_str(),
                card::describe_cmpl(c).c_str(), tag_ok ? "ok" : "WRONG", bad, bad_harq,
                static_cast<unsigned long long>(c.cycles));
    if (!ok && (want.status & st::kErr)) std::printf("     golden error: %s\n", why.c_str());
    return r;
  }

  sim::Harness<Model> h_;
  sim::ClockLoop loop_;
  sim::VectorMemory mem_;
  sim::Axi4MemorySlave ctrl_, data_;
  std::optional<sim::Axi4MemorySlave> harq_;
  sim::AxiLiteMaster lite_;
  AxiLiteOverlap overlap_;
  runtime::ApCtrlKernel ap_;
  runtime::Capabilities caps_;
};

/// The register map through AXI4-Lite: identity (the host's check_identity), every read-only
/// register against `ro` (offset, value) and unchanged by a write, every read-write one in `rw`
/// written with two patterns and read back, an offset outside the map read as 0; then overlapped
/// write + read pairs with held responses (AxiLiteOverlap).
template <class Bench>
void test_registers(Bench& b, Totals& t, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ro,
                    const std::vector<std::uint32_t>& rw) {
  b.ap().check_identity();
  for (auto [offset, value] : ro) {
    const std::uint32_t got = b.read(offset);
    Bench::check(got == value, t, "register 0x%03X reads 0x%08X, want 0x%08X", offset, got, value);
    b.write(offset, ~value);
    Bench::check(b.read(offset) == value, t, "read-only register 0x%03X changed by a write", offset);
  }
  for (std::uint32_t offset : rw)
    for (std::uint32_t pattern : {0xA5C3'0F96u ^ offset, 0x5A3C'F069u ^ offset, 0u}) {
      b.write(offset, pattern);
      const std::uint32_t got = b.read(offset);
      Bench::check(got == pattern, t, "register 0x%03X reads 0x%08X after writing 0x%08X", offset, got, pattern);
    }
  Bench::check(b.read(0x200) == 0, t, "0x200 (outside the map) reads non-zero");
  // a write and a read in flight together, responses held back 0..3 cycles: the write lands,
  // the read returns its register (here: the first read-only one, then the written one, whose
  // value may be the old or the new: the register block orders the two)
  for (unsigned hold = 0; hold < 4; ++hold) {
    const std::uint32_t pattern = 0x1234'5678u * (hold + 1);
    const std::uint32_t got = b.overlap().write_and_read(rw.back(), pattern, ro.front().first, hold);
    Bench::check(got == ro.front().second, t, "overlapped read of 0x%03X: 0x%08X", ro.front().first, got);
    Bench::check(b.read(rw.back()) == pattern, t, "overlapped write of 0x%03X lost", rw.back());
    const std::uint32_t again = b.overlap().write_and_read(rw.back(), ~pattern, rw.back(), hold);
    Bench::check(again == pattern || again == ~pattern, t, "overlapped read of 0x%03X: 0x%08X", rw.back(), again);
    Bench::check(b.read(rw.back()) == ~pattern, t, "overlapped write of 0x%03X lost", rw.back());
  }
  std::printf("  registers: %zu read-only, %zu read-write\n", ro.size(), rw.size());
}

/// ap_ctrl_hs as a host with interrupts sees it: GIE + IER (done, ready), ap_ready and ISR.ready
/// when the arguments are taken, the interrupt held until ISR is cleared (toggle on write),
/// ap_done and ISR.done at the end; then auto_restart: the batch runs again until the bit is
/// cleared, and its records are the same.
template <class Bench>
void test_ap_ctrl(Bench& b, std::vector<KernelOp> ops, Totals& t, Rng& rng) {
  constexpr std::uint32_t kIsrDone = 1, kIsrReady = 2;
  b.write(Bench::kGie, 1);
  b.write(Bench::kIer, kIsrDone | kIsrReady);
  Bench::check(!b.interrupt(), t, "interrupt before a batch");
  b.lay_out(ops, rng);
  b.ap().start(Bench::args(ops.size()));
  const std::uint32_t running = b.read(Bench::kCtrl);
  Bench::check(!(running & Bench::kApIdle) && !(running & Bench::kApStart) && (running & Bench::kApReady), t,
               "running: CTRL 0x%X (want not idle, start taken, ap_ready)", running);
  Bench::check(!(b.read(Bench::kCtrl) & Bench::kApReady), t, "ap_ready clears on read");
  Bench::check(b.interrupt() && b.read(Bench::kIsr) == kIsrReady, t, "ISR.ready and the interrupt at ap_ready");
  b.write(Bench::kIsr, kIsrReady);
  Bench::check(!b.interrupt() && b.read(Bench::kIsr) == 0, t, "ISR.ready toggled off, interrupt low");
  while (!b.interrupt() && b.cycle() < 50'000'000) b.step(16);
  Bench::check(b.read(Bench::kIsr) == kIsrDone, t, "ISR.done at the end of the batch");
  const std::uint32_t done = b.read(Bench::kCtrl);
  Bench::check((done & Bench::kApDone) && (done & Bench::kApIdle), t, "done and idle: CTRL 0x%X", done);
  Bench::check(!(b.read(Bench::kCtrl) & Bench::kApDone), t, "ap_done clears on read");
  Bench::check(b.interrupt(), t, "the interrupt holds until ISR is cleared");
  b.write(Bench::kIsr, kIsrDone);
  Bench::check(!b.interrupt() && b.read(Bench::kIsr) == 0, t, "ISR.done toggled off, interrupt low");
  b.verify(ops, "ap_ctrl", t);
  b.write(Bench::kGie, 0);
  b.write(Bench::kIer, 0);

  // auto_restart: two ap_done, then the bit cleared and the kernel idle
  b.lay_out(ops, rng);
  b.ap().start(Bench::args(ops.size()));
  b.write(Bench::kCtrl, Bench::kAutoRestart);  // ap_start is write-1-to-set: 0 leaves it
  int dones = 0;
  while (dones < 2 && b.cycle() < 100'000'000) {
    if (b.read(Bench::kCtrl) & Bench::kApDone) ++dones;
    else b.step(16);
  }
  b.write(Bench::kCtrl, 0);
  while (!(b.read(Bench::kCtrl) & Bench::kApIdle) && b.cycle() < 100'000'000) b.step(16);
  Bench::check(dones == 2, t, "auto_restart: %d ap_done", dones);
  b.read(Bench::kCtrl);  // the last run's ap_done
  b.verify(ops, "auto_restart", t);
}

/// BAD_ADDRESS for a misaligned input or output offset (nothing read or written), between legal ops.
template <class Bench, class MakeOp>
void test_misaligned(Bench& b, MakeOp make_op, Totals& t, Rng& rng) {
  std::vector<KernelOp> ops{make_op(rng), make_op(rng), make_op(rng), make_op(rng), make_op(rng)};
  ops[1].in_skew = 8;
  ops[1].what = "in_addr + 8";
  ops[2].out_skew = 32;
  ops[2].what = "out_addr + 32";
  ops[3].in_skew = 1;
  ops[3].out_skew = 63;
  ops[3].what = "both misaligned";
  for (int i = 1; i <= 3; ++i) ops[static_cast<std::size_t>(i)].expect = card::ErrorCode::BadAddress;
  b.run_batch(ops, "misaligned", t, rng);
}

/// AXI error responses on a payload read, a payload write and a descriptor read: each of those
/// ops ends in BUS_ERROR (the unread descriptor's record with no tag of its own), the ops after are clean.
template <class Bench, class MakeOp>
void test_bus_errors(Bench& b, MakeOp make_op, Totals& t, Rng& rng) {
  std::vector<KernelOp> ops;
  for (int i = 0; i < 5; ++i) ops.push_back(make_op(rng));
  ops[1].what = "input read SLVERR";
  ops[2].what = "output write SLVERR";
  ops[3].what = "descriptor read SLVERR";
  ops[3].desc_unreadable = true;
  for (int i = 1; i <= 3; ++i) ops[static_cast<std::size_t>(i)].expect = card::ErrorCode::BusError;
  b.lay_out(ops, rng);
  const std::uint64_t in = MemoryMap::kData + ops[1].desc.in_addr + ops[1].desc.in_len / 2;
  const std::uint64_t out = MemoryMap::kData + ops[2].desc.out_addr + ops[2].desc.out_cap / 2;
  b.data_port().inject_error(in, in + 1, true, false);
  b.data_port().inject_error(out, out + 1, false, true);
  b.ctrl_port().inject_error(MemoryMap::kDesc + 64 * 3, MemoryMap::kDesc + 64 * 3 + 1, true, false);
  b.ap().start(Bench::args(ops.size()));
  Bench::check(b.ap().wait_done(std::chrono::steady_clock::now() + std::chrono::minutes(2), 32), t,
               "bus errors: no ap_done");
  b.verify(ops, "bus errors", t);
  b.data_port().clear_errors();
  b.ctrl_port().clear_errors();
}

/// --timing fast (immediate memory) or slow (latency and back-pressure on every channel).
inline bool parse_timing(const std::string& name, std::uint64_t seed, sim::Axi4SlaveTiming& t) {
  t.seed = seed;
  if (name == "slow") {
    t.max_latency = 24;
    t.ready_prob = 0.4;
    t.valid_prob = 0.5;
    return true;
  }
  return name == "fast";
}

/// `ops` shuffled and run in batches of `size`.
template <class Bench>
void run_shuffled(Bench& b, std::vector<KernelOp> ops, std::size_t size, const char* what, Totals& t, Rng& rng) {
  std::shuffle(ops.begin(), ops.end(), rng);
  for (std::size_t at = 0; at < ops.size(); at += size) {
    std::vector<KernelOp> batch(ops.begin() + static_cast<long>(at),
                                ops.begin() + static_cast<long>(std::min(ops.size(), at + size)));
    b.run_batch(batch, what, t, rng);
  }
}

/// A kernel bench's main(): --seed, --timing fast|slow, --waves; the registers, an empty batch,
/// one op, the kernel's own lists (`specific`), misaligned addresses, bus errors, ap_ctrl, a last
/// batch and the protocol checks; then the summary line. Exit code 0 when nothing failed.
template <class Bench, class MakeOp, class Registers, class Specific>
int kernel_main(int argc, char** argv, const char* name, const card::KernelDesc& kernel, int zmax,
                MakeOp any_legal_op, Registers registers, Specific specific) {
  Verilated::commandArgs(argc, argv);
  const std::uint64_t seed = std::stoull(sim::arg_value(argc, argv, "seed", "1"));
  const std::string timing = sim::arg_value(argc, argv, "timing", "fast");
  sim::Axi4SlaveTiming tm;
  if (!parse_timing(timing, seed, tm)) {
    std::fprintf(stderr, "--timing fast|slow\n");
    return 2;
  }
  Bench b(name, kernel, tm, sim::arg_value(argc, argv, "waves", ""));
  Rng rng(seed);
  Totals t;
  try {
    registers(b, t);
    std::vector<KernelOp> none;
    b.run_batch(none, "empty", t, rng);
    std::vector<KernelOp> one{any_legal_op(rng)};
    b.run_batch(one, "one op", t, rng);
    specific(b, t, rng);
    test_misaligned(b, any_legal_op, t, rng);
    test_bus_errors(b, any_legal_op, t, rng);
    test_ap_ctrl(b, {any_legal_op(rng), any_legal_op(rng)}, t, rng);
    std::vector<KernelOp> last{any_legal_op(rng), any_legal_op(rng), any_legal_op(rng)};
    b.run_batch(last, "after all", t, rng);
    b.check_protocol(t);
  } catch (const std::exception& e) {
    Bench::check(false, t, "%s", e.what());
  }
  std::printf("%s (Zmax %d) seed %llu timing %s: %s, %d batches, %d ops, %d failures, %llu cycles simulated\n", name,
              zmax, static_cast<unsigned long long>(seed), timing.c_str(), t.failures ? "FAIL" : "PASS", t.batches,
              t.ops, t.failures, static_cast<unsigned long long>(b.cycle()));
  return t.failures ? 1 : 0;
}

}  // namespace bbkit::tb
