// SPDX-License-Identifier: Apache-2.0
// What a device drives on a card's platform, written once: the host side of the Vitis
// ap_ctrl_hs protocol with the identity check and CAPS reads, through the generated register
// header, over any ControlPort (a card's CU through XRT; the sim device's Verilated kernels,
// host/src/sim); and the sim device's memory model, the memory the kernels' AXI masters address.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "bbkit/card/identity.h"
#include "bbkit/card/kernel_desc.h"
#include "bbkit/runtime/device.h"

namespace bbkit::runtime {

/// Device memory: a flat byte space with bump allocation. Accesses outside it throw
/// DeviceError (a card's AXI master gets a bus error there).
class DeviceMemory {
 public:
  explicit DeviceMemory(std::uint64_t bytes);
  /// An aligned block; DeviceError when the memory is full. Addresses start above 0, so 0 never
  /// names an allocation.
  std::uint64_t alloc(std::uint64_t bytes, std::uint64_t align = 64);
  void free_all() { next_ = kBase; }
  void write(std::uint64_t addr, const void* src, std::size_t n);
  void read(std::uint64_t addr, void* dst, std::size_t n) const;
  std::uint64_t size() const { return bytes_.size(); }

 private:
  static constexpr std::uint64_t kBase = 0x1000;
  void check(std::uint64_t addr, std::size_t n) const;
  std::vector<std::uint8_t> bytes_;
  std::uint64_t next_ = kBase;
};

/// One kernel's AXI4-Lite control space, clocked.
class ControlPort {
 public:
  virtual ~ControlPort() = default;
  virtual std::uint32_t read(std::uint32_t offset) = 0;   ///< DeviceError on SLVERR/DECERR or no response
  virtual void write(std::uint32_t offset, std::uint32_t value) = 0;
  virtual void step(std::uint64_t cycles) = 0;            ///< run the kernel clock
  virtual std::uint64_t cycle() const = 0;                ///< clock cycles since reset
};

/// The kernel arguments of one batch (docs/card-contract.md: device addresses and a count).
struct BatchArgs {
  std::uint64_t desc = 0, cmpl = 0, data = 0, harq = 0;
  std::uint32_t num_ops = 0;
};

/// The host side of ap_ctrl_hs for one kernel, through the register map.
class ApCtrlKernel {
 public:
  ApCtrlKernel(const card::KernelDesc& kernel, ControlPort& port, std::string where);
  /// check_identity() over the control port; IdentityError says what was read.
  card::Identity check_identity();
  /// Decoder build limits from CAPS0/CAPS1 into `caps` (zmax, max_iter, LLR format, HARQ).
  void read_caps(Capabilities& caps);
  /// Writes every argument the kernel declares (64-bit ones low word first) and sets ap_start.
  /// DeviceError if the kernel is not idle.
  void start(const BatchArgs& args);
  /// Clocks the kernel, polling CTRL every `poll` cycles, until ap_done (then cleared by the
  /// read) or `deadline`; returns false on the deadline.
  bool wait_done(std::chrono::steady_clock::time_point deadline, std::uint64_t poll = 64);
  std::uint32_t ctrl();  ///< CTRL (reading clears ap_done and ap_ready)

 private:
  const card::KernelDesc& kernel_;
  ControlPort& port_;
  std::string where_;
};

}  // namespace bbkit::runtime
