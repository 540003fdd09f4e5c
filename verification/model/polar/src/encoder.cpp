// SPDX-License-Identifier: Apache-2.0
#include "bbkit/polar/encoder.h"

#include "bbkit/common/error.h"

namespace bbkit::polar {
namespace {

class GoldenPolarEncoder final : public PolarEncoder {
 public:
  std::string name() const override { return "golden"; }
  Bits process(const PolarConfig& config, const Bits& payload) override {
    const ChannelPlan& plan = plan_for(config);
    Bits out;
    out.reserve(static_cast<std::size_t>(plan.output_bits));
    const std::vector<Bits> blocks = channel_blocks(plan, payload);
    for (std::size_t r = 0; r < blocks.size(); ++r) {
      const Bits f = encode_block(plan.blocks[r], blocks[r]);
      out.insert(out.end(), f.begin(), f.end());  // 6.3.1.5: code blocks back to back
    }
    return out;
  }

 private:
  // The plan is kept across calls: vector generation and BLER runs encode many payloads of
  // one configuration.
  const ChannelPlan& plan_for(const PolarConfig& c) {
    const PolarConfig& p = cached_;
    if (!have_plan_ || c.channel != p.channel || c.a != p.a || c.e != p.e || c.aggregation_level != p.aggregation_level ||
        c.rnti != p.rnti) {
      have_plan_ = false;
      plan_ = make_plan(c);
      cached_ = c;
      have_plan_ = true;
    }
    return plan_;
  }

  bool have_plan_ = false;
  PolarConfig cached_;
  ChannelPlan plan_;
};

}  // namespace

std::unique_ptr<PolarEncoder> make_polar_encoder(const std::string& implementation) {
  if (implementation == "golden") return std::make_unique<GoldenPolarEncoder>();
  throw InvalidParameter("implementation", implementation, "golden");
}

}  // namespace bbkit::polar
