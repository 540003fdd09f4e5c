// SPDX-License-Identifier: Apache-2.0
// Encoder kernel in C simulation against the golden model, bit for bit: all 102 codes, rv 0..3,
// every Qm, random K'/E/Ncb and CRC attach; the bypass output (d) too; bad arguments rejected.
#include <gtest/gtest.h>

#include "bbkit/hls/ldpc/host.h"
#include "bbkit/hls/ldpc/kernels.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "sweep.h"

namespace bbkit::ldpc_hls {
namespace {

TEST(LdpcEncKernel, MatchesGoldenOnAllCodesRvAndQm) {
  Rng rng(0x1d5c0001);
  const auto golden = ldpc::make_ldpc_encoder("golden");
  const int qms[6] = {1, 2, 4, 6, 8, 10};
  int n = 0;
  for (const test::Code code : test::all_codes()) {
    for (int rv = 0; rv < 4; ++rv) {
      const int qm = qms[(n++) % 6];
      const test::Case c = test::random_case(rng, code, rv, qm);
      const Bits info = test::random_info(rng, c);
      const int crc_len = c.crc ? crc_spec(*c.crc).length : 0;
      const Bits payload(info.begin(), info.end() - crc_len);
      const Bits d = golden->encode(c.p, info);
      ASSERT_EQ(kernel_encode(c.p, c.crc, payload, true), ldpc::rate_match(c.p, d)) << c.describe();
      if (rv == 0) {
        ASSERT_EQ(kernel_encode(c.p, c.crc, payload, false), d) << c.describe();
      }
    }
  }
}

TEST(LdpcEncKernel, ImplementsTheGoldenEncoderInterface) {
  Rng rng(7);
  ldpc::CodeConfig cc;
  cc.bg = 2;
  cc.zc = 52;
  cc.k_prime = 500;
  cc.e = 1200;
  const ldpc::CodeParams p = ldpc::derive_code_params(cc);
  const Bits info = random_bits(rng, 500);
  EXPECT_EQ(make_hls_ldpc_encoder()->encode(p, info), ldpc::make_ldpc_encoder("golden")->encode(p, info));
  EXPECT_EQ(make_hls_ldpc_encoder()->name(), "hls");
}

TEST(LdpcEncKernel, RejectsBadArgumentsWithStatus) {
  Byte in[8] = {}, out[8] = {};
  int status = 0;
  bbkit_ldpc_enc_kernel(in, out, 3, 384, 8000, 25344, 100, 2, 0, kCrcNone, 1, &status);  // BG 3
  EXPECT_EQ(status, kStatusBadArgument);
  bbkit_ldpc_enc_kernel(in, out, 1, 17, 300, 1100, 100, 2, 0, kCrcNone, 1, &status);  // Zc 17
  EXPECT_EQ(status, kStatusBadArgument);
  bbkit_ldpc_enc_kernel(in, out, 1, 8, 170, 528, 101, 2, 0, kCrcNone, 1, &status);  // E not k*Qm
  EXPECT_EQ(status, kStatusBadArgument);
  bbkit_ldpc_enc_kernel(in, out, 1, 8, 170, 528, 100, 3, 0, kCrcNone, 1, &status);  // Qm 3
  EXPECT_EQ(status, kStatusBadArgument);
}

}  // namespace
}  // namespace bbkit::ldpc_hls
