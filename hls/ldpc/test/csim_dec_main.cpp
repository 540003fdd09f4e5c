// SPDX-License-Identifier: Apache-2.0
// Self-checking C-simulation testbench of the decoder kernels, the one Vitis csim_design and
// cosim_design run (recipe/bbkit_ldpc_dec.json and bbkit_ldpc_dec_axis.json): seeded noisy code blocks over both base
// graphs and a spread of lifting sizes, every rv and Qm; hard bits, iterations and status ==
// golden model. Exit status 0 = pass (the Vitis convention). Usage: csim_dec [blocks] [seed]
#include <cstdio>
#include <cstdlib>

#include "bbkit/hls/ldpc/host.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "sweep.h"

int main(int argc, char** argv) {
  using namespace bbkit;
  const int blocks = argc > 1 ? std::atoi(argv[1]) : 24;
  Rng rng(argc > 2 ? std::strtoull(argv[2], nullptr, 0) : 0x1d5c0102);
  const auto codes = ldpc_hls::test::all_codes();
  const auto enc = ldpc::make_ldpc_encoder("golden");
  const auto golden = ldpc::make_ldpc_decoder("golden");
  const int qms[6] = {1, 2, 4, 6, 8, 10};
  int failures = 0, converged = 0;
  for (int b = 0; b < blocks; ++b) {
    const auto code = codes[static_cast<std::size_t>(b * 37) % codes.size()];
    const auto c = ldpc_hls::test::random_case(rng, code, b % 4, qms[b % 6]);
    const Bits info = ldpc_hls::test::random_info(rng, c);
    const auto llr = ldpc_hls::test::noisy_llrs(rng, c, ldpc::rate_match(c.p, enc->encode(c.p, info)));
    ldpc::SoftBuffer buf = ldpc::make_soft_buffer(c.p);
    ldpc::rate_dematch(c.p, llr, buf);
    const ldpc::DecoderResult g = golden->decode(c.p, c.cfg, buf);
    // Both tops: memory-mapped (bbkit_ldpc_dec_kernel) and streaming (bbkit_ldpc_dec_axis_kernel).
    const ldpc::DecoderResult k = ldpc_hls::kernel_decode(c.p, c.cfg, llr);
    const ldpc::DecoderResult s = ldpc_hls::kernel_decode_stream(c.p, c.cfg, llr);
    const bool ok = k.hard == g.hard && k.iterations == g.iterations && k.status.name() == g.status.name() &&
                    s.hard == g.hard && s.iterations == g.iterations && s.status.name() == g.status.name();
    if (!ok) std::printf("MISMATCH %s\n", c.describe().c_str());
    failures += ok ? 0 : 1;
    converged += g.status.name() == "OK" ? 1 : 0;
  }
  std::printf("bbkit_ldpc_dec csim: %d/%d blocks identical to the golden model (%d decoded OK)\n", blocks - failures,
              blocks, converged);
  return failures == 0 ? 0 : 1;
}
