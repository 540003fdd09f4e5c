// SPDX-License-Identifier: Apache-2.0
// `bbkit bf`: beamforming model commands. `bbkit bf report` prints the accuracy tables that
// docs/results/beamforming.md records (bbkit/bf/report.h describes the scenarios).
// `bbkit vectors bf write|check`: apply test vectors (format in bbkit/bf/apply_vector.h).
#include <cmath>
#include <iostream>
#include <map>

#include "bbkit/bf/apply_vector.h"
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

void add_vectors_bf(CLI::App& app, Result& result) {
  CLI::App* parent = app.get_subcommand("vectors");
  auto* bf = parent->add_subcommand("bf", "Beamforming apply vectors: write, or check against an implementation");
  bf->require_subcommand(1);

  auto* write = bf->add_subcommand("write", "Write apply cases (config, Q1.15 weights and input, golden output)");
  auto out = std::make_shared<std::string>();
  auto seed = std::make_shared<std::uint64_t>(1);
  auto count = std::make_shared<int>(3);
  auto params = std::make_shared<std::map<std::string, std::string>>();
  auto p = std::make_shared<bf::ApplyConfig>();
  p->prbs = 4;
  p->symbols = 2;
  auto direction = std::make_shared<std::string>("precode");
  auto stimulus = std::make_shared<std::string>("mixed");
  write->add_option("--out", *out, "Output file")->required();
  write->add_option("--seed", *seed, "Random seed")->capture_default_str();
  write->add_option("--count", *count, "Cases")->capture_default_str()->check(CLI::Range(1, 100000));
  write->add_option("--direction", *direction, "precode or combine")->capture_default_str()->check(CLI::IsMember({"precode", "combine"}));
  write->add_option("--stimulus", *stimulus, "mixed, gaussian, uniform or corners")->capture_default_str()
      ->check(CLI::IsMember({"mixed", "gaussian", "uniform", "corners"}));
  write->add_option("--antennas", p->antennas, "Antennas, 1..64")->capture_default_str();
  write->add_option("--layers", p->layers, "Layers, 1..32 and <= antennas")->capture_default_str();
  write->add_option("--prbs", p->prbs, "PRBs, 1..273")->capture_default_str();
  write->add_option("--symbols", p->symbols, "OFDM symbols, 1..14")->capture_default_str();
  write->add_option("--prb-group", p->prb_group, "PRBs per weight matrix")->capture_default_str();
  write->add_option("--shift", p->shift, "Output shift, 0..31")->capture_default_str();
  write->callback([=, &result] {
    const std::map<std::string, std::string> m = {
        {"direction", *direction}, {"antennas", std::to_string(p->antennas)}, {"layers", std::to_string(p->layers)},
        {"prbs", std::to_string(p->prbs)}, {"symbols", std::to_string(p->symbols)},
        {"prb_group", std::to_string(p->prb_group)}, {"shift", std::to_string(p->shift)}, {"stimulus", *stimulus}};
    bf::BfVectorGenerator().generate(m, *seed, *count, *out);
    std::cout << "wrote " << *count << " bf apply case(s) to " << *out << "\n";
    result.code = kOk;
  });

  auto* check = bf->add_subcommand("check", "Run every case through an implementation and compare with the file");
  auto files = std::make_shared<std::vector<std::string>>();
  auto impl = std::make_shared<std::string>("golden");
  check->add_option("files", *files, "bf apply vector files")->required()->check(CLI::ExistingFile);
  check->add_option("--impl", *impl, "Implementation")->capture_default_str();
  check->callback([files, impl, &result] {
    auto apply = bf::make_bf_apply(*impl);
    int failed = 0;
    for (const auto& path : *files) {
      try {
        const auto f = bf::load_apply_vectors(path);
        int bad = 0;
        for (std::size_t i = 0; i < f.cases.size(); ++i) {
          const auto& v = f.cases[i];
          std::vector<bf::Iq16> y;
          apply->process(v.config, v.weights, v.input, y);
          std::size_t diff = 0;
          for (std::size_t k = 0; k < y.size(); ++k) diff += y[k] != v.output[k];
          if (diff) {
            ++bad;
            std::cerr << path << ": case " << i << ": " << diff << " of " << y.size() << " outputs differ\n";
          }
        }
        std::cout << (bad ? "FAIL  " : "ok    ") << path << ": " << f.cases.size() << " case(s), " << bad
                  << " mismatching (" << *impl << ")\n";
        failed += bad > 0;
      } catch (const std::exception& e) {
        ++failed;
        std::cout << "FAIL  " << path << "\n";
        std::cerr << "bbkit vectors bf check: " << e.what() << "\n";
      }
    }
    result.code = failed ? kFailure : kOk;
  });
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
  add_vectors_bf(app, result);
}

}  // namespace bbkit::cli
