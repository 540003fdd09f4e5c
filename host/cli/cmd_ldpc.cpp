// SPDX-License-Identifier: Apache-2.0
// LDPC commands: `bbkit ldpc run FILE...` (test-bbdev vectors through the golden model),
// `bbkit vectors ldpc` (write vectors) and `bbkit bler ldpc` (BLER sweep, fixed vs float).
#include <iostream>
#include <map>

#include "bbkit/ber/sweep.h"
#include "bbkit/common/error.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/ldpc/vector_generator.h"
#include "commands.h"
#include "ldpc_chain.h"
#include "ldpc_device_run.h"

namespace bbkit::cli {

namespace {

void add_run(CLI::App& ldpc_cmd, Result& result) {
  auto* run = ldpc_cmd.add_subcommand("run", "Run test-bbdev LDPC vectors (encode and decode ops); one pass/fail line each");
  auto files = std::make_shared<std::vector<std::string>>();
  auto impl = std::make_shared<std::string>("golden");
  run->add_option("files", *files, "test-bbdev .data files")->required()->check(CLI::ExistingFile);
  run->add_option("--impl", *impl, "Implementation")->capture_default_str();
  auto device = std::make_shared<std::string>();
  auto xclbin = std::make_shared<std::string>();
  run->add_option("--device", *device, "Run through the host runtime on cpu, sim or xrt:<n> (default: the model directly)");
  run->add_option("--xclbin", *xclbin, "xclbin for an xrt device");
  auto timeout = std::make_shared<int>(0);
  run->add_option("--op-timeout", *timeout,
                  "Seconds an op may take on the device (default: the runtime's 10; sim runs the cycle-accurate RTL, "
                  "a large decode there takes minutes)")
      ->check(CLI::Range(1, 3600));
  run->callback([files, impl, device, xclbin, timeout, &result] {
    if (!device->empty()) {
      result.code = run_ldpc_vectors_on_device(*files, *device, *xclbin, *timeout) ? kFailure : kOk;
      return;
    }
    auto enc = ldpc::make_ldpc_encoder(*impl);
    auto dec = ldpc::make_ldpc_decoder(*impl);
    int failed = 0;
    for (const auto& path : *files) {
      try {
        const auto v = vectors::LdpcVector::load(path);
        const ldpc::VectorOutcome out = ldpc::run_vector(v, *enc, *dec);
        std::cout << (out.pass ? "PASS  " : "FAIL  ") << path << ": " << out.detail << "\n";
        failed += out.pass ? 0 : 1;
      } catch (const std::exception& e) {
        ++failed;
        std::cout << "FAIL  " << path << ": " << e.what() << "\n";
        std::cerr << "bbkit ldpc run: " << path << ": " << e.what() << "\n";
      }
    }
    result.code = failed ? kFailure : kOk;
  });
}

void add_vectors(CLI::App& app, Result& result) {
  CLI::App* parent = app.get_subcommand("vectors");
  auto* cmd = parent->add_subcommand("ldpc", "Write a test-bbdev LDPC vector (expected output from the golden model)");
  auto opts = std::make_shared<std::map<std::string, std::string>>();
  auto out = std::make_shared<std::string>();
  auto seed = std::make_shared<std::uint64_t>(1);
  for (const auto& [key, help] : std::vector<std::pair<std::string, std::string>>{
           {"op", "enc or dec (default dec)"},
           {"bg", "Base graph 1 or 2 (default 1)"},
           {"zc", "Lifting size (required)"},
           {"k-prime", "K' information bits incl. CRC (default K)"},
           {"n-filler", "Filler bits K - K' (instead of --k-prime)"},
           {"e", "Rate-matched length E (required)"},
           {"qm", "Modulation order 1, 2, 4, 6, 8, 10 (default 2)"},
           {"rv", "Redundancy version 0..3 (default 0)"},
           {"n-cb", "Circular buffer length Ncb (default N)"},
           {"crc", "none or 24b (enc: attach; dec: check and drop)"},
           {"snr", "Es/N0 in dB for AWGN LLRs (dec; default noiseless)"},
           {"llr", "Noiseless LLR magnitude (default 16.0)"},
           {"iter-max", "Decoder iteration limit (default 20)"},
           {"early-stop", "1 or 0: ITERATION_STOP_ENABLE (default 1)"},
           {"harq-in-rvs", "dec: earlier rvs of the block combined into harq_combined_input, e.g. 0 (HQ_COMBINE_IN)"},
           {"harq-out", "dec: 1 writes the expected harq_combined_output (HQ_COMBINE_OUT; default 0)"}}) {
    std::string param = key;
    for (char& c : param)
      if (c == '-') c = '_';
    if (param == "snr") param = "snr_db";
    cmd->add_option_function<std::string>("--" + key, [opts, param](const std::string& v) { (*opts)[param] = v; }, help);
  }
  cmd->add_option("--seed", *seed, "Random seed")->capture_default_str();
  cmd->add_option("-o,--output", *out, "Output .data file")->required();
  cmd->callback([opts, out, seed, &result] {
    ldpc::LdpcVectorGenerator gen;
    const auto prov = gen.generate(*opts, *seed, 1, *out);
    std::cout << "wrote " << *out << " (" << prov.generator << " " << prov.version << ", seed " << prov.seed << ")\n";
    result.code = kOk;
  });
}

void add_bler(CLI::App& app, Result& result) {
  CLI::App* parent = app.get_subcommand("bler");
  auto* cmd = parent->add_subcommand("ldpc", "LDPC BLER over AWGN: golden fixed-point vs float BP decoder");
  struct Opts {
    int bg = 1, zc = 384, k_prime = 0, e = 0, rv = 0, iterations = 20;
    double rate = 0, llr_scale = 1.0;
    std::string mod = "qpsk", snr = "0:2:0.5", csv, png, decoders = "fixed,float", title;
    std::uint64_t target = 50, max_frames = 20000, seed = 1;
    int threads = 0, scale_num = 1, scale_shift = 0, offset = 0;
    std::string check_node = "boxplus";
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--bg", o->bg, "Base graph")->capture_default_str();
  cmd->add_option("--zc", o->zc, "Lifting size")->capture_default_str();
  cmd->add_option("--k-prime", o->k_prime, "K' (default K: no fillers)");
  cmd->add_option("--e", o->e, "Rate-matched length E");
  cmd->add_option("--rate", o->rate, "Code rate K'/E (instead of --e)");
  cmd->add_option("--rv", o->rv, "Redundancy version")->capture_default_str();
  cmd->add_option("--mod", o->mod, "bpsk, qpsk or 16qam (64qam, 256qam also)")->capture_default_str();
  cmd->add_option("--snr", o->snr, "Es/N0 points in dB: a:b:step or a,b,c")->capture_default_str();
  cmd->add_option("--iterations", o->iterations, "Maximum decoder iterations (both decoders)")->capture_default_str();
  cmd->add_option("--check-node", o->check_node, "Fixed decoder's check rule: boxplus (default) or minsum")
      ->check(CLI::IsMember({"boxplus", "minsum"}))
      ->capture_default_str();
  cmd->add_option("--scale-num", o->scale_num, "Check magnitude scaling numerator (R = A * num >> shift)")->capture_default_str();
  cmd->add_option("--scale-shift", o->scale_shift, "Check magnitude scaling shift")->capture_default_str();
  cmd->add_option("--offset", o->offset, "Check magnitude offset in LSBs, after the scaling")->capture_default_str();
  cmd->add_option("--llr-scale", o->llr_scale, "Gain on real LLRs before 8-bit quantization (fixed decoder)")->capture_default_str();
  cmd->add_option("--decoders", o->decoders, "fixed,float | fixed | float")->capture_default_str();
  cmd->add_option("--target-errors", o->target, "Block errors per point")->capture_default_str();
  cmd->add_option("--max-frames", o->max_frames, "Frame cap per point")->capture_default_str();
  cmd->add_option("--threads", o->threads, "Threads (0: all)")->capture_default_str();
  cmd->add_option("--seed", o->seed, "Random seed")->capture_default_str();
  cmd->add_option("--csv", o->csv, "CSV output");
  cmd->add_option("--png", o->png, "PNG plot (needs --csv)");
  cmd->add_option("--title", o->title, "Plot title");
  cmd->callback([o, &result] {
    const Modulation mod = modulation_from_name(o->mod);
    const int qm = static_cast<int>(mod);
    ldpc::CodeConfig c;
    c.bg = o->bg;
    c.zc = o->zc;
    c.k_prime = o->k_prime ? o->k_prime : ldpc::base_graph_shape(o->bg).info_cols * o->zc;
    c.qm = qm;
    c.rv = o->rv;
    require(o->e > 0 || o->rate > 0, "E", o->e, "given by --e or --rate");
    c.e = o->e > 0 ? o->e : ldpc_e_for_rate(c.k_prime, o->rate, qm);
    LdpcChainConfig chain;
    chain.params = ldpc::derive_code_params(c);
    chain.modulation = mod;
    chain.decoder.max_iterations = o->iterations;
    chain.decoder.scale_num = o->scale_num;
    chain.decoder.scale_shift = o->scale_shift;
    chain.decoder.offset = o->offset;
    chain.decoder.rule = o->check_node == "minsum" ? ldpc::CheckRule::MinSum : ldpc::CheckRule::BoxPlus;
    chain.llr_scale = o->llr_scale;
    chain.run_fixed = o->decoders.find("fixed") != std::string::npos;
    chain.run_float = o->decoders.find("float") != std::string::npos;
    require(chain.run_fixed || chain.run_float, "decoders", 0, "fixed, float or fixed,float");
    ldpc::validate_decoder_config(chain.params, chain.decoder);
    std::vector<std::string> variants;
    if (chain.run_fixed) variants.push_back("fixed");
    if (chain.run_float) variants.push_back("float");

    // One frame through both decoders; the engine makes one Trial (own scratch) per thread.
    struct Trial final : ber::Trial {
      explicit Trial(const LdpcChainConfig& cc) : chain(cc), cfg(cc) {}
      ber::FrameOutcome run(double snr_db, Rng& rng) override {
        const LdpcFrame f = chain.run(snr_db, rng);
        ber::FrameOutcome out;
        out.info_bits = static_cast<std::uint64_t>(cfg.params.k_prime);
        auto add = [&out](bool error, int bit_errors, int iterations) {
          out.block_error.push_back(error ? 1 : 0);
          out.bit_errors.push_back(static_cast<std::uint64_t>(bit_errors));
          out.iterations.push_back(static_cast<std::uint64_t>(iterations));
        };
        if (cfg.run_fixed) add(f.fixed_error, f.fixed_bit_errors, f.fixed_iterations);
        if (cfg.run_float) add(f.float_error, f.float_bit_errors, f.float_iterations);
        return out;
      }
      LdpcChain chain;
      LdpcChainConfig cfg;
    };
    ber::SweepConfig sc;
    sc.snr_db = ber::parse_snr_list(o->snr);
    sc.target_errors = o->target;
    sc.max_frames = o->max_frames;
    sc.threads = o->threads;
    sc.seed = o->seed;
    sc.stop_when_error_free = true;
    const std::string label = "LDPC " + chain.params.to_string() + " " + modulation_name(mod) + " it" +
                              std::to_string(o->iterations) + " scale " + std::to_string(o->scale_num) + "/2^" +
                              std::to_string(o->scale_shift) + " offset " + std::to_string(o->offset) + " " + o->check_node;
    const auto results = ber::run_sweep(
        sc, variants, [chain]() -> std::unique_ptr<ber::Trial> { return std::make_unique<Trial>(chain); }, label);
    std::cout << "# " << label << "\n";
    std::cout << "variant,snr_db,frames,block_errors,bler,ber,mean_iterations\n";
    for (const auto& r : results)
      std::cout << r.variant << "," << r.snr_db << "," << r.frames << "," << r.block_errors << "," << r.bler() << ","
                << r.ber() << "," << r.mean_iterations() << "\n";
    for (const auto& v : variants)
      if (auto s = ber::snr_at_bler(results, v, 1e-2)) std::cout << "# " << v << ": BLER 1e-2 at " << *s << " dB\n";
    if (chain.run_fixed && chain.run_float) {
      const auto a = ber::snr_at_bler(results, "fixed", 1e-2), b = ber::snr_at_bler(results, "float", 1e-2);
      if (a && b) std::cout << "# gap fixed - float at BLER 1e-2: " << (*a - *b) << " dB\n";
    }
    if (!o->csv.empty()) {
      ber::write_csv(o->csv, "ldpc", results);
      if (!o->png.empty()) ber::plot_png(o->csv, o->png, o->title.empty() ? label : o->title);
    }
    result.code = kOk;
  });
}

}  // namespace

void add_ldpc_commands(CLI::App& app, Result& result) {
  auto* ldpc_cmd = app.add_subcommand("ldpc", "LDPC golden model: run test-bbdev vectors");
  ldpc_cmd->require_subcommand(1);
  add_run(*ldpc_cmd, result);
  add_vectors(app, result);
  add_bler(app, result);
}

}  // namespace bbkit::cli
