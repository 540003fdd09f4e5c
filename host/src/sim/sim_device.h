// SPDX-License-Identifier: Apache-2.0
// The sim device: the Verilated RTL kernels on an emulated platform. Each batch goes through
// it exactly as through a card — descriptors, zeroed completion records and payload written
// into device memory, the kernel's arguments and ap_start through its AXI4-Lite control port,
// ap_done awaited, the records and outputs read back; the kernels' AXI masters read and write
// that memory through the harness's AXI4 slave model. The kernels plug in as slots (control
// port + their kind), so tests can build platforms with a kernel missing or misplaced.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bbkit/card/kernel_desc.h"
#include "bbkit/runtime/device.h"
#include "bbkit/runtime/platform.h"
#include "bbkit/sim/axi.h"

namespace bbkit::runtime {

/// One kernel on the platform.
struct SimKernelSlot {
  const card::KernelDesc* kernel = nullptr;
  std::unique_ptr<ControlPort> port;
};

/// Makes the platform's kernels, their AXI masters on the platform's memory.
using SimSlotFactory = std::function<std::vector<SimKernelSlot>(sim::AxiMemory& memory)>;

/// A device over the kernels `make_slots` returns (identity checked and CAPS read at open)
/// with `memory_bytes` of device memory. The Verilated models are not thread-safe, so the
/// queues share the platform under one lock, as they share a card's single control path.
std::unique_ptr<Device> open_sim_platform_device(const std::string& name, const DeviceOptions& options,
                                                 const SimSlotFactory& make_slots,
                                                 std::uint64_t memory_bytes = 64ull << 20);

/// The memory as an AXI slave's backing store: accesses outside it answer DECERR.
class DeviceMemoryAxi final : public sim::AxiMemory {
 public:
  explicit DeviceMemoryAxi(DeviceMemory& memory) : memory_(memory) {}
  bool read(std::uint64_t addr, std::uint8_t* dst, std::size_t n) override;
  bool write(std::uint64_t addr, const std::uint8_t* src, std::size_t n) override;

 private:
  DeviceMemory& memory_;
};

}  // namespace bbkit::runtime
