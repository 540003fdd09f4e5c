// SPDX-License-Identifier: Apache-2.0
// Self-checking C-simulation testbench of the encoder kernel, the one Vitis csim_design and
// cosim_design run (recipe/bbkit_ldpc_enc.json): seeded code blocks over both base graphs and
// a spread of lifting sizes, every rv and Qm, CRC attach; kernel output == golden model.
// Exit status 0 = pass (the Vitis convention). Usage: csim_enc [blocks] [seed]
#include <cstdio>
#include <cstdlib>

#include "bbkit/hls/ldpc/host.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "sweep.h"

int main(int argc, char** argv) {
  using namespace bbkit;
  const int blocks = argc > 1 ? std::atoi(argv[1]) : 24;
  Rng rng(argc > 2 ? std::strtoull(argv[2], nullptr, 0) : 0x1d5c0101);
  const auto codes = ldpc_hls::test::all_codes();
  const auto golden = ldpc::make_ldpc_encoder("golden");
  const int qms[6] = {1, 2, 4, 6, 8, 10};
  int failures = 0;
  for (int b = 0; b < blocks; ++b) {
    const auto code = codes[static_cast<std::size_t>(b * 37) % codes.size()];
    const auto c = ldpc_hls::test::random_case(rng, code, b % 4, qms[b % 6]);
    const Bits info = ldpc_hls::test::random_info(rng, c);
    const int crc_len = c.crc ? crc_spec(*c.crc).length : 0;
    const Bits payload(info.begin(), info.end() - crc_len);
    const bool ok = ldpc_hls::kernel_encode(c.p, c.crc, payload, true) == ldpc::rate_match(c.p, golden->encode(c.p, info));
    if (!ok) std::printf("MISMATCH %s\n", c.describe().c_str());
    failures += ok ? 0 : 1;
  }
  std::printf("bbkit_ldpc_enc csim: %d/%d blocks identical to the golden model\n", blocks - failures, blocks);
  return failures == 0 ? 0 : 1;
}
