// SPDX-License-Identifier: Apache-2.0
#include <chrono>

#include "bbkit/common/channel.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/rng.h"
#include "demo.h"

namespace bbkit::cli {

std::vector<DemoRow> demo_uncoded(const DemoOptions& options) {
  std::vector<DemoRow> rows;
  constexpr int kPayload = 1000;
  for (double snr_db : {6.0, 9.0}) {
    DemoRow row{"uncoded + CRC24A", "A=1000, BPSK", snr_db, options.blocks, 0, kPayload, 0};
    Rng rng(options.seed);
    const auto t0 = std::chrono::steady_clock::now();
    for (int b = 0; b < options.blocks; ++b) {
      Bits block = random_bits(rng, kPayload);
      crc_attach(CrcType::Crc24A, block);
      const auto llr = awgn_llrs(block, Modulation::Bpsk, snr_db, rng);
      Bits received(block.size());
      for (std::size_t i = 0; i < block.size(); ++i) received[i] = hard_bit(llr[i]);
      if (!crc_check(CrcType::Crc24A, received)) ++row.block_errors;
    }
    row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rows.push_back(row);
  }
  return rows;
}

}  // namespace bbkit::cli
