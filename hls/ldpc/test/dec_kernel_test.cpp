// SPDX-License-Identifier: Apache-2.0
// Decoder kernel in C simulation against the golden model, bit for bit (hard bits, iterations,
// status): a seeded sweep over all 102 codes, rv 0..3, Qm 1..10 with noisy LLRs and random
// decoder settings; HARQ combining of two redundancy versions; the golden-interface adapter.
// BBKIT_HLS_SWEEP_DEPTH (compile definition) scales the sweep: 1 = default, more = slow label.
#include <gtest/gtest.h>

#include <map>

#include "bbkit/common/error.h"
#include "bbkit/hls/ldpc/host.h"
#include "bbkit/hls/ldpc/kernels.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "sweep.h"

#ifndef BBKIT_HLS_SWEEP_DEPTH
#define BBKIT_HLS_SWEEP_DEPTH 1
#endif
// Sanitizer builds thin the default sweep (one rv per code, all rvs across codes) to stay quick.
#ifndef BBKIT_HLS_SWEEP_STRIDE
#define BBKIT_HLS_SWEEP_STRIDE 1
#endif
#if BBKIT_HLS_SWEEP_DEPTH == 1
#define BBKIT_HLS_DEC_SUITE LdpcDecKernel
#else
#define BBKIT_HLS_DEC_SUITE LdpcDecKernelSlow  // distinct CTest names for the slow build
#endif

