// SPDX-License-Identifier: Apache-2.0
// AXI agents for Verilated models: a clock loop that steps agents around each edge, an AXI4
// memory slave (random latency and back-pressure, error injection, protocol checks) serving any
// byte-addressed memory, and a blocking AXI4-Lite master for register access.
//
// Timing model: each cycle, every agent drives its inputs to the model (drive), the model is
// evaluated with the clock low, every agent observes the handshakes that will happen at the
// rising edge (sample), and the rising edge is evaluated. A slave's ready never depends on the
// master's valid in the same cycle, so the order of agents does not matter.
#pragma once

#include <verilated.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace bbkit::sim {

/// Something attached to a model's ports that acts on every clock cycle.
class Agent {
 public:
  virtual ~Agent() = default;
  virtual void drive() = 0;   ///< set the model's inputs for this cycle (before the low eval)
  virtual void sample() = 0;  ///< observe this cycle's handshakes (after the low eval)
};

/// One clock domain: evaluates the model around each rising edge with its agents.
class ClockLoop {
 public:
  using EvalFn = std::function<void(int clk)>;  ///< set the clock pin to clk and evaluate
  explicit ClockLoop(EvalFn eval) : eval_(std::move(eval)) {}
  void add(Agent& agent) { agents_.push_back(&agent); }
  void tick() {
    for (Agent* a : agents_) a->drive();
    eval_(0);
    for (Agent* a : agents_) a->sample();
    eval_(1);
    ++cycle_;
  }
  void run(std::uint64_t cycles) {
    for (std::uint64_t i = 0; i < cycles; ++i) tick();
  }
  std::uint64_t cycle() const { return cycle_; }

 private:
  EvalFn eval_;
  std::vector<Agent*> agents_;
  std::uint64_t cycle_ = 0;
};

/// Byte-addressed memory behind an AXI slave. false = the access is outside it (DECERR).
class AxiMemory {
 public:
  virtual ~AxiMemory() = default;
  virtual bool read(std::uint64_t addr, std::uint8_t* dst, std::size_t n) = 0;
  virtual bool write(std::uint64_t addr, const std::uint8_t* src, std::size_t n) = 0;
};

/// A flat memory at [base, base + size).
class VectorMemory final : public AxiMemory {
 public:
  VectorMemory(std::uint64_t base, std::size_t size) : base_(base), bytes_(size, 0) {}
  bool read(std::uint64_t addr, std::uint8_t* dst, std::size_t n) override {
    if (!inside(addr, n)) return false;
    std::memcpy(dst, bytes_.data() + (addr - base_), n);
    return true;
  }
  bool write(std::uint64_t addr, const std::uint8_t* src, std::size_t n) override {
    if (!inside(addr, n)) return false;
    std::memcpy(bytes_.data() + (addr - base_), src, n);
    return true;
  }
  std::uint8_t* at(std::uint64_t addr) { return bytes_.data() + (addr - base_); }

 private:
  bool inside(std::uint64_t addr, std::size_t n) const {
    return addr >= base_ && addr - base_ <= bytes_.size() && n <= bytes_.size() - (addr - base_);
  }
  std::uint64_t base_;
  std::vector<std::uint8_t> bytes_;
};

/// Pins of one 512-bit AXI4 master port of a Verilated model (no IDs: one ID, in order).
struct Axi4Pins {
  CData *awvalid, *awready;
  QData* awaddr;
  CData *awlen, *awsize, *awburst;
  CData *wvalid, *wready;
  EData* wdata;
  QData* wstrb;
  CData* wlast;
  CData *bvalid, *bready, *bresp;
  CData *arvalid, *arready;
  QData* araddr;
  CData *arlen, *arsize, *arburst;
  CData *rvalid, *rready;
  EData* rdata;
  CData *rresp, *rlast;
};

/// The pins of port `prefix` (e.g. m_axi_data) of `model`.
#define BBKIT_AXI4_PINS(model, prefix)                                                                 \
  ::bbkit::sim::Axi4Pins {                                                                             \
    &(model).prefix##_awvalid, &(model).prefix##_awready, &(model).prefix##_awaddr,                    \
        &(model).prefix##_awlen, &(model).prefix##_awsize, &(model).prefix##_awburst,                  \
        &(model).prefix##_wvalid, &(model).prefix##_wready, (model).prefix##_wdata.data(),             \
        &(model).prefix##_wstrb, &(model).prefix##_wlast, &(model).prefix##_bvalid,                    \
        &(model).prefix##_bready, &(model).prefix##_bresp, &(model).prefix##_arvalid,                  \
        &(model).prefix##_arready, &(model).prefix##_araddr, &(model).prefix##_arlen,                  \
        &(model).prefix##_arsize, &(model).prefix##_arburst, &(model).prefix##_rvalid,                 \
        &(model).prefix##_rready, (model).prefix##_rdata.data(), &(model).prefix##_rresp,              \
        &(model).prefix##_rlast                                                                        \
  }

