// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "bbkit/common/error.h"
#include "commands.h"
#include "demo.h"
#include "table.h"

namespace bbkit::cli {

const std::vector<DemoChain>& demo_chains() {
  static const std::vector<DemoChain> chains = {demo_uncoded, demo_ldpc};
  return chains;
}

void add_demo_command(CLI::App& app, Result& result) {
  auto* cmd = app.add_subcommand("demo", "Push blocks through encode -> AWGN -> decode for every chain the kit has");
  auto opts = std::make_shared<DemoOptions>();
  cmd->add_option("--blocks", opts->blocks, "Blocks per row")->capture_default_str()->check(CLI::Range(1, 1000000));
  cmd->add_option("--seed", opts->seed, "Random seed")->capture_default_str();
  cmd->add_option("--device", opts->device, "Device to run on")->capture_default_str()->check(CLI::IsMember({"cpu"}));
  cmd->callback([opts, &result] {
    Table table({"chain", "configuration", "device", "Es/N0 dB", "blocks", "errors", "BLER", "Mb/s"});
    for (DemoChain chain : demo_chains()) {
      for (const DemoRow& r : chain(*opts)) {
        const double mbps = r.seconds > 0 ? r.blocks * r.info_bits / r.seconds / 1e6 : 0.0;
        table.add({r.chain, r.configuration, opts->device, fmt("%.1f", r.snr_db), std::to_string(r.blocks),
                   std::to_string(r.block_errors), fmt("%.3g", double(r.block_errors) / r.blocks),
                   fmt("%.1f", mbps)});
      }
    }
    std::cout << "bbkit demo: encode -> AWGN -> decode on device '" << opts->device << "', seed " << opts->seed
              << "\n\n";
    table.print(std::cout);
    result.code = kOk;
  });
}

}  // namespace bbkit::cli
