// SPDX-License-Identifier: Apache-2.0
// Fixed-point apply against a plain integer reference written here from the datapath definition
// (bbkit/bf/apply.h), bit for bit, on random and saturating inputs; and against the float path.
#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

#include "bbkit/bf/apply.h"
#include "bbkit/bf/metrics.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"

namespace bbkit::bf {
namespace {

// Rounding half up written as a floor division, independent of fxp::shift_right_round.
std::int64_t reference_round_shift(std::int64_t v, int shift) {
  if (shift == 0) return v;
  const std::int64_t d = std::int64_t{1} << shift;
  const std::int64_t q = v + d / 2;
  return q >= 0 ? q / d : -((-q + d - 1) / d);
}

std::int16_t reference_saturate(std::int64_t v) {
  if (v > 32767) return 32767;
  if (v < -32768) return -32768;
  return static_cast<std::int16_t>(v);
}

// y = W x (precode) or W^H y (combine), nested loops, int64 sums.
std::vector<Iq16> reference_apply(const ApplyConfig& c, const std::vector<Iq16>& w, const std::vector<Iq16>& in) {
  const int nsc = 12 * c.prbs;
  const int A = c.antennas, L = c.layers;
  const bool pre = c.direction == Direction::Precode;
  const int nin = pre ? L : A, nout = pre ? A : L;
  std::vector<Iq16> out(static_cast<std::size_t>(c.symbols) * nsc * nout);
  for (int s = 0; s < c.symbols; ++s) {
    for (int k = 0; k < nsc; ++k) {
      const int g = (k / 12) / c.prb_group;
      const std::size_t re = static_cast<std::size_t>(s) * nsc + k;
      for (int o = 0; o < nout; ++o) {
        std::int64_t sr = 0, si = 0;
        for (int i = 0; i < nin; ++i) {
          const int a = pre ? o : i, l = pre ? i : o;
          const Iq16 wv = w[(static_cast<std::size_t>(g) * A + a) * L + l];
          const Iq16 xv = in[re * nin + i];
          const std::int64_t wr = wv.re, wi = pre ? wv.im : -std::int64_t{wv.im}, xr = xv.re, xi = xv.im;
          sr += wr * xr - wi * xi;
          si += wr * xi + wi * xr;
        }
        out[re * nout + o] = {reference_saturate(reference_round_shift(sr, c.shift)),
                              reference_saturate(reference_round_shift(si, c.shift))};
      }
    }
  }
  return out;
}

std::vector<Iq16> random_iq(Rng& rng, std::size_t n) {
  std::vector<Iq16> v(n);
  for (auto& s : v) s = {static_cast<std::int16_t>(rng() & 0xFFFF), static_cast<std::int16_t>(rng() & 0xFFFF)};
  return v;
}

// Values from the corners of the range, where products and sums are largest.
std::vector<Iq16> corner_iq(Rng& rng, std::size_t n) {
  static const std::int16_t corners[] = {-32768, -32767, -1, 0, 1, 32767};
  std::vector<Iq16> v(n);
  for (auto& s : v) s = {corners[rng() % 6], corners[rng() % 6]};
  return v;
}

struct Dims {
  int antennas, layers;
};

class ApplyTest : public ::testing::TestWithParam<std::tuple<std::string, Dims, Direction>> {
 protected:
  ApplyConfig config(int shift) const {
    ApplyConfig c;
    c.direction = std::get<2>(GetParam());
    c.antennas = std::get<1>(GetParam()).antennas;
    c.layers = std::get<1>(GetParam()).layers;
    c.prbs = 3;
    c.symbols = 2;
    c.prb_group = 2;  // groups of 2 and 1 PRBs: a partial last group
    c.shift = shift;
    return c;
  }
};

TEST_P(ApplyTest, MatchesIntegerReferenceOnRandomInputs) {
  auto impl = make_bf_apply(std::get<0>(GetParam()));
  Rng rng(11);
  for (int shift : {0, 1, 14, 15, 16, 20, 31}) {
    const ApplyConfig c = config(shift);
    const auto w = random_iq(rng, c.weight_count());
    const auto x = random_iq(rng, c.input_count());
    std::vector<Iq16> y;
    impl->process(c, w, x, y);
    ASSERT_EQ(y, reference_apply(c, w, x)) << "shift " << shift;
  }
}

TEST_P(ApplyTest, MatchesIntegerReferenceAtSaturationCorners) {
  auto impl = make_bf_apply(std::get<0>(GetParam()));
  Rng rng(12);
  std::int64_t saturated = 0;
  for (int shift : {0, 15, 16, 22, 31}) {
    const ApplyConfig c = config(shift);
    const auto w = corner_iq(rng, c.weight_count());
    const auto x = corner_iq(rng, c.input_count());
    std::vector<Iq16> y;
    saturated += impl->process(c, w, x, y).saturated;
    ASSERT_EQ(y, reference_apply(c, w, x)) << "shift " << shift;
    // All -32768: every product is at its extreme.
    const std::vector<Iq16> wmin(c.weight_count(), Iq16{-32768, -32768});
    const std::vector<Iq16> xmin(c.input_count(), Iq16{-32768, -32768});
    saturated += impl->process(c, wmin, xmin, y).saturated;
    ASSERT_EQ(y, reference_apply(c, wmin, xmin)) << "full scale, shift " << shift;
  }
  EXPECT_GT(saturated, 0);
}

INSTANTIATE_TEST_SUITE_P(
    Bf, ApplyTest,
    ::testing::Combine(::testing::ValuesIn(bf_apply_implementations()),
                       ::testing::Values(Dims{64, 16}, Dims{32, 8}, Dims{64, 32}, Dims{4, 2}, Dims{1, 1}),
                       ::testing::Values(Direction::Precode, Direction::Combine)),
    [](const auto& p) {
      const Dims d = std::get<1>(p.param);
      return std::get<0>(p.param) + "_" + std::to_string(d.antennas) + "x" + std::to_string(d.layers) +
             (std::get<2>(p.param) == Direction::Precode ? "_precode" : "_combine");
    });

// The named formats of docs/fixed-point.md, Beamforming.
TEST(BfApply, FormatsAreTheDeclaredOnes) {
  EXPECT_EQ(fxp::BfIq::min, -32768);
  EXPECT_EQ(fxp::BfIq::max, 32767);
  EXPECT_EQ(fxp::BfIq::frac, 15);
  EXPECT_EQ(fxp::BfWeight::width, 16);
  EXPECT_EQ(fxp::BfAccumulator::width, 40);
  EXPECT_EQ(fxp::BfAccumulator::frac, 30);
  // 64 worst-case products (2^31 - 2^15 each) fit with room to spare.
  EXPECT_LT(64 * ((std::int64_t{1} << 31) - (std::int64_t{1} << 15)), fxp::BfAccumulator::max);
}

// The largest accumulation there is: 64 antennas, every product at +2^31, known by hand.
TEST(BfApply, LargestAccumulationExactAndSaturated) {
  ApplyConfig c;
  c.direction = Direction::Combine;
  c.antennas = 64;
  c.layers = 1;
  c.prbs = 1;
  c.symbols = 1;
  const std::vector<Iq16> w(c.weight_count(), Iq16{-32768, -32768});
  const std::vector<Iq16> y(c.input_count(), Iq16{-32768, -32768});
  // conj(w) y: re = 2^30 + 2^30 = 2^31, im = 2^30 - 2^30 = 0; 64 terms: re = 2^37.
  auto impl = make_bf_apply("golden");
  std::vector<Iq16> out;
  c.shift = 23;
  EXPECT_EQ(impl->process(c, w, y, out).saturated, 0);
  EXPECT_EQ(out[0], (Iq16{16384, 0}));
  c.shift = 22;  // 2^15 does not fit: saturates
  EXPECT_EQ(impl->process(c, w, y, out).saturated, 12);
  EXPECT_EQ(out[0], (Iq16{32767, 0}));
  c.shift = 31;
  impl->process(c, w, y, out);
  EXPECT_EQ(out[0], (Iq16{64, 0}));
}

TEST(BfApply, RoundsHalfUp) {
  ApplyConfig c;
  c.antennas = 1;
  c.layers = 1;
  c.prbs = 1;
  c.symbols = 1;
  c.shift = 15;
  auto impl = make_bf_apply("golden");
  std::vector<Iq16> out;
  // 0.5 * x with x = +-3 LSB: +-1.5 LSB rounds to 2 and -1.
  const std::vector<Iq16> w(1, Iq16{16384, 0});
  impl->process(c, w, std::vector<Iq16>(12, Iq16{3, -3}), out);
  EXPECT_EQ(out[0], (Iq16{2, -1}));
}

// The fixed-point datapath against the float path with unquantized inputs: SQNR at -18 dBFS.
TEST(BfApply, FixedPointTracksFloat) {
  for (const Dims d : {Dims{64, 16}, Dims{32, 8}}) {
    for (Direction dir : {Direction::Precode, Direction::Combine}) {
      ApplyConfig c;
      c.direction = dir;
      c.antennas = d.antennas;
      c.layers = d.layers;
      c.prbs = 4;
      c.symbols = 2;
      Rng rng(7);
      Gaussian g(rng);
      std::vector<Cf64> w(c.weight_count()), x(c.input_count());
      // Weights with unit row power (per-antenna maximum 1); input at rms 1/8 per port.
      const double w_scale = std::sqrt(0.5 / (dir == Direction::Precode ? c.layers : c.antennas));
      for (auto& v : w) v = Cf64(g(), g()) * w_scale * 0.5;
      for (auto& v : x) v = Cf64(g(), g()) * std::sqrt(0.5) / 8.0;
      std::vector<Cf64> yf;
      apply_float(c, w, x, yf);
      std::vector<Iq16> yq;
      make_bf_apply("golden")->process(c, to_iq16(w), to_iq16(x), yq);
      const double sqnr = sqnr_db(yf, to_complex(yq));
      EXPECT_GT(sqnr, 65.0) << d.antennas << "x" << d.layers;
      // The double and single precision float paths agree to float precision.
      std::vector<Cf32> w32(w.begin(), w.end()), x32(x.begin(), x.end()), y32;
      apply_float(c, w32, x32, y32);
      EXPECT_GT(sqnr_db(yf, std::vector<Cf64>(y32.begin(), y32.end())), 120.0);
    }
  }
}

// Bad configurations and buffer sizes name the parameter and the allowed range.
TEST(BfApply, BadInputsNameThemselves) {
  auto impl = make_bf_apply("golden");
  const auto param = [&](ApplyConfig c, std::size_t nw, std::size_t nx) {
    try {
      std::vector<Iq16> out;
      impl->process(c, std::vector<Iq16>(nw), std::vector<Iq16>(nx), out);
    } catch (const InvalidParameter& e) {
      return e.parameter() + ": " + e.what();
    }
    return std::string("no error");
  };
  ApplyConfig ok;
  ok.antennas = 8;
  ok.layers = 2;
  ok.prbs = 2;
  ok.symbols = 1;
  EXPECT_EQ(param(ok, ok.weight_count(), ok.input_count()), "no error");
  const auto expect = [&](ApplyConfig c, const std::string& name, const std::string& allowed) {
    const std::string msg = param(c, c.weight_count(), c.input_count());
    EXPECT_EQ(msg.rfind(name + ":", 0), 0u) << msg;
    EXPECT_NE(msg.find(allowed), std::string::npos) << msg;
  };
  ApplyConfig c = ok;
  c.antennas = 65;
  expect(c, "antennas", "[1, 64]");
  c = ok;
  c.layers = 33;
  c.antennas = 64;
  expect(c, "layers", "[1, 32]");
  c = ok;
  c.layers = 9;
  expect(c, "layers", "at most antennas (8)");
  c = ok;
  c.shift = 32;
  expect(c, "shift", "[0, 31]");
  c.shift = -1;
  expect(c, "shift", "[0, 31]");
  c = ok;
  c.prbs = 274;
  expect(c, "prbs", "[1, 273]");
  c = ok;
  c.symbols = 15;
  expect(c, "symbols", "[1, 14]");
  c = ok;
  c.prb_group = 3;
  expect(c, "prb_group", "[1, 2]");
  EXPECT_EQ(param(ok, ok.weight_count() - 1, ok.input_count()).rfind("weights size:", 0), 0u);
  EXPECT_EQ(param(ok, ok.weight_count(), ok.input_count() + 1).rfind("input size:", 0), 0u);
  ok.direction = Direction::Combine;  // the input side is now the antennas
  EXPECT_EQ(param(ok, ok.weight_count(), 2 * 12 * 2).rfind("input size:", 0), 0u);
  EXPECT_THROW(make_bf_apply("rtl"), InvalidParameter);
  std::vector<Cf64> yf;
  EXPECT_THROW(apply_float(ok, std::vector<Cf64>(3), std::vector<Cf64>(ok.input_count()), yf), InvalidParameter);
}

}  // namespace
}  // namespace bbkit::bf
