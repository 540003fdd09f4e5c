// SPDX-License-Identifier: Apache-2.0
// bbkit: the kit's command line. `bbkit --help` lists the subcommands, `bbkit <cmd> --help`
// each one's options.
#include <iostream>

#include "bbkit/common/error.h"
#include "bbkit/git_hash.h"
#include "bbkit/version.h"
#include "commands.h"

int main(int argc, char** argv) {
  using namespace bbkit::cli;
  CLI::App app{"bbkit " BBKIT_VERSION_STRING ": open 5G NR baseband acceleration kit", "bbkit"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("bbkit ") + BBKIT_VERSION_STRING + " (" + BBKIT_GIT_HASH + ")");
  Result result;
  add_info_command(app, result);
  add_demo_command(app, result);
  add_crc_command(app, result);
  add_vectors_command(app, result);
  add_bler_command(app);
  // Family commands below this line (they attach to the `vectors` and `bler` parents).
  add_ldpc_commands(app, result);
#ifdef BBKIT_WITH_XCLBIN
  add_xclbin_command(app, result);
#endif
  add_bf_command(app, result);
  add_polar_commands(app, result);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);  // prints the message and a hint to stderr
    return kUsage;
  } catch (const bbkit::InvalidParameter& e) {
    std::cerr << "bbkit: " << e.what() << "\n";
    return kUsage;
  } catch (const std::exception& e) {
    std::cerr << "bbkit: " << e.what() << "\n";
    return kFailure;
  }
  return result.code;
}