/// How a slave behaves: latency from address to first data/response, probability of
/// asserting ready/valid in a cycle (back-pressure), and the seed of its choices.
struct Axi4SlaveTiming {
  unsigned max_latency = 0;   ///< uniform 0..max_latency cycles per burst
  double ready_prob = 1.0;    ///< AWREADY/WREADY/ARREADY high in a cycle
  double valid_prob = 1.0;    ///< RVALID/BVALID offered in a cycle (once offered, held)
  std::uint64_t seed = 1;
};

/// AXI4 memory slave for 512-bit INCR bursts. Records protocol violations (4 KiB crossing,
/// burst type or size, WLAST placement, VALID dropped or address changed before its handshake)
/// in violations() rather than throwing, so a bench can report them all.
class Axi4MemorySlave final : public Agent {
 public:
  static constexpr unsigned kBeatBytes = 64;
  static constexpr unsigned kWords = kBeatBytes / 4;
  enum Resp : std::uint8_t { kOkay = 0, kSlvErr = 2, kDecErr = 3 };

  Axi4MemorySlave(std::string name, const Axi4Pins& pins, AxiMemory& memory, Axi4SlaveTiming timing = {})
      : name_(std::move(name)), p_(pins), mem_(memory), timing_(timing), rng_(timing.seed) {}

  /// Accesses touching [lo, hi) answer SLVERR (reads: that beat; writes: the burst's BRESP).
  void inject_error(std::uint64_t lo, std::uint64_t hi, bool reads, bool writes) {
    errors_.push_back({lo, hi, reads, writes});
  }
  void clear_errors() { errors_.clear(); }
  void set_timing(const Axi4SlaveTiming& t) { timing_ = t; }

  const std::vector<std::string>& violations() const { return violations_; }
  std::uint64_t read_bursts() const { return read_bursts_; }
  std::uint64_t write_bursts() const { return write_bursts_; }
  bool idle() const { return reads_.empty() && writes_.empty() && resps_.empty(); }

  void drive() override {
    *p_.arready = ar_ready_ = reads_.size() < kMaxOutstanding && chance(timing_.ready_prob);
    *p_.awready = aw_ready_ = writes_.size() < kMaxOutstanding && chance(timing_.ready_prob);
    *p_.wready = w_ready_ = !writes_.empty() && chance(timing_.ready_prob);
    // R: the front burst's next beat, once its latency has passed; held until taken.
    if (!r_valid_ && !reads_.empty() && reads_.front().ready_at <= now_ && chance(timing_.valid_prob)) {
      Burst& b = reads_.front();
      const std::uint64_t addr = beat_addr(b, b.done);
      std::uint8_t beat[kBeatBytes] = {};
      r_resp_ = hits(addr, kBeatBytes, true) ? kSlvErr : mem_.read(addr, beat, kBeatBytes) ? kOkay : kDecErr;
      std::memcpy(r_data_, beat, kBeatBytes);
      r_last_ = b.done == b.len;
      r_valid_ = true;
    }
    *p_.rvalid = r_valid_;
    std::memcpy(p_.rdata, r_data_, kBeatBytes);
    *p_.rresp = r_resp_;
    *p_.rlast = r_last_;
    if (!b_valid_ && !resps_.empty() && resps_.front().ready_at <= now_ && chance(timing_.valid_prob)) {
      b_valid_ = true;
      b_resp_ = resps_.front().resp;
    }
    *p_.bvalid = b_valid_;
    *p_.bresp = b_resp_;
  }

  void sample() override {
    check_stable("AR", *p_.arvalid, ar_ready_, *p_.araddr, *p_.arlen, ar_hold_);
    check_stable("AW", *p_.awvalid, aw_ready_, *p_.awaddr, *p_.awlen, aw_hold_);
    if (*p_.arvalid && ar_ready_) reads_.push_back(accept("AR", *p_.araddr, *p_.arlen, *p_.arsize, *p_.arburst));
    if (*p_.awvalid && aw_ready_) writes_.push_back(accept("AW", *p_.awaddr, *p_.awlen, *p_.awsize, *p_.awburst));
    if (*p_.wvalid && w_ready_) write_beat();
    if (r_valid_ && *p_.rready) {
      r_valid_ = false;
      Burst& b = reads_.front();
      if (b.done++ == b.len) {
        reads_.pop_front();
        ++read_bursts_;
      }
    }
    if (b_valid_ && *p_.bready) {
      b_valid_ = false;
      resps_.pop_front();
    }
    ++now_;
  }

