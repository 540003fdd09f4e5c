// SPDX-License-Identifier: Apache-2.0
// Polar commands: `bbkit polar run FILE...` checks vector files against an implementation,
// `bbkit vectors polar` writes them, `bbkit bler polar` sweeps BLER over AWGN for PBCH, DCI
// or UCI with the fixed-point decoder beside the float reference.
#include <cstdio>
#include <iostream>
#include <memory>

#include "bbkit/ber/sweep.h"
#include "bbkit/common/channel.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/polar/decoder.h"
#include "bbkit/polar/encoder.h"
#include "bbkit/polar/polar_vector.h"
#include "commands.h"
#include "table.h"

namespace bbkit::cli {
namespace {

// Channel parameters shared by `vectors polar` and `bler polar`.
struct PolarOptions {
  std::string channel = "uci";
  int a = 0;
  int e = 0;
  int aggregation_level = 1;
  int rnti = 0;

  polar::PolarConfig config() const {
    require_range("rnti", rnti, 0, 0xFFFF);
    polar::PolarConfig c;
    c.channel = polar::channel_from_name(channel);
    c.a = a;
    c.e = e;
    c.aggregation_level = aggregation_level;
    c.rnti = static_cast<std::uint16_t>(rnti);
    if (c.channel == polar::Channel::Pbch && c.a == 0) c.a = 32;
    return c;
  }
};

void add_channel_options(CLI::App* cmd, PolarOptions& o) {
  cmd->add_option("--channel", o.channel, "pbch, dci or uci")->capture_default_str();
  cmd->add_option("-A,--payload", o.a, "Payload bits A (PBCH 32, DCI 1..140, UCI 12..1706)");
  cmd->add_option("-E,--coded", o.e, "Coded bits E (PBCH 864; DCI 108 x AL, 0 derives it; UCI E_UCI)")
      ->capture_default_str();
  cmd->add_option("--al,--aggregation-level", o.aggregation_level, "DCI aggregation level 1, 2, 4, 8, 16")
      ->capture_default_str();
  cmd->add_option("--rnti", o.rnti, "DCI RNTI masking the CRC, 0..65535")->capture_default_str();
}

std::string describe(const polar::ChannelPlan& plan) {
  const polar::PolarCode& b = plan.blocks[0];
  std::string s = std::string(polar::channel_name(plan.config.channel)) + " A=" + std::to_string(plan.config.a) +
                  " E=" + std::to_string(plan.config.e);
  if (plan.config.channel == polar::Channel::Dci)
    s += " AL=" + std::to_string(plan.config.aggregation_level) + " RNTI=" + std::to_string(plan.config.rnti);
  s += " (" + std::to_string(plan.segments) + "x N=" + std::to_string(b.big_n) + " K=" + std::to_string(b.params.k) +
       (b.params.n_pc ? " PC=" + std::to_string(b.params.n_pc) : std::string()) + " " +
       polar::rate_matching_name(b.rate_matching) + ")";
  return s;
}

void add_run(CLI::App& app, Result& result) {
  auto* polar = app.add_subcommand("polar", "Polar code (TS 38.212 PBCH, DCI, UCI) tools");
  polar->require_subcommand(1);
  auto* run = polar->add_subcommand("run", "Encode every case of polar vector files and compare; decode the "
                                           "noiseless coded bits and compare; one pass/fail line per file");
  auto files = std::make_shared<std::vector<std::string>>();
  auto impl = std::make_shared<std::string>("golden");
  auto list = std::make_shared<int>(8);
  run->add_option("files", *files, "Polar vector files")->required()->check(CLI::ExistingFile);
  run->add_option("--impl", *impl, "Implementation")->capture_default_str();
  run->add_option("-L,--list", *list, "List size of the decoder")->capture_default_str();
  run->callback([files, impl, list, &result] {
    polar::validate_list_size(*list);
    auto encoder = polar::make_polar_encoder(*impl);
    auto decoder = polar::make_polar_decoder(*impl);
    int failed = 0;
    for (const auto& path : *files) {
      try {
        const polar::PolarVectorFile f = polar::PolarVectorFile::load(path);
        const polar::ChannelPlan plan = polar::make_plan(f.config);
        std::size_t enc_bad = 0, dec_bad = 0, first_bad = 0;
        for (std::size_t i = 0; i < f.cases.size(); ++i) {
          const auto& c = f.cases[i];
          const bool enc_ok = encoder->process(f.config, c.payload) == c.coded;
          std::vector<std::int8_t> llr(c.coded.size());
          for (std::size_t k = 0; k < llr.size(); ++k)
            llr[k] = static_cast<std::int8_t>(c.coded[k] ? -fxp::PolarLlr::max : fxp::PolarLlr::max);
          const polar::DecodeResult r = decoder->process(f.config, polar::DecoderConfig{*list}, llr);
          const bool dec_ok = r.crc_ok && r.payload == c.payload;
          if ((!enc_ok || !dec_ok) && enc_bad + dec_bad == 0) first_bad = i;
          enc_bad += !enc_ok;
          dec_bad += !dec_ok;
        }
        const bool ok = enc_bad == 0 && dec_bad == 0 && !f.cases.empty();
        failed += !ok;
        std::cout << (ok ? "PASS  " : "FAIL  ") << path << ": " << describe(plan) << ", " << f.cases.size()
                  << " cases, encode " << f.cases.size() - enc_bad << "/" << f.cases.size() << ", decode L=" << *list
                  << " " << f.cases.size() - dec_bad << "/" << f.cases.size();
        if (!ok && !f.cases.empty()) std::cout << " (first failing case " << first_bad << ")";
        std::cout << "\n";
      } catch (const ParseError& e) {
        ++failed;
        std::cout << "FAIL  " << path << "\n";
        std::cerr << "bbkit polar run: " << e.what() << "\n";
      }
    }
    result.code = failed ? kFailure : kOk;
  });
}

void add_vectors(CLI::App& app, Result& result) {
  auto* cmd = app.get_subcommand("vectors")->add_subcommand("polar", "Write a polar vector file (key = value "
                                                                      "header, one 'payload coded' case a line)");
  auto o = std::make_shared<PolarOptions>();
  auto cases = std::make_shared<int>(100);
  auto seed = std::make_shared<std::uint64_t>(1);
  auto out = std::make_shared<std::string>();
  add_channel_options(cmd, *o);
  cmd->add_option("--cases", *cases, "Number of cases")->capture_default_str();
  cmd->add_option("--seed", *seed, "Random seed of the payloads")->capture_default_str();
  cmd->add_option("-o,--output", *out, "File to write")->required();
  cmd->callback([o, cases, seed, out, &result] {
    const polar::PolarVectorFile f = polar::generate_polar_vectors(o->config(), *cases, *seed);
    f.save(*out);
    std::cout << "wrote " << *out << ": " << describe(polar::make_plan(f.config)) << ", " << f.cases.size()
              << " cases, seed " << *seed << "\n";
    result.code = kOk;
  });
}

// One frame: random payload -> encoder -> modulation + AWGN -> fixed and float decoders.
class PolarTrial final : public ber::Trial {
 public:
  PolarTrial(polar::PolarConfig config, int list, Modulation mod, bool exact)
      : config_(config), list_(list), mod_(mod), exact_(exact), encoder_(polar::make_polar_encoder("golden")),
        decoder_(polar::make_polar_decoder("golden")) {}