namespace bbkit::ldpc_hls {
namespace {

ldpc::DecoderResult golden_decode(const test::Case& c, const std::vector<std::int16_t>& llr, ldpc::SoftBuffer& buf) {
  ldpc::rate_dematch(c.p, llr, buf);
  return ldpc::make_ldpc_decoder("golden")->decode(c.p, c.cfg, buf);
}

void expect_same(const ldpc::DecoderResult& golden, const ldpc::DecoderResult& kernel, const std::string& what) {
  ASSERT_EQ(kernel.hard, golden.hard) << what;
  ASSERT_EQ(kernel.iterations, golden.iterations) << what;
  ASSERT_EQ(kernel.status.name(), golden.status.name()) << what;
  ASSERT_EQ(kernel.crc_checked, golden.crc_checked) << what;
}

// Depth 1: each code once per rv with Qm cycling over {1,2,4,6,8} (408 blocks). Depth d > 1:
// every code x rv x Qm in {1,2,4,6,8,10}, d - 1 times (2448 blocks each).
TEST(BBKIT_HLS_DEC_SUITE, MatchesGoldenOnNoisySweep) {
  Rng rng(0x1d5c0002);
  const auto enc = ldpc::make_ldpc_encoder("golden");
  const std::vector<int> qms = BBKIT_HLS_SWEEP_DEPTH == 1 ? std::vector<int>{1, 2, 4, 6, 8}
                                                          : std::vector<int>{1, 2, 4, 6, 8, 10};
  std::map<std::string, int> outcomes;
  int n = 0, code_index = 0;
  for (int round = 0; round < (BBKIT_HLS_SWEEP_DEPTH == 1 ? 1 : BBKIT_HLS_SWEEP_DEPTH - 1); ++round)
    for (const test::Code code : test::all_codes())
      for (int rv = 0, ci = code_index++; rv < 4; ++rv)
        for (std::size_t qi = 0; qi < (BBKIT_HLS_SWEEP_DEPTH == 1 ? 1 : qms.size()); ++qi) {
          if ((ci + rv) % BBKIT_HLS_SWEEP_STRIDE != 0) continue;
          const int qm = BBKIT_HLS_SWEEP_DEPTH == 1 ? qms[static_cast<std::size_t>(n) % qms.size()] : qms[qi];
          ++n;
          const test::Case c = test::random_case(rng, code, rv, qm);
          const Bits info = test::random_info(rng, c);
          const auto llr = test::noisy_llrs(rng, c, ldpc::rate_match(c.p, enc->encode(c.p, info)));
          ldpc::SoftBuffer buf = ldpc::make_soft_buffer(c.p);
          const ldpc::DecoderResult g = golden_decode(c, llr, buf);
          const ldpc::DecoderResult k = kernel_decode(c.p, c.cfg, llr);
          expect_same(g, k, c.describe());
          if (HasFatalFailure()) return;
          ++outcomes[g.status.name()];
        }
  // The sweep is only meaningful if it saw both converged and failed blocks.
  for (const auto& [status, count] : outcomes) std::cout << status << ": " << count << " blocks\n";
  EXPECT_GT(outcomes["OK"], n / 10);
  EXPECT_GT(outcomes["SYN"] + outcomes["SYNCRC"] + outcomes["CRC"], n / 20);
}

// The streaming (AXI4-Stream) top on every code: same results as the golden model, every LLR
// consumed, exactly ceil(K'/8) bytes out.
TEST(BBKIT_HLS_DEC_SUITE, StreamingKernelMatchesGoldenOnAllCodes) {
  Rng rng(0x1d5c0005);
  const auto enc = ldpc::make_ldpc_encoder("golden");
  const int qms[5] = {1, 2, 4, 6, 8};
  int n = 0;
  for (const test::Code code : test::all_codes()) {
    const test::Case c = test::random_case(rng, code, n % 4, qms[n % 5]);
    ++n;
    const Bits info = test::random_info(rng, c);
    const auto llr = test::noisy_llrs(rng, c, ldpc::rate_match(c.p, enc->encode(c.p, info)));
    ldpc::SoftBuffer buf = ldpc::make_soft_buffer(c.p);
    expect_same(golden_decode(c, llr, buf), kernel_decode_stream(c.p, c.cfg, llr), c.describe());
    if (HasFatalFailure()) return;
  }
}

TEST(BBKIT_HLS_DEC_SUITE, HarqCombiningOfTwoRedundancyVersionsMatchesGolden) {
  Rng rng(0x1d5c0003);
  const auto enc = ldpc::make_ldpc_encoder("golden");
  for (const test::Code code : {test::Code{1, 384}, test::Code{2, 36}, test::Code{1, 5}, test::Code{2, 208}}) {
    test::Case c = test::random_case(rng, code, 0, 4);
    c.es_n0_db -= 3.0;  // the first transmission alone rarely decodes
    const Bits info = test::random_info(rng, c);
    const Bits d = enc->encode(c.p, info);
    ldpc::SoftBuffer golden_buf = ldpc::make_soft_buffer(c.p);
    ldpc::SoftBuffer kernel_buf = golden_buf;
    for (int rv : {0, 2, 3, 1}) {
      ldpc::CodeConfig cc{c.p.bg, c.p.zc, c.p.k_prime, c.p.e, c.p.qm, rv, c.p.n_cb};
      c.p = ldpc::derive_code_params(cc);
      const auto llr = test::noisy_llrs(rng, c, ldpc::rate_match(c.p, d));
      const ldpc::DecoderResult g = golden_decode(c, llr, golden_buf);
      const ldpc::DecoderResult k = kernel_decode(c.p, c.cfg, llr, &kernel_buf);
      ASSERT_EQ(kernel_buf, golden_buf) << c.describe();
      expect_same(g, k, c.describe());
    }
  }
}

// The HARQ memory holds the card contract's layout (ldpc::store_harq): Ncb - F bytes, no fillers.
// With E = 0 the kernel passes the HARQ input through to its output, -128 read as -127.
TEST(BBKIT_HLS_DEC_SUITE, HarqMemoryHoldsTheSoftBufferWithoutFillers) {
  const ldpc::CodeParams p = ldpc::derive_code_params({2, 16, 150, 400, 2, 0, 0});  // F = 10
  const int h_len = ldpc::harq_length(p);
  ASSERT_EQ(h_len, p.n_cb - p.n_filler);
  std::vector<ChannelLlr> harq_in(static_cast<std::size_t>(h_len)), harq_out(harq_in.size(), ChannelLlr(99));
  for (int h = 0; h < h_len; ++h) harq_in[static_cast<std::size_t>(h)] = (h * 37) % 256 - 128;
  ChannelLlr llr[1] = {};
  Byte hard[32] = {};
  int iterations = -1, status = -1;
  bbkit_ldpc_dec_kernel(llr, harq_in.data(), harq_out.data(), hard, p.bg, p.zc, p.k_prime, p.n_cb, 0, p.qm, 0, 8, 1,
                        kDecHarqCombine | kDecHarqOut, kCrcNone, 1, 0, 0, &iterations, &status);
  ASSERT_EQ(status & kStatusBadArgument, 0);
  for (int h = 0; h < h_len; ++h) {
    const int in = harq_in[static_cast<std::size_t>(h)].to_int();
    ASSERT_EQ(harq_out[static_cast<std::size_t>(h)].to_int(), in == -128 ? -127 : in) << "HARQ byte " << h;
  }
}

// E / Qm = the live buffer length: every interleaver row starts on the same position, so
// consecutive LLRs combine into one soft value (the dematcher's forwarded read-after-write),
// with saturation along the way.
TEST(BBKIT_HLS_DEC_SUITE, ConsecutiveLlrsOnOnePositionMatchGolden) {
  Rng rng(0x1d5c0006);
  const auto enc = ldpc::make_ldpc_encoder("golden");
  for (const int qm : {2, 4, 8}) {
    test::Case c;
    c.p = ldpc::derive_code_params({2, 8, 80, qm * 400, qm, 0, 0});  // K' = K: no fillers, live = N = 400
    c.es_n0_db = 4.0;
    const Bits info = random_bits(rng, 80);
    const auto llr = test::noisy_llrs(rng, c, ldpc::rate_match(c.p, enc->encode(c.p, info)));
    ldpc::SoftBuffer buf = ldpc::make_soft_buffer(c.p);
    const ldpc::DecoderResult g = golden_decode(c, llr, buf);
    ldpc::SoftBuffer kernel_buf = ldpc::make_soft_buffer(c.p);
    expect_same(g, kernel_decode(c.p, c.cfg, llr, &kernel_buf), c.describe());
    EXPECT_EQ(kernel_buf, buf) << c.describe();
  }
}

TEST(BBKIT_HLS_DEC_SUITE, ImplementsTheGoldenDecoderInterface) {
  Rng rng(0x1d5c0004);
  const test::Case c = test::random_case(rng, {1, 96}, 1, 2);
  const Bits info = test::random_info(rng, c);
  const auto llr = test::noisy_llrs(rng, c, ldpc::rate_match(c.p, ldpc::make_ldpc_encoder("golden")->encode(c.p, info)));
  ldpc::SoftBuffer buf = ldpc::make_soft_buffer(c.p);
  ldpc::rate_dematch(c.p, llr, buf);
  const auto dec = make_hls_ldpc_decoder();
  EXPECT_EQ(dec->name(), "hls");
  expect_same(ldpc::make_ldpc_decoder("golden")->decode(c.p, c.cfg, buf), dec->decode(c.p, c.cfg, buf), c.describe());
}

TEST(BBKIT_HLS_DEC_SUITE, RejectsWhatTheKernelLacks) {
  ldpc::CodeConfig cc;
  cc.bg = 2;
  cc.zc = 16;
  cc.k_prime = 150;
  cc.e = 400;
  const ldpc::CodeParams p = ldpc::derive_code_params(cc);
  ldpc::DecoderConfig cfg;
  cfg.soft_output = true;
  EXPECT_THROW(kernel_decode(p, cfg, std::vector<std::int16_t>(400, 0)), InvalidParameter);
  cfg.soft_output = false;
  cfg.crc = CrcType::Crc24C;
  EXPECT_THROW(kernel_decode(p, cfg, std::vector<std::int16_t>(400, 0)), InvalidParameter);
  cfg.crc.reset();
  EXPECT_THROW(kernel_decode(p, cfg, std::vector<std::int16_t>(399, 0)), InvalidParameter);
  ChannelLlr llr[4] = {}, harq[4] = {};
  Byte hard[4] = {};
  int iterations = -1, status = 0;
  bbkit_ldpc_dec_kernel(llr, harq, harq, hard, 2, 16, 150, 800, 400, 2, 0, 3 /* layers < 4 */, 8, 0, kCrcNone, 1, 0, 2,
                        &iterations, &status);
  EXPECT_EQ(status, kStatusBadArgument);
  EXPECT_EQ(iterations, 0);
  hls::stream<ChannelLlr> in;
  hls::stream<Byte> out;
  bbkit_ldpc_dec_axis_kernel(in, out, 2, 16, 150, 800, 400, 2, 0, 8, 8, kDecHarqCombine, kCrcNone, 1, 0, 2, &iterations,
                             &status);
  EXPECT_EQ(status, kStatusBadArgument);  // no HARQ memory on the streaming kernel
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace bbkit::ldpc_hls
