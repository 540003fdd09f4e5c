// SPDX-License-Identifier: Apache-2.0
// Reusable Verilator bench harness: clock and reset, FST waves on request or on failure, and
// helpers for the wide packed ports of lane-parallel cores.
//
// Waves: `--waves <file.fst>` or BBKIT_WAVES=<file.fst> records the whole run; without either,
// a bench that finds a mismatch re-runs the failing case with waves into <bench>_fail.fst.
// Coverage: a model verilated with --coverage writes BBKIT_COVERAGE_FILE (default coverage.dat).
#pragma once

#include <verilated.h>
#include <verilated_fst_c.h>
#if VM_COVERAGE
#include <verilated_cov.h>
#endif

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace bbkit::sim {

/// Drives one Verilator model with a single clock `clk_i` and active-low reset `rst_ni`.
template <class Model>
class Harness {
 public:
  explicit Harness(const std::string& name) : name_(name), ctx_(std::make_unique<VerilatedContext>()) {
    ctx_->traceEverOn(true);
    model_ = std::make_unique<Model>(ctx_.get(), "dut");
    if (const char* w = std::getenv("BBKIT_WAVES")) start_waves(w);
  }
  ~Harness() {
    stop_waves();
    model_->final();
#if VM_COVERAGE  // a coverage model writes its counts to BBKIT_COVERAGE_FILE (default coverage.dat)
    const char* cov = std::getenv("BBKIT_COVERAGE_FILE");
    ctx_->coveragep()->write(cov ? cov : "coverage.dat");
#endif
  }
  Harness(const Harness&) = delete;
  Harness& operator=(const Harness&) = delete;

  Model& dut() { return *model_; }
  const std::string& name() const { return name_; }
  std::uint64_t cycles() const { return cycles_; }
  bool waves_on() const { return static_cast<bool>(trace_); }

  /// Starts recording an FST file from the current time.
  void start_waves(const std::string& path) {
    stop_waves();
    trace_ = std::make_unique<VerilatedFstC>();
    model_->trace(trace_.get(), 99);
    trace_->open(path.c_str());
  }
  void stop_waves() {
    if (trace_) trace_->close();
    trace_.reset();
  }

  /// Holds reset for `n` cycles, then releases it.
  void reset(int n = 4) {
    model_->rst_ni = 0;
    for (int i = 0; i < n; ++i) tick();
    model_->rst_ni = 1;
    tick();
  }

  /// One full clock cycle: inputs set before the call are sampled at the rising edge.
  void tick() {
    model_->clk_i = 0;
    model_->eval();
    dump();
    model_->clk_i = 1;
    model_->eval();
    dump();
    ++cycles_;
  }

  /// Evaluates the model and records the step in the waves: for models whose clock is not
  /// clk_i (Vitis kernels' ap_clk), clocked by a ClockLoop (axi.h) that sets the pin.
  void eval_step() {
    model_->eval();
    dump();
  }

  /// Ticks until `done()` is true or `limit` cycles pass; returns the cycles waited, or -1.
  template <class Done>
  long wait_for(Done done, long limit) {
    for (long i = 0; i < limit; ++i) {
      if (done()) return i;
      tick();
    }
    return done() ? limit : -1;
  }

 private:
  void dump() {
    if (trace_) trace_->dump(time_);
    ++time_;
  }

  std::string name_;
  std::unique_ptr<VerilatedContext> ctx_;
  std::unique_ptr<Model> model_;
  std::unique_ptr<VerilatedFstC> trace_;
  std::uint64_t cycles_ = 0, time_ = 0;
};

/// Lane `lane` (width `width` <= 32 bits) of a packed port: Verilator's 32-bit word array for
/// ports wider than 64 bits, a plain integer otherwise.
template <class Port>
inline void set_lane(Port& port, int lane, int width, std::uint32_t value) {
  for (int b = 0; b < width; ++b) {
    const int bit = lane * width + b;
    if constexpr (std::is_integral_v<Port>) {
      const Port mask = static_cast<Port>(Port{1} << bit);
      port = static_cast<Port>(((value >> b) & 1u) ? (port | mask) : (port & ~mask));
    } else {
      const std::uint32_t mask = 1u << (bit % 32);
      if ((value >> b) & 1u) port[bit / 32] |= mask;
      else port[bit / 32] &= ~mask;
    }
  }
}
template <class Port>
inline std::uint32_t get_lane(const Port& port, int lane, int width) {
  std::uint32_t v = 0;
  for (int b = 0; b < width; ++b) {
    const int bit = lane * width + b;
    if constexpr (std::is_integral_v<Port>) v |= static_cast<std::uint32_t>((port >> bit) & 1u) << b;
    else v |= ((port[bit / 32] >> (bit % 32)) & 1u) << b;
  }
  return v;
}

/// Simple command-line access shared by the benches: --name value pairs.
inline std::string arg_value(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == "--" + name) return argv[i + 1];
  return fallback;
}

}  // namespace bbkit::sim
