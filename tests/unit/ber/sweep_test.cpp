// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cmath>

#include "bbkit/ber/sweep.h"
#include "bbkit/common/error.h"

namespace bbkit::ber {
namespace {

// Uncoded BPSK bits: the block error rate of a 1-bit block is Q(sqrt(2 Es/N0)), a closed form
// the engine's statistics must reproduce.
class OneBitTrial : public Trial {
 public:
  FrameOutcome run(double snr_db, Rng& rng) override {
    Gaussian g(rng);
    const double sigma = std::sqrt(1.0 / (2.0 * std::pow(10.0, snr_db / 10.0)));
    const bool err = (1.0 + sigma * g()) < 0;
    return FrameOutcome{{static_cast<std::uint8_t>(err), 0}, {err ? 1u : 0u, 0}, 1, {}};
  }
};

TEST(Sweep, MatchesBpskTheoryAndStopsOnErrors) {
  SweepConfig c;
  c.snr_db = {0.0, 4.0};
  c.target_errors = 400;
  c.max_frames = 200000;
  c.threads = 2;
  c.progress = false;
  const auto r = run_sweep(c, {"noisy", "perfect"}, [] { return std::make_unique<OneBitTrial>(); });
  ASSERT_EQ(r.size(), 4u);
  const double q0 = 0.5 * std::erfc(std::sqrt(1.0));                 // 0 dB
  const double q4 = 0.5 * std::erfc(std::sqrt(std::pow(10.0, 0.4)));  // 4 dB
  EXPECT_NEAR(r[0].bler(), q0, 0.15 * q0);
  EXPECT_NEAR(r[2].bler(), q4, 0.15 * q4);
  EXPECT_EQ(r[1].block_errors, 0u);
  EXPECT_EQ(r[1].frames, c.max_frames);  // the error-free variant keeps the point running
}

TEST(Sweep, IndependentOfThreadCount) {
  SweepConfig c;
  c.snr_db = {2.0};
  c.target_errors = 50;
  c.max_frames = 5000;
  c.progress = false;
  c.threads = 1;
  const auto a = run_sweep(c, {"v"}, [] { return std::make_unique<OneBitTrial>(); });
  c.threads = 3;
  const auto b = run_sweep(c, {"v"}, [] { return std::make_unique<OneBitTrial>(); });
  EXPECT_EQ(a[0].frames, b[0].frames);
  EXPECT_EQ(a[0].block_errors, b[0].block_errors);
}

TEST(Sweep, SnrAtBlerInterpolatesInLogDomain) {
  std::vector<PointResult> r(2);
  r[0] = {"v", 1.0, 1000, 100, 0, 0, 0};  // 1e-1
  r[1] = {"v", 2.0, 1000, 1, 0, 0, 0};    // 1e-3
  EXPECT_NEAR(*snr_at_bler(r, "v", 1e-2), 1.5, 1e-9);
  EXPECT_FALSE(snr_at_bler(r, "v", 1e-4).has_value());
}

TEST(Sweep, ParsesSnrLists) {
  EXPECT_EQ(parse_snr_list("1,2.5"), (std::vector<double>{1.0, 2.5}));
  EXPECT_EQ(parse_snr_list("0:1:0.5").size(), 3u);
  EXPECT_THROW(parse_snr_list("1:0:1"), InvalidParameter);
  EXPECT_THROW(parse_snr_list("abc"), InvalidParameter);
}

}  // namespace
}  // namespace bbkit::ber
