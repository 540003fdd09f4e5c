// SPDX-License-Identifier: Apache-2.0
#include <iostream>
#include <memory>
#include <string>

#include "bbkit/runtime/device.h"
#include "bbkit/git_hash.h"
#include "bbkit/version.h"
#include "commands.h"
#include "table.h"

namespace bbkit::cli {
namespace {
const char* on_off(bool b) { return b ? "on" : "off"; }

// What an opened device says about itself (bbdev's info_get).
void print_capabilities(const runtime::Capabilities& c) {
  std::string kernels;
  for (const card::OpType op : c.kernels)
    for (const card::EnumName& e : card::kOpTypeNames)
      if (e.value == static_cast<unsigned>(op)) kernels += (kernels.empty() ? "" : ", ") + std::string(e.name);
  Table t({"capability", "value"});
  t.add({"device", c.device});
  t.add({"runs on", c.description});
  t.add({"kernels", kernels.empty() ? "none" : kernels});
  t.add({"base graphs", std::to_string(c.min_basegraph) + ".." + std::to_string(c.max_basegraph)});
  t.add({"Zc", std::to_string(c.min_zc) + ".." + std::to_string(c.max_zc) + " (38.212 lifting sizes)"});
  t.add({"decoder iter_max", "1.." + std::to_string(c.max_iterations)});
  t.add({"LLR format", std::to_string(c.llr_width) + " bits, " + std::to_string(c.llr_frac) + " fractional"});
  t.add({"queues x depth", std::to_string(c.num_queues) + " x " + std::to_string(c.queue_depth)});
  t.add({"HARQ", c.harq ? "yes" : "no"});
  t.add({"computes", c.computes ? "yes" : "no (plumbing only)"});
  std::cout << "\n";
  t.print(std::cout);
}
}  // namespace

void add_info_command(CLI::App& app, Result& result) {
  auto* cmd = app.add_subcommand("info", "Print version, build options, devices and kernels");
  auto device = std::make_shared<std::string>();
  auto xclbin = std::make_shared<std::string>();
  cmd->add_option("--device", *device, "Also open this device (cpu, sim, xrt:<n>) and print its capabilities");
  cmd->add_option("--xclbin", *xclbin, "xclbin for an xrt device");
  cmd->callback([device, xclbin, &result] {
    std::cout << "bbkit " << BBKIT_VERSION_STRING << " (git " << BBKIT_GIT_HASH << ")\n"
              << "build: " << BBKIT_BUILD_TYPE << ", " << BBKIT_COMPILER
              << (build::kSanitize ? ", ASan+UBSan" : "") << "\n"
              << "options: python " << on_off(build::kWithPython) << ", verilator " << on_off(build::kWithVerilator)
              << ", xrt " << on_off(build::kWithXrt) << ", dpdk " << on_off(build::kWithDpdk) << ", systemc "
              << on_off(build::kWithSystemc) << "\n\n";
    Table devices({"device", "built", "what runs the ops"});
    for (const runtime::DeviceInfo& d : runtime::list_devices()) devices.add({d.name, d.built ? "yes" : "no", d.what});
    devices.print(std::cout);
    if (!device->empty()) {
      runtime::DeviceOptions options;
      options.xclbin = *xclbin;
      print_capabilities(runtime::open_device(*device, options)->capabilities());
    }
    result.code = kOk;
  });
}

}  // namespace bbkit::cli