  ber::FrameOutcome run(double snr_db, Rng& rng) override {
    const Bits payload = random_bits(rng, static_cast<std::size_t>(config_.a));
    const std::vector<double> llr = awgn_llrs(encoder_->process(config_, payload), mod_, snr_db, rng);
    ber::FrameOutcome o;
    o.info_bits = payload.size();
    record(o, decoder_->process(config_, polar::DecoderConfig{list_}, polar::quantize_llrs(llr)), payload);
    record(o, reference_.process(config_, polar::DecoderConfig{list_}, llr), payload);
    if (exact_) record(o, exact_reference_.process(config_, polar::DecoderConfig{list_}, llr), payload);
    return o;
  }

 private:
  static void record(ber::FrameOutcome& o, const polar::DecodeResult& r, const Bits& payload) {
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < payload.size(); ++i) bits += r.payload[i] != payload[i];
    o.block_error.push_back(!r.crc_ok || bits != 0);
    o.bit_errors.push_back(bits);
  }

  polar::PolarConfig config_;
  int list_;
  Modulation mod_;
  bool exact_;
  std::unique_ptr<polar::PolarEncoder> encoder_;
  std::unique_ptr<polar::PolarDecoder> decoder_;
  polar::FloatSclDecoder reference_;
  polar::FloatSclDecoder exact_reference_{polar::FloatKernel::Exact};
};

void add_bler(CLI::App& app, Result& result) {
  auto* cmd = app.get_subcommand("bler")->add_subcommand(
      "polar", "Polar BLER over AWGN: fixed-point CA-SCL beside the float reference; CSV and PNG");
  auto o = std::make_shared<PolarOptions>();
  auto list = std::make_shared<int>(8);
  auto snr = std::make_shared<std::string>("-2:2:0.5");
  auto mod = std::make_shared<std::string>("qpsk");
  auto sweep = std::make_shared<ber::SweepConfig>();
  sweep->target_errors = 50;
  sweep->max_frames = 200000;
  auto csv = std::make_shared<std::string>();
  auto png = std::make_shared<std::string>();
  auto exact = std::make_shared<bool>(false);
  add_channel_options(cmd, *o);
  cmd->add_flag("--exact", *exact, "Also run the exact-LLR float SCL (the min-sum loss reference; slower)");
  cmd->add_option("-L,--list", *list, "List size (1 = SC)")->capture_default_str();
  cmd->add_option("--snr", *snr, "Es/N0 points in dB: 'start:stop:step' or 'a,b,c'")->capture_default_str();
  cmd->add_option("--modulation", *mod, "bpsk, qpsk, 16qam, 64qam, 256qam")->capture_default_str();
  cmd->add_option("--errors", sweep->target_errors, "Block errors per point (every variant)")->capture_default_str();
  cmd->add_option("--max-frames", sweep->max_frames, "Frames per point at most")->capture_default_str();
  cmd->add_option("--threads", sweep->threads, "Worker threads (0 = all)")->capture_default_str();
  cmd->add_option("--seed", sweep->seed, "Random seed")->capture_default_str();
  cmd->add_option("--csv", *csv, "Write the results as CSV");
  cmd->add_option("--png", *png, "Plot the results to PNG (needs --csv)");
  cmd->callback([o, list, snr, mod, sweep, csv, png, exact, &result] {
    const polar::PolarConfig config = o->config();
    const polar::ChannelPlan plan = polar::make_plan(config);
    polar::validate_list_size(*list);
    const Modulation m = modulation_from_name(*mod);
    sweep->snr_db = ber::parse_snr_list(*snr);
    require(png->empty() || !csv->empty(), "--png", 0, "given together with --csv");
    const std::string l = "L" + std::to_string(*list);
    std::vector<std::string> variants{"fixed " + l, "float " + l};
    if (*exact) variants.push_back("exact " + l);
    // Short enough for the plot: channel, A, E (AL), N, K and the list size.
    std::string title = std::string("polar ") + polar::channel_name(config.channel) + " A=" + std::to_string(plan.config.a) +
                        " E=" + std::to_string(plan.config.e);
    if (config.channel == polar::Channel::Dci) title += " AL=" + std::to_string(config.aggregation_level);
    title += " (N=" + std::to_string(plan.blocks[0].big_n) + " K=" + std::to_string(plan.blocks[0].params.k) + "), " +
             modulation_name(m) + ", " + l;
    std::cerr << "bbkit bler polar: " << describe(plan) << "\n";
    const auto results = ber::run_sweep(
        *sweep, variants, [&] { return std::make_unique<PolarTrial>(config, *list, m, *exact); }, "polar");
    Table table({"Es/N0 dB", "variant", "frames", "block errors", "BLER"});
    for (const auto& r : results)
      table.add({fmt("%.2f", r.snr_db), r.variant, std::to_string(r.frames), std::to_string(r.block_errors),
                 fmt("%.3g", r.bler())});
    table.print(std::cout);
    for (const auto& v : variants) {
      const auto at = ber::snr_at_bler(results, v, 1e-2);
      std::cout << v << ": BLER 1e-2 at " << (at ? fmt("%.2f dB", *at) : std::string("(not bracketed)")) << "\n";
    }
    const auto fx = ber::snr_at_bler(results, variants[0], 1e-2), fl = ber::snr_at_bler(results, variants[1], 1e-2);
    if (fx && fl) std::cout << "fixed-point loss at BLER 1e-2: " << fmt("%.2f dB", *fx - *fl) << "\n";
    if (*exact) {
      const auto ex = ber::snr_at_bler(results, variants[2], 1e-2);
      if (fl && ex) std::cout << "min-sum loss at BLER 1e-2: " << fmt("%.2f dB", *fl - *ex) << "\n";
    }
    if (!csv->empty()) {
      ber::write_csv(*csv, "polar-" + std::string(polar::channel_name(config.channel)), results);
      if (!png->empty()) ber::plot_png(*csv, *png, title);
    }
    result.code = kOk;
  });
}

}  // namespace

void add_polar_commands(CLI::App& app, Result& result) {
  add_run(app, result);
  add_vectors(app, result);
  add_bler(app, result);
}

}  // namespace bbkit::cli
