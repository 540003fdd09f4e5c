// SPDX-License-Identifier: Apache-2.0
// `bbkit bf`: beamforming model commands. `bbkit bf report` prints the accuracy tables that
// docs/results/beamforming.md records (bbkit/bf/report.h describes the scenarios).
#include <cmath>
#include <iostream>

#include "bbkit/bf/report.h"
#include "commands.h"
#include "table.h"

namespace bbkit::cli {
namespace {

std::string db(double v) { return std::isinf(v) ? "inf" : fmt("%.1f", v); }

void print_report(const bf::Report& r, const bf::ReportOptions& o, std::ostream& out) {
  out << "bbkit bf report: seed " << o.seed << ", " << o.prbs << " PRBs x 14 symbols, PRB group " << o.prb_group
      << ", " << o.weight_trials << " channel draws per weights row\n\n";
  out << "Fixed-point apply vs float64 (Q1.15 IQ and weights, 40-bit accumulator, MMSE weights)\n";
  Table apply({"A x L", "direction", "shift", "SQNR dB", "EVM %", "saturated"});
  for (const auto& a : r.apply)
    apply.add({std::to_string(a.antennas) + " x " + std::to_string(a.layers),
               a.direction == bf::Direction::Precode ? "precode y=Wx" : "combine x=W^H y", std::to_string(a.shift),
               db(a.sqnr_db), fmt("%.4f", a.evm_percent), std::to_string(a.saturated)});
  apply.print(out);
  out << "\nWeights: float32 Cholesky vs float64 reference (per-antenna-max normalized)\n";
  Table weights({"channel", "A x L", "lambda", "SQNR f32 dB", "worst draw dB", "SQNR Q1.15 dB", "ZF |HW-I| f64",
                 "ZF |HW-I| f32"});
  for (const auto& w : r.weights) {
    const bool zf = w.lambda == 0.0;
    weights.add({w.channel, std::to_string(w.antennas) + " x " + std::to_string(w.layers), fmt("%.1f", w.lambda),
                 db(w.sqnr_f32_db), db(w.sqnr_f32_min_db), db(w.sqnr_q15_db),
                 zf ? fmt("%.1e", w.zf_residual_reference) : "-", zf ? fmt("%.1e", w.zf_residual_f32) : "-"});
  }
  weights.print(out);
  out << "\nO-RAN BFP compress -> decompress (fronthaul: per PRB; weights: per PRB group per layer)\n";
  Table bfp({"signal", "mantissa", "rounding", "SQNR dB", "EVM %", "max error / LSB"});
  for (const auto& b : r.bfp)
    bfp.add({b.signal, "BFP" + std::to_string(b.mantissa_bits),
             b.rounding == bf::BfpRounding::Truncate ? "truncate" : "half up", db(b.sqnr_db), fmt("%.4f", b.evm_percent),
             fmt("%.3f", b.max_error_lsb)});
  bfp.print(out);
  out << "\nDownlink 64 x 16: 16-QAM -> ZF precode -> fronthaul -> channel H -> AWGN, EVM at the layers\n";
  Table link({"path", "SNR/layer dB", "EVM %"});
  for (const auto& l : r.link) link.add({l.path, db(l.snr_db), fmt("%.4f", l.evm_percent)});
  link.print(out);
}

}  // namespace

void add_bf_command(CLI::App& app, Result& result) {
  auto* bf = app.add_subcommand("bf", "Beamforming model: accuracy report");
  bf->require_subcommand(1);
  auto* report = bf->add_subcommand("report", "Print the SQNR/EVM tables of docs/results/beamforming.md");
  auto opts = std::make_shared<bf::ReportOptions>();
  report->add_option("--seed", opts->seed, "Random seed")->capture_default_str();
  report->add_option("--prbs", opts->prbs, "PRBs in the apply slot")->capture_default_str()->check(CLI::Range(1, 273));
  report->add_option("--prb-group", opts->prb_group, "PRBs per weight matrix")->capture_default_str()->check(CLI::Range(1, 273));
  report->add_option("--trials", opts->weight_trials, "Channel draws per weights row")->capture_default_str()->check(CLI::Range(1, 100000));
  report->callback([opts, &result] {
    print_report(bf::make_report(*opts), *opts, std::cout);
    result.code = kOk;
  });
}

}  // namespace bbkit::cli
