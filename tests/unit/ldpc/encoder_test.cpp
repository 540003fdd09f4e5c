// SPDX-License-Identifier: Apache-2.0
// All 102 codes (BG x Zc): random messages encode to codewords with H c = 0, and the noiseless
// codeword (rate-matched at R ~ 1/3, rate-dematched) decodes in one iteration, for every encoder
// and decoder implementation.
#include <gtest/gtest.h>

#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"
#include "bbkit/hls/ldpc/host.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/lifted_graph.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"

namespace bbkit::ldpc {
namespace {

// The HLS kernels (C simulation) join every implementation-parameterized test in this file:
// registered here, before this file's INSTANTIATE lines read ldpc_decoder_names().
[[maybe_unused]] const bool kHlsRegistered = ::bbkit::ldpc_hls::register_hls_ldpc();


class AllCodes : public ::testing::TestWithParam<std::tuple<std::string, int>> {};

TEST_P(AllCodes, EncodeSatisfiesEveryCheckAndNoiselessDecodesInOneIteration) {
  const auto [impl, bg] = GetParam();
  auto enc = make_ldpc_encoder(impl);
  auto dec = make_ldpc_decoder(impl);
  Rng rng(static_cast<std::uint64_t>(bg));
  for (int zc : lifting_sizes()) {
    SCOPED_TRACE("BG" + std::to_string(bg) + " Zc=" + std::to_string(zc));
    CodeConfig c;
    c.bg = bg;
    c.zc = zc;
    const int k = (bg == 1 ? 22 : 10) * zc;
    c.k_prime = k - (zc > 8 ? zc / 3 : 0);  // some fillers where the code is large enough
    c.e = (bg == 1 ? 66 : 50) * zc - (k - c.k_prime);  // every non-filler bit once: R ~ 1/3 (1/5)
    c.qm = 2;
    c.e -= c.e % 2;
    const CodeParams p = derive_code_params(c);
    const Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime));
    const Bits cw = encode_full_codeword(p, info);
    ASSERT_TRUE(syndrome_ok(lifted_graph(bg, zc), cw.data(), p.rows)) << "H c != 0";
    const Bits d = enc->encode(p, info);
    ASSERT_EQ(static_cast<int>(d.size()), p.n);
    for (int j = p.filler_begin(); j < p.filler_end(); ++j) ASSERT_EQ(d[static_cast<std::size_t>(j)], 0);
    const Bits f = rate_match(p, d);
    std::vector<std::int16_t> llr(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) llr[i] = f[i] ? -64 : 64;
    SoftBuffer buf = make_soft_buffer(p);
    rate_dematch(p, llr, buf);
    DecoderConfig cfg;
    const DecoderResult r = dec->decode(p, cfg, buf);
    EXPECT_EQ(r.iterations, 1);
    EXPECT_EQ(r.status.name(), "OK");
    EXPECT_EQ(r.hard, info);
  }
}

INSTANTIATE_TEST_SUITE_P(Golden, AllCodes,
                         ::testing::Combine(::testing::ValuesIn(ldpc_decoder_names()), ::testing::Values(1, 2)));

TEST(LdpcEncoder, RejectsWrongLengthAndUnknownImplementation) {
  CodeConfig c;
  c.bg = 2;
  c.zc = 64;
  c.k_prime = 600;
  c.e = 1200;
  const CodeParams p = derive_code_params(c);
  EXPECT_THROW(make_ldpc_encoder("golden")->encode(p, Bits(599)), InvalidParameter);
  EXPECT_THROW(make_ldpc_encoder("nope"), InvalidParameter);
  EXPECT_THROW(make_ldpc_decoder("nope"), InvalidParameter);
}

}  // namespace
}  // namespace bbkit::ldpc
