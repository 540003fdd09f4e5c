// SPDX-License-Identifier: Apache-2.0
// The built-in devices behind open_device(); call open_device() rather than these.
#pragma once

#include <memory>
#include <string>

#include "bbkit/runtime/device.h"

namespace bbkit::runtime {

std::unique_ptr<Device> open_cpu_device(const std::string& name, const DeviceOptions& options);
/// "xrt:<index>"; DeviceError when this build has no XRT.
std::unique_ptr<Device> open_xrt_device(const std::string& name, const DeviceOptions& options);
/// Whether open_xrt_device can work in this build.
bool xrt_device_built();
/// "sim": the Verilated RTL kernels on an emulated platform; DeviceError when this build has no Verilator.
std::unique_ptr<Device> open_sim_device(const std::string& name, const DeviceOptions& options);
/// Whether open_sim_device can work in this build.
bool sim_device_built();

}  // namespace bbkit::runtime
