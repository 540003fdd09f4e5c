// SPDX-License-Identifier: Apache-2.0
// Rate matching and dematching (38.212 5.4.2): round trips for every rv and Qm, with and without
// limited-buffer rate matching and fillers, and HARQ combining of rv 0 + rv 2.
#include <gtest/gtest.h>

#include "bbkit/common/channel.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"

namespace bbkit::ldpc {
namespace {

using Channel = fxp::LdpcChannelLlr;

std::vector<std::int16_t> quantize(const std::vector<double>& llr) {
  std::vector<std::int16_t> q(llr.size());
  for (std::size_t i = 0; i < llr.size(); ++i) q[i] = static_cast<std::int16_t>(Channel::from_real(llr[i]));
  return q;
}

TEST(LdpcRateMatch, InterleaverIsTheQmRowTransposition) {
  CodeConfig c;
  c.bg = 2;
  c.zc = 8;
  c.k_prime = 80;
  c.e = 12;
  c.qm = 4;
  const CodeParams p = derive_code_params(c);
  // e_k = d[k] (k0 = 0, no fillers); f[i + 4 j] = e[3 i + j].
  const std::vector<int> pos = rate_match_positions(p);
  const std::vector<int> expected = {0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11};
  EXPECT_EQ(pos, expected);
}

TEST(LdpcRateMatch, RoundTripsEveryRvQmWithAndWithoutLbrmAndFillers) {
  Rng rng(7);
  auto enc = make_ldpc_encoder("golden");
  for (int bg : {1, 2})
    for (bool fillers : {false, true})
      for (bool lbrm : {false, true})
        for (int qm : {1, 2, 4, 6, 8, 10})
          for (int rv = 0; rv < 4; ++rv)
            for (int e_scale : {1, 3}) {  // E below and above Ncb - F (repetition)
              CodeConfig c;
              c.bg = bg;
              c.zc = 40;
              const int k = (bg == 1 ? 22 : 10) * c.zc;
              c.k_prime = fillers ? k - 52 : k;
              if (lbrm) c.lbrm_tbs = k;  // Nref = 1.5 K: below N = 66 Zc / 50 Zc
              c.qm = qm;
              c.rv = rv;
              c.e = (e_scale * (bg == 1 ? 1500 : 900) / 120) * 120;  // a multiple of every Qm
              const CodeParams p = derive_code_params(c);
              SCOPED_TRACE(p.to_string());
              if (lbrm) {
                ASSERT_LT(p.n_cb, p.n);
              }
              const Bits d = enc->encode(p, random_bits(rng, static_cast<std::size_t>(p.k_prime)));
              const Bits f = rate_match(p, d);
              ASSERT_EQ(static_cast<int>(f.size()), p.e);
              std::vector<std::int16_t> llr(f.size());
              for (std::size_t i = 0; i < f.size(); ++i) llr[i] = f[i] ? -1 : 1;
              SoftBuffer buf = make_soft_buffer(p);
              rate_dematch(p, llr, buf);
              // Every position received carries d's sign, repeated ones add up, the rest are 0.
              std::vector<int> times(static_cast<std::size_t>(p.n_cb), 0);
              for (int pos : rate_match_positions(p)) ++times[static_cast<std::size_t>(pos)];
              for (int j = 0; j < p.n_cb; ++j) {
                const auto uj = static_cast<std::size_t>(j);
                if (p.is_filler(j)) {
                  ASSERT_EQ(times[uj], 0) << "filler " << j << " transmitted";
                  ASSERT_EQ(buf[uj], Channel::max);
                } else {
                  ASSERT_EQ(buf[uj], (d[uj] ? -1 : 1) * times[uj]) << "position " << j;
                }
              }
            }
}

TEST(LdpcRateMatch, RejectsWrongLengths) {
  CodeConfig c;
  c.bg = 2;
  c.zc = 64;
  c.k_prime = 600;
  c.e = 1200;
  const CodeParams p = derive_code_params(c);
  EXPECT_THROW(rate_match(p, Bits(10)), InvalidParameter);
  SoftBuffer buf = make_soft_buffer(p);
  EXPECT_THROW(rate_dematch(p, std::vector<std::int16_t>(1199), buf), InvalidParameter);
  SoftBuffer small(10);
  EXPECT_THROW(rate_dematch(p, std::vector<std::int16_t>(1200), small), InvalidParameter);
  EXPECT_THROW(rate_dematch(p, std::vector<std::int16_t>(1200, 200), buf), InvalidParameter);
}

// The HARQ buffer (docs/card-contract.md): the soft buffer minus its filler window, one signed
// byte per LLR in circular-buffer order, H = Ncb - F bytes.
TEST(LdpcHarqBuffer, IsTheSoftBufferWithoutFillersInCircularBufferOrder) {
  for (bool lbrm : {false, true}) {
    CodeConfig c;
    c.bg = 1;
    c.zc = 16;
    c.k_prime = 22 * 16 - 40;  // F = 40
    c.e = 600;
    if (lbrm) c.lbrm_tbs = 22 * 16;
    const CodeParams p = derive_code_params(c);
    SCOPED_TRACE(p.to_string());
    ASSERT_EQ(harq_length(p), p.n_cb - 40);
    Rng rng(3);
    SoftBuffer buf = make_soft_buffer(p);
    for (int j = 0; j < p.n_cb; ++j)
      if (!p.is_filler(j))
        buf[static_cast<std::size_t>(j)] = static_cast<std::int16_t>(static_cast<int>(rng() % 255) - 127);
    const Bytes harq = store_harq(p, buf);
    ASSERT_EQ(static_cast<int>(harq.size()), harq_length(p));
    std::size_t h = 0;
    for (int j = 0; j < p.n_cb; ++j) {
      if (p.is_filler(j)) continue;
      ASSERT_EQ(static_cast<std::int8_t>(harq[h]), buf[static_cast<std::size_t>(j)]) << "position " << j;
      ++h;
    }
    // The byte after the last information bit before the fillers is the first parity-side bit.
    EXPECT_EQ(static_cast<std::int8_t>(harq[static_cast<std::size_t>(p.filler_begin())]),
              buf[static_cast<std::size_t>(p.filler_end())]);
    SoftBuffer back = make_soft_buffer(p);
    load_harq(p, harq.data(), harq.size(), back);
    EXPECT_EQ(back, buf) << "load_harq inverts store_harq; fillers stay at +max";
  }
}

TEST(LdpcHarqBuffer, LoadReadsMinus128AsMinus127AndChecksLengths) {
  CodeConfig c;
  c.bg = 2;
  c.zc = 8;
  c.k_prime = 70;  // F = 10
  c.e = 100;
  const CodeParams p = derive_code_params(c);
  Bytes harq(static_cast<std::size_t>(harq_length(p)), 0x80);
  SoftBuffer buf = make_soft_buffer(p);
  load_harq(p, harq.data(), harq.size(), buf);
  for (int j = 0; j < p.n_cb; ++j)
    EXPECT_EQ(buf[static_cast<std::size_t>(j)], p.is_filler(j) ? Channel::max : -Channel::max);
  try {
    load_harq(p, harq.data(), harq.size() - 1, buf);
    FAIL();
  } catch (const InvalidParameter& e) {
    EXPECT_EQ(e.parameter(), "HARQ length");
  }
  SoftBuffer small(10);
  EXPECT_THROW(load_harq(p, harq.data(), harq.size(), small), InvalidParameter);
  EXPECT_THROW(store_harq(p, small), InvalidParameter);
}

// High rate (E < K): rv 0 alone fails at this SNR; adding rv 2, which carries other parity bits,
// into the same soft buffer decodes.
TEST(LdpcHarq, Rv0PlusRv2DecodesWhereRv0AloneFails) {
  auto enc = make_ldpc_encoder("golden");
  auto dec = make_ldpc_decoder("golden");
  CodeConfig c;
  c.bg = 2;
  c.zc = 64;
  c.k_prime = 600;
  c.e = 700;
  c.qm = 2;
  CodeConfig c2 = c;
  c2.rv = 2;
  const CodeParams p0 = derive_code_params(c), p2 = derive_code_params(c2);
  DecoderConfig cfg;
  cfg.max_iterations = 10;
  cfg.layers = p0.rows;  // the combined buffer reaches parity rv 0 alone does not
  Rng rng(11);
  int fail_rv0 = 0, fail_combined = 0;
  constexpr int kFrames = 20;
  constexpr double kSnrDb = 3.0;
  for (int frame = 0; frame < kFrames; ++frame) {
    const Bits info = random_bits(rng, 600);
    const Bits d = enc->encode(p0, info);
    SoftBuffer buf = make_soft_buffer(p0);
    rate_dematch(p0, quantize(awgn_llrs(rate_match(p0, d), Modulation::Qpsk, kSnrDb, rng)), buf);
    if (dec->decode(p0, cfg, buf).hard != info) ++fail_rv0;
    rate_dematch(p2, quantize(awgn_llrs(rate_match(p2, d), Modulation::Qpsk, kSnrDb, rng)), buf);
    if (dec->decode(p2, cfg, buf).hard != info) ++fail_combined;
  }
  EXPECT_GE(fail_rv0, kFrames * 3 / 4) << "rv 0 alone should fail at " << kSnrDb << " dB";
  EXPECT_EQ(fail_combined, 0) << "rv 0 + rv 2 should decode at " << kSnrDb << " dB";
}

}  // namespace
}  // namespace bbkit::ldpc
