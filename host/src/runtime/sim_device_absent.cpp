// SPDX-License-Identifier: Apache-2.0
// This build has no Verilator (BBKIT_WITH_VERILATOR=OFF): the sim device says so.
#include "bbkit/runtime/devices.h"

namespace bbkit::runtime {

bool sim_device_built() { return false; }

std::unique_ptr<Device> open_sim_device(const std::string& name, const DeviceOptions&) {
  throw DeviceError(name + ": this bbkit was built without Verilator, which the sim device needs (use 'cpu')");
}

}  // namespace bbkit::runtime
