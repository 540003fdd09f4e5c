// SPDX-License-Identifier: Apache-2.0
// The sim device's engine: each batch goes through the emulated platform exactly as through a
// card — descriptors, zeroed completion records and payload written into device memory, the
// kernel's arguments and ap_start through its AXI4-Lite control port, ap_done awaited, the
// records and outputs read back. The kernels plug in as slots (control port + their kind).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bbkit/card/kernel_desc.h"
#include "bbkit/runtime/device.h"
#include "bbkit/runtime/platform.h"

namespace bbkit::runtime {

/// One kernel on the platform.
struct SimKernelSlot {
  const card::KernelDesc* kernel = nullptr;
  std::unique_ptr<ControlPort> port;
};

/// A device over `slots` (identity checked and CAPS read at open) with `memory_bytes` of
/// device memory. The Verilated models are not thread-safe, so the queues share the platform
/// under one lock, as they share a card's single control path.
std::unique_ptr<Device> open_sim_platform_device(const std::string& name, const DeviceOptions& options,
                                                 std::vector<SimKernelSlot> slots,
                                                 std::uint64_t memory_bytes = 64ull << 20);

}  // namespace bbkit::runtime
