// SPDX-License-Identifier: Apache-2.0
#include "bbkit/polar/encoder.h"

#include "bbkit/common/error.h"

namespace bbkit::polar {
namespace {

class GoldenPolarEncoder final : public PolarEncoder {
 public:
  std::string name() const override { return "golden"; }
  Bits process(const PolarConfig& config, const Bits& payload) override {
    const ChannelPlan plan = make_plan(config);
    Bits out;
    out.reserve(static_cast<std::size_t>(plan.output_bits));
    const std::vector<Bits> blocks = channel_blocks(plan, payload);
    for (std::size_t r = 0; r < blocks.size(); ++r) {
      const Bits f = encode_block(plan.blocks[r], blocks[r]);
      out.insert(out.end(), f.begin(), f.end());  // 6.3.1.5: code blocks back to back
    }
    return out;
  }
};

}  // namespace

std::unique_ptr<PolarEncoder> make_polar_encoder(const std::string& implementation) {
  if (implementation == "golden") return std::make_unique<GoldenPolarEncoder>();
  throw InvalidParameter("implementation", implementation, "golden");
}

}  // namespace bbkit::polar