 private:
  static constexpr std::size_t kMaxOutstanding = 8;
  struct Burst {
    std::uint64_t addr;
    unsigned len;   // AxLEN: beats - 1
    unsigned done;  // beats transferred
    std::uint64_t ready_at;
    bool err;
  };
  struct Response {
    std::uint8_t resp;
    std::uint64_t ready_at;
  };
  struct Hold {
    bool pending = false;
    std::uint64_t addr = 0;
    unsigned len = 0;
  };
  struct ErrorRange {
    std::uint64_t lo, hi;
    bool reads, writes;
  };

  bool chance(double p) { return p >= 1.0 || std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  std::uint64_t latency() {
    return timing_.max_latency ? std::uniform_int_distribution<unsigned>(0, timing_.max_latency)(rng_) : 0;
  }
  static std::uint64_t beat_addr(const Burst& b, unsigned i) { return (b.addr & ~std::uint64_t{63}) + 64ull * i; }
  bool hits(std::uint64_t addr, std::size_t n, bool read) const {
    for (const ErrorRange& e : errors_)
      if ((read ? e.reads : e.writes) && addr < e.hi && addr + n > e.lo) return true;
    return false;
  }
  void violation(const std::string& what) {
    if (violations_.size() < 32) violations_.push_back(name_ + " cycle " + std::to_string(now_) + ": " + what);
  }
  void check_stable(const char* ch, bool valid, bool ready, std::uint64_t addr, unsigned len, Hold& h) {
    if (h.pending && (!valid || addr != h.addr || len != h.len))
      violation(std::string(ch) + "VALID dropped or address/length changed before the handshake");
    h.pending = valid && !ready;
    h.addr = addr;
    h.len = len;
  }
  Burst accept(const char* ch, std::uint64_t addr, unsigned len, unsigned size, unsigned burst) {
    if (size != 6) violation(std::string(ch) + "SIZE " + std::to_string(size) + ", the port is 64 bytes wide");
    if (burst != 1) violation(std::string(ch) + "BURST " + std::to_string(burst) + " is not INCR");
    const std::uint64_t first = addr & ~std::uint64_t{63}, end = first + 64ull * (len + 1);
    if ((first >> 12) != ((end - 1) >> 12)) violation(std::string(ch) + " burst at " + std::to_string(addr) +
                                                      " of " + std::to_string(len + 1) + " beats crosses 4 KiB");
    return Burst{addr, len, 0, now_ + latency(), false};
  }
  void write_beat() {
    Burst& b = writes_.front();
    const std::uint64_t addr = beat_addr(b, b.done);
    std::uint8_t beat[kBeatBytes];
    std::memcpy(beat, p_.wdata, kBeatBytes);
    const std::uint64_t strb = *p_.wstrb;
    if (hits(addr, kBeatBytes, false)) b.err = true;
    for (unsigned i = 0; i < kBeatBytes && !b.err;) {  // each run of enabled bytes
      if (!((strb >> i) & 1)) {
        ++i;
        continue;
      }
      unsigned j = i;
      while (j < kBeatBytes && ((strb >> j) & 1)) ++j;
      if (!mem_.write(addr + i, beat + i, j - i)) b.err = true;
      i = j;
    }
    const bool last = b.done == b.len;
    if (static_cast<bool>(*p_.wlast) != last)
      violation("WLAST " + std::to_string(*p_.wlast) + " on beat " + std::to_string(b.done) + " of a " +
                std::to_string(b.len + 1) + "-beat burst");
    if (b.done++ == b.len) {
      resps_.push_back({b.err ? kSlvErr : kOkay, now_ + latency()});
      writes_.pop_front();
      ++write_bursts_;
    }
  }

  std::string name_;
  Axi4Pins p_;
  AxiMemory& mem_;
  Axi4SlaveTiming timing_;
  std::mt19937_64 rng_;
  std::vector<ErrorRange> errors_;
  std::vector<std::string> violations_;
  std::deque<Burst> reads_, writes_;
  std::deque<Response> resps_;
  bool ar_ready_ = false, aw_ready_ = false, w_ready_ = false;
  bool r_valid_ = false, r_last_ = false, b_valid_ = false;
  std::uint8_t r_resp_ = 0, b_resp_ = 0;
  std::uint32_t r_data_[kWords] = {};
  Hold ar_hold_, aw_hold_;
  std::uint64_t now_ = 0, read_bursts_ = 0, write_bursts_ = 0;
};

/// Pins of an AXI4-Lite slave port (12-bit address, 32-bit data) of a Verilated model.
struct AxiLitePins {
  CData *awvalid, *awready;
  SData* awaddr;
  CData *wvalid, *wready;
  IData* wdata;
  CData* wstrb;
  CData *bvalid, *bready, *bresp;
  CData *arvalid, *arready;
  SData* araddr;
  CData *rvalid, *rready;
  IData* rdata;
  CData* rresp;
};

#define BBKIT_AXIL_PINS(model, prefix)                                                                 \
  ::bbkit::sim::AxiLitePins {                                                                          \
    &(model).prefix##_awvalid, &(model).prefix##_awready, &(model).prefix##_awaddr,                    \
        &(model).prefix##_wvalid, &(model).prefix##_wready, &(model).prefix##_wdata,                   \
        &(model).prefix##_wstrb, &(model).prefix##_bvalid, &(model).prefix##_bready,                   \
        &(model).prefix##_bresp, &(model).prefix##_arvalid, &(model).prefix##_arready,                 \
        &(model).prefix##_araddr, &(model).prefix##_rvalid, &(model).prefix##_rready,                  \
        &(model).prefix##_rdata, &(model).prefix##_rresp                                               \
  }

/// Error from the AXI4-Lite master: no response, or SLVERR/DECERR.
class AxiLiteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Blocking AXI4-Lite master: each access runs the clock loop until its response.
class AxiLiteMaster final : public Agent {
 public:
  AxiLiteMaster(const AxiLitePins& pins, ClockLoop& loop) : p_(pins), loop_(loop) { loop_.add(*this); }

