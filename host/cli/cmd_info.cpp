// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "bbkit/runtime/device.h"
#include "bbkit/version.h"
#include "commands.h"
#include "table.h"

namespace bbkit::cli {
namespace {
const char* on_off(bool b) { return b ? "on" : "off"; }
}  // namespace

void add_info_command(CLI::App& app, Result& result) {
  auto* cmd = app.add_subcommand("info", "Print version, build options, devices and kernels");
  cmd->callback([&result] {
    std::cout << "bbkit " << BBKIT_VERSION_STRING << " (git " << BBKIT_GIT_HASH << ")\n"
              << "build: " << BBKIT_BUILD_TYPE << ", " << BBKIT_COMPILER
              << (build::kSanitize ? ", ASan+UBSan" : "") << "\n"
              << "options: python " << on_off(build::kWithPython) << ", verilator " << on_off(build::kWithVerilator)
              << ", xrt " << on_off(build::kWithXrt) << ", dpdk " << on_off(build::kWithDpdk) << ", systemc "
              << on_off(build::kWithSystemc) << "\n\n";
    Table devices({"device", "built", "what runs the ops"});
    for (const runtime::DeviceInfo& d : runtime::list_devices()) devices.add({d.name, d.built ? "yes" : "no", d.what});
    devices.print(std::cout);
    result.code = kOk;
  });
}

}  // namespace bbkit::cli
