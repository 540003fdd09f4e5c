// SPDX-License-Identifier: Apache-2.0
// `bbkit xclbin write FILE` writes the kit's plumbing xclbin (XRT noop shim, tests);
// `bbkit xclbin info FILE` prints an xclbin's sections, banks, CUs and kernel arguments and
// checks it against the register map (exit 1 with file, section and field when it does not).
#include <iostream>

#include "bbkit/xclbin/xclbin.h"
#include "commands.h"

namespace bbkit::cli {

void add_xclbin_command(CLI::App& app, Result& result) {
  auto* cmd = app.add_subcommand("xclbin", "Write or inspect xclbin files (card contract)");
  cmd->require_subcommand(1);

  auto* write = cmd->add_subcommand("write", "Write the kit's plumbing xclbin (no bitstream: XRT noop shim)");
  auto out = std::make_shared<std::string>();
  write->add_option("file", *out, "Output path")->required();
  write->callback([out, &result] {
    xclbin::write_xclbin_file(*out, xclbin::default_spec());
    const xclbin::XclbinInfo info = xclbin::read_xclbin_file(*out);
    std::cout << "wrote " << *out << " (" << info.length << " bytes, uuid " << info.uuid << ")\n";
    result.code = kOk;
  });

  auto* info = cmd->add_subcommand("info", "Describe an xclbin and check it against the register map");
  auto in = std::make_shared<std::string>();
  info->add_option("file", *in, "xclbin to read")->required();
  info->callback([in, &result] {
    try {
      const xclbin::XclbinInfo x = xclbin::read_xclbin_file(*in);
      std::cout << xclbin::describe(x);
      xclbin::validate_against_contract(x);
      std::cout << "contract: ok (kernel metadata matches the register map)\n";
      result.code = kOk;
    } catch (const xclbin::XclbinError& e) {
      std::cerr << "bbkit xclbin info: " << e.what() << "\n";
      result.code = kFailure;
    }
  });
}

}  // namespace bbkit::cli
