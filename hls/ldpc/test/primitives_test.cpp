// SPDX-License-Identifier: Apache-2.0
// The kernels' primitives against the golden model's definitions: datapath types against the
// named fixed-point formats, CRC generators, lifting sets, the lifted graph, the circular-buffer
// address generator against rate_match_positions, and the cyclic shifter.
#include <gtest/gtest.h>

#include "bbkit/common/crc.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/hls/ldpc/cb_address.h"
#include "bbkit/hls/ldpc/crc.h"
#include "bbkit/hls/ldpc/cyclic_shift.h"
#include "bbkit/hls/ldpc/lifted_graph.h"
#include "bbkit/hls/ldpc/types.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/lifted_graph.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "sweep.h"

namespace bbkit::ldpc_hls {
namespace {

TEST(LdpcHlsPrimitives, DatapathTypesAreTheGoldenFormats) {
  EXPECT_EQ(ChannelLlr::length(), fxp::LdpcChannelLlr::width);
  EXPECT_EQ(AppLlr::length(), fxp::LdpcAppLlr::width);
  EXPECT_EQ(CheckMsg::length(), fxp::LdpcCheckMsg::width);
  EXPECT_EQ(kChannelMax, fxp::LdpcChannelLlr::max);
  EXPECT_EQ(kAppMax, fxp::LdpcAppLlr::max);
  EXPECT_EQ(kMsgMax, fxp::LdpcCheckMsg::max);
  EXPECT_EQ(-kAppMax, fxp::LdpcAppLlr::min);  // symmetric
}

TEST(LdpcHlsPrimitives, CrcUnitMatchesTheGoldenCrcs) {
  Rng rng(11);
  const std::pair<CrcType, int> crcs[3] = {{CrcType::Crc24A, kCrc24A}, {CrcType::Crc24B, kCrc24B}, {CrcType::Crc16, kCrc16}};
  for (const auto& [type, sel] : crcs) {
    Bits msg = random_bits(rng, 1000);
    CrcUnit unit;
    unit.configure(sel);
    for (std::uint8_t b : msg) unit.push(b != 0);
    std::uint32_t remainder = 0;
    for (int i = 0; i < unit.len; ++i) remainder = (remainder << 1) | (unit.pop() ? 1u : 0u);
    EXPECT_EQ(remainder, crc_bits(type, msg)) << crc_spec(type).name;
    crc_attach(type, msg);
    unit.configure(sel);
    for (std::uint8_t b : msg) unit.push(b != 0);
    EXPECT_TRUE(unit.zero());
  }
}

TEST(LdpcHlsPrimitives, LiftedGraphMatchesGolden) {
  for (int zc = 1; zc <= 400; ++zc) {
    const bool legal = ldpc::is_lifting_size(zc);
    ASSERT_EQ(lifting_set(zc) >= 0, legal) << zc;
    if (!legal) continue;
    ASSERT_EQ(lifting_set(zc), ldpc::lifting_set_index(zc));
    for (int bg : {1, 2}) {
      static KernelGraph g;
      load_graph(bg, zc, lifting_set(zc), g);
      const ldpc::LiftedGraph& ref = ldpc::lifted_graph(bg, zc);
      ASSERT_EQ(g.rows, ref.rows);
      ASSERT_EQ(g.edges, static_cast<int>(ref.edges.size()));
      for (int r = 0; r <= g.rows; ++r) ASSERT_EQ(g.row_start[r], ref.row_start[static_cast<std::size_t>(r)]);
      for (int e = 0; e < g.edges; ++e) {
        ASSERT_EQ(g.col[e], ref.edges[static_cast<std::size_t>(e)].col);
        ASSERT_EQ(g.shift[e], ref.edges[static_cast<std::size_t>(e)].shift);
      }
      ASSERT_LE(ref.max_row_degree, kDegMax);
    }
  }
}

TEST(LdpcHlsPrimitives, AddressGeneratorIsRateMatchPositions) {
  Rng rng(12);
  for (const test::Code code : test::all_codes())
    for (int rv = 0; rv < 4; ++rv) {
      const int qms[6] = {1, 2, 4, 6, 8, 10};
      const test::Case c = test::random_case(rng, code, rv, qms[rng() % 6]);
      const std::vector<int> ref = ldpc::rate_match_positions(c.p);
      CbAddressGen gen;
      ASSERT_EQ(rv_start_position(c.p.bg, c.p.zc, c.p.n_cb, rv), c.p.k0);
      gen.init(c.p.k0, c.p.n_cb, c.p.zc, c.p.filler_begin(), c.p.filler_end(), c.p.e, c.p.qm);
      for (std::size_t k = 0; k < ref.size(); ++k) {
        const CbAddress at = gen.next();
        ASSERT_EQ(at.pos, ref[k]) << c.describe() << " k=" << k;
        ASSERT_EQ(at.word, ref[k] / c.p.zc);
        ASSERT_EQ(at.lane, ref[k] % c.p.zc);
      }
    }
}

TEST(LdpcHlsPrimitives, CyclicShiftAndItsInverse) {
  static int in[kZmax], out[kZmax], back[kZmax];
  for (int z = 0; z < kZmax; ++z) in[z] = z + 1;
  for (int zc : {2, 7, 96, 384})
    for (int s : {0, 1, zc / 2, zc - 1}) {
      cyclic_shift(in, out, s, zc);
      for (int z = 0; z < kZmax; ++z) ASSERT_EQ(out[z], z < zc ? (z + s) % zc + 1 : 0);
      cyclic_unshift(out, back, s, zc);
      for (int z = 0; z < zc; ++z) ASSERT_EQ(back[z], in[z]);
    }
}

}  // namespace
}  // namespace bbkit::ldpc_hls
