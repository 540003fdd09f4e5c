// SPDX-License-Identifier: Apache-2.0
// open_device(): the device registry, keyed by the name before ':'.
#include <map>
#include <mutex>

#include "bbkit/runtime/device.h"
#include "bbkit/runtime/devices.h"

namespace bbkit::runtime {
namespace {

struct Entry {
  DeviceFactory factory;
  DeviceInfo info;
};

struct Registry {
  std::mutex mutex;
  std::map<std::string, Entry> entries;
  Registry() {
    entries["cpu"] = {open_cpu_device, {"cpu", true, "golden model (bit-exact reference), one worker thread per queue"}};
    entries["sim"] = {open_sim_device,
                      {"sim", sim_device_built(),
                       sim_device_built() ? "the Verilated RTL kernels bbkit_ldpc_dec/enc on an emulated platform "
                                            "(device memory, AXI4-Lite, ap_ctrl_hs); slow: a cycle-accurate model"
                                          : "not built (needs Verilator)"}};
    entries["xrt"] = {open_xrt_device,
                      {"xrt:<index>", xrt_device_built(),
                       xrt_device_built() ? "an Alveo card through XRT (--xclbin FILE); "
                                            "XCL_EMULATION_MODE=noop runs the flow without a card, computing nothing"
                                          : "not built (install libxrt-dev)"}};
  }
};

Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

std::unique_ptr<Device> open_device(const std::string& name, const DeviceOptions& options) {
  const std::string prefix = name.substr(0, name.find(':'));
  DeviceFactory factory;
  std::string known;
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    for (const auto& [key, entry] : r.entries) known += (known.empty() ? "" : ", ") + entry.info.name;
    const auto it = r.entries.find(prefix);
    if (it != r.entries.end()) factory = it->second.factory;
  }
  if (!factory) throw DeviceError("no device '" + name + "'; devices: " + known);
  return factory(name, options);
}

std::vector<DeviceInfo> list_devices() {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  std::vector<DeviceInfo> out;
  for (const auto& [key, entry] : r.entries) out.push_back(entry.info);
  return out;
}

void register_device(const std::string& prefix, DeviceFactory factory, DeviceInfo info) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.entries[prefix] = {std::move(factory), std::move(info)};
}

}  // namespace bbkit::runtime
