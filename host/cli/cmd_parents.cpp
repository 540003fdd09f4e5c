// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "bbkit/common/bits.h"
#include "bbkit/vectors/ldpc_vector.h"
#include "bbkit/vectors/provenance.h"
#include "commands.h"

namespace bbkit::cli {

void add_bler_command(CLI::App& app) {
  auto* bler = app.add_subcommand("bler", "Block error rate over AWGN: SNR sweep, CSV and PNG (one subcommand per code)");
  bler->require_subcommand(1);
}

void add_vectors_command(CLI::App& app, Result& result) {
  auto* vectors = app.add_subcommand("vectors", "Write and check test vectors");
  vectors->require_subcommand(1);

  auto* check = vectors->add_subcommand("check", "Parse test-bbdev LDPC vector files and summarize them");
  auto files = std::make_shared<std::vector<std::string>>();
  check->add_option("files", *files, "test-bbdev .data files")->required()->check(CLI::ExistingFile);
  check->callback([files, &result] {
    int failed = 0;
    for (const auto& path : *files) {
      try {
        const auto v = vectors::LdpcVector::load(path);
        std::cout << "ok    " << path << ": " << (v.op == vectors::LdpcOpType::Encode ? "enc" : "dec")
                  << " BG" << v.basegraph << " Zc=" << v.z_c << " Ncb=" << v.n_cb << " Qm=" << v.q_m
                  << " fillers=" << v.n_filler << " E=" << v.e << " rv=" << v.rv_index << " input "
                  << v.input.at(0).size() << " B, output " << v.output.at(0).size() << " B";
        if (auto p = vectors::Provenance::from_comments(v.comments))
          std::cout << " [" << p->generator << " " << p->version << " seed " << p->seed << "]";
        std::cout << "\n";
      } catch (const std::exception& e) {
        ++failed;
        std::cout << "FAIL  " << path << "\n";
        std::cerr << "bbkit vectors check: " << e.what() << "\n";
      }
    }
    result.code = failed ? kFailure : kOk;
  });
}

}  // namespace bbkit::cli