  void write(std::uint32_t addr, std::uint32_t data, unsigned timeout = 256) {
    op_ = Op::Write;
    addr_ = addr;
    data_ = data;
    aw_ = w_ = true;
    finish(timeout, "write");
  }
  std::uint32_t read(std::uint32_t addr, unsigned timeout = 256) {
    op_ = Op::Read;
    addr_ = addr;
    ar_ = true;
    finish(timeout, "read");
    return data_;
  }

  void drive() override {
    *p_.awvalid = aw_;
    *p_.awaddr = static_cast<SData>(addr_);
    *p_.wvalid = w_;
    *p_.wdata = data_;
    *p_.wstrb = 0xF;
    *p_.bready = op_ == Op::Write;
    *p_.arvalid = ar_;
    *p_.araddr = static_cast<SData>(addr_);
    *p_.rready = op_ == Op::Read;
  }
  void sample() override {
    if (aw_ && *p_.awready) aw_ = false;
    if (w_ && *p_.wready) w_ = false;
    if (ar_ && *p_.arready) ar_ = false;
    if (op_ == Op::Write && *p_.bvalid) {
      resp_ = *p_.bresp;
      op_ = Op::None;
    } else if (op_ == Op::Read && *p_.rvalid) {
      resp_ = *p_.rresp;
      data_ = *p_.rdata;
      op_ = Op::None;
    }
  }

 private:
  enum class Op { None, Read, Write };
  void finish(unsigned timeout, const char* what) {
    for (unsigned i = 0; i < timeout && op_ != Op::None; ++i) loop_.tick();
    if (op_ != Op::None) {
      op_ = Op::None;
      aw_ = w_ = ar_ = false;
      throw AxiLiteError(std::string("AXI4-Lite ") + what + " of 0x" + hex(addr_) + ": no response");
    }
    if (resp_ != 0)
      throw AxiLiteError(std::string("AXI4-Lite ") + what + " of 0x" + hex(addr_) + ": response " +
                         std::to_string(resp_));
  }
  static std::string hex(std::uint32_t v) {
    char b[16];
    std::snprintf(b, sizeof b, "%X", v);
    return b;
  }
  AxiLitePins p_;
  ClockLoop& loop_;
  Op op_ = Op::None;
  bool aw_ = false, w_ = false, ar_ = false;
  std::uint32_t addr_ = 0, data_ = 0;
  unsigned resp_ = 0;
};

}  // namespace bbkit::sim
