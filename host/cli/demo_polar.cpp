// SPDX-License-Identifier: Apache-2.0
// Demo rows for polar: PBCH, DCI and UCI through encode -> QPSK/AWGN -> fixed-point CA-SCL (L=8).
#include <chrono>

#include "bbkit/common/channel.h"
#include "bbkit/polar/decoder.h"
#include "bbkit/polar/encoder.h"
#include "demo.h"

namespace bbkit::cli {

std::vector<DemoRow> demo_polar(const DemoOptions& options) {
  struct Case {
    const char* chain;
    const char* configuration;
    polar::PolarConfig config;
    double snr_db;  // near BLER 1e-2 for L=8
  };
  const Case cases[] = {
      {"polar PBCH", "K=56, E=864, QPSK, L=8", {polar::Channel::Pbch, 32, 864}, -7.0},
      {"polar DCI", "A=40, AL=4, QPSK, L=8", {polar::Channel::Dci, 40, 0, 4, 0x4601}, -3.0},
      {"polar UCI", "A=100, E=400, QPSK, L=8", {polar::Channel::Uci, 100, 400}, 0.0},
  };
  auto encoder = polar::make_polar_encoder("golden");
  auto decoder = polar::make_polar_decoder("golden");
  std::vector<DemoRow> rows;
  for (const Case& c : cases) {
    DemoRow row{c.chain, c.configuration, c.snr_db, options.blocks, 0, static_cast<double>(c.config.a), 0};
    Rng rng(options.seed);
    const auto t0 = std::chrono::steady_clock::now();
    for (int b = 0; b < options.blocks; ++b) {
      const Bits payload = random_bits(rng, static_cast<std::size_t>(c.config.a));
      const auto llr = awgn_llrs(encoder->process(c.config, payload), Modulation::Qpsk, c.snr_db, rng);
      const auto r = decoder->process(c.config, polar::DecoderConfig{8}, polar::quantize_llrs(llr));
      if (!r.crc_ok || r.payload != payload) ++row.block_errors;
    }
    row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rows.push_back(row);
  }
  return rows;
}

}  // namespace bbkit::cli
