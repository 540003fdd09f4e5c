// SPDX-License-Identifier: Apache-2.0
// Subcommand registration for the bbkit CLI. Exit codes: 0 ok, 1 failure, 2 usage
// (bad option or parameter value); errors go to stderr.
#pragma once

#include <CLI/CLI.hpp>

namespace bbkit::cli {

enum ExitCode : int { kOk = 0, kFailure = 1, kUsage = 2 };

/// A subcommand's action sets this; main returns it after parsing.
struct Result {
  int code = kOk;
};

void add_info_command(CLI::App& app, Result& result);
void add_demo_command(CLI::App& app, Result& result);
void add_crc_command(CLI::App& app, Result& result);
void add_vectors_command(CLI::App& app, Result& result);
/// The `bler` parent; each code family adds `bbkit bler <family>` under app.get_subcommand("bler").
void add_bler_command(CLI::App& app);
/// `bbkit ldpc run`, `bbkit vectors ldpc`, `bbkit bler ldpc` (after the vectors and bler parents).
void add_ldpc_commands(CLI::App& app, Result& result);

}  // namespace bbkit::cli
