// SPDX-License-Identifier: Apache-2.0
// This build has no XRT (libxrt-dev absent or BBKIT_WITH_XRT=OFF): the xrt device says so.
#include "bbkit/runtime/devices.h"

namespace bbkit::runtime {

bool xrt_device_built() { return false; }

std::unique_ptr<Device> open_xrt_device(const std::string& name, const DeviceOptions&) {
  throw DeviceError(name + ": this bbkit was built without XRT (install libxrt-dev and rebuild)");
}

}  // namespace bbkit::runtime
