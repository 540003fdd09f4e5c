// SPDX-License-Identifier: Apache-2.0
#include "bbkit/polar/decoder.h"

#include <cmath>
#include <cstdlib>
#include <type_traits>

#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "scl_arith.h"
#include "scl_core.h"

namespace bbkit::polar {
namespace {

using detail::ExactArith;
using detail::FixedArith;
using detail::FloatArith;


// `acc` and `sent` are scratch of at least N entries, kept by the caller across decodes.
template <typename Arith, typename In>
void recover_rate(const PolarCode& code, const In* llrs, std::vector<typename Arith::Llr>& out,
                  std::vector<double>& acc, std::vector<std::uint8_t>& sent) {
  using Llr = typename Arith::Llr;
  const auto big_n = static_cast<std::size_t>(code.big_n);
  acc.assign(big_n, 0.0);
  sent.assign(big_n, 0);
  for (std::size_t k = 0; k < code.transmit_map.size(); ++k) {
    const auto d = static_cast<std::size_t>(code.transmit_map[k]);
    acc[d] += static_cast<double>(llrs[k]);
    sent[d] = 1;
  }
  out.resize(big_n);
  for (std::size_t i = 0; i < big_n; ++i) {
    if (!sent[i]) {
      out[i] = code.rate_matching == RateMatching::Shortening ? Arith::kKnownZero : Llr{};
    } else if constexpr (std::is_integral_v<Llr>) {
      // Integer sums are exact in double; saturate once, as an adder chain with a final clip.
      out[i] = static_cast<Llr>(fxp::PolarInternalLlr::saturate(static_cast<std::int64_t>(acc[i])));
    } else {
      out[i] = static_cast<Llr>(acc[i]);
    }
  }
}

// One channel transmission through the block decoder of `Arith`.
template <typename Arith>
class ChannelDecoder {
 public:
  template <typename In>
  DecodeResult run(const PolarConfig& config, const DecoderConfig& decoder, const std::vector<In>& llrs) {
    validate_list_size(decoder.list_size);
    const ChannelPlan& plan = plan_for(config);
    require(llrs.size() == static_cast<std::size_t>(plan.output_bits), "LLR count",
            static_cast<std::int64_t>(llrs.size()), std::to_string(plan.output_bits) + " (the coded length)");
    DecodeResult result;
    result.crc_ok = true;
    blocks_.resize(plan.blocks.size());
    std::size_t offset = 0;
    for (std::size_t r = 0; r < plan.blocks.size(); ++r) {
      const PolarCode& code = plan.blocks[r];
      recover_rate<Arith>(code, llrs.data() + offset, mother_, acc_, sent_);
      offset += code.transmit_map.size();
      const bool ok = core_.decode(code, mother_.data(), decoder.list_size,
                                   [&plan](const Bits& c) { return block_crc_ok(plan, c); }, blocks_[r]);
      result.crc_ok = result.crc_ok && ok;
    }
    result.payload = payload_from_blocks(plan, blocks_);
    return result;
  }

 private:
  // Plans are cached: a BLER run or a benchmark decodes many blocks of one configuration.
  const ChannelPlan& plan_for(const PolarConfig& c) {
    const PolarConfig& p = cached_config_;
    if (!have_plan_ || c.channel != p.channel || c.a != p.a || c.e != p.e || c.aggregation_level != p.aggregation_level ||
        c.rnti != p.rnti) {
      have_plan_ = false;
      plan_ = make_plan(c);
      cached_config_ = c;
      have_plan_ = true;
    }
    return plan_;
  }

  bool have_plan_ = false;
  PolarConfig cached_config_;
  ChannelPlan plan_;
  detail::SclCore<Arith> core_;
  std::vector<typename Arith::Llr> mother_;
  std::vector<double> acc_;
  std::vector<std::uint8_t> sent_;
  std::vector<Bits> blocks_;
};

class GoldenPolarDecoder final : public PolarDecoder {
 public:
  std::string name() const override { return "golden"; }
  DecodeResult process(const PolarConfig& config, const DecoderConfig& decoder,
                       const std::vector<std::int8_t>& llrs) override {
    return channel_.run(config, decoder, llrs);
  }

 private:
  ChannelDecoder<FixedArith> channel_;
};

}  // namespace

void validate_list_size(int list_size) {
  require(list_size >= 1 && list_size <= 32 && (list_size & (list_size - 1)) == 0, "list size", list_size,
          "a power of two from 1 to 32 (1 = SC)");
}

std::unique_ptr<PolarDecoder> make_polar_decoder(const std::string& implementation) {
  if (implementation == "golden") return std::make_unique<GoldenPolarDecoder>();
  throw InvalidParameter("implementation", implementation, "golden");
}

struct FloatSclDecoder::Impl {
  FloatKernel kernel;
  ChannelDecoder<FloatArith> min_sum;
  ChannelDecoder<ExactArith> exact;
};

FloatSclDecoder::FloatSclDecoder(FloatKernel kernel) : impl_(std::make_unique<Impl>()) { impl_->kernel = kernel; }
FloatSclDecoder::~FloatSclDecoder() = default;
FloatSclDecoder::FloatSclDecoder(FloatSclDecoder&&) noexcept = default;
FloatSclDecoder& FloatSclDecoder::operator=(FloatSclDecoder&&) noexcept = default;

DecodeResult FloatSclDecoder::process(const PolarConfig& config, const DecoderConfig& decoder,
                                      const std::vector<double>& llrs) {
  if (impl_->kernel == FloatKernel::Exact) return impl_->exact.run(config, decoder, llrs);
  return impl_->min_sum.run(config, decoder, llrs);
}

std::vector<std::int8_t> quantize_llrs(const std::vector<double>& llrs) {
  std::vector<std::int8_t> q(llrs.size());
  for (std::size_t i = 0; i < llrs.size(); ++i) q[i] = static_cast<std::int8_t>(fxp::PolarLlr::from_real(llrs[i]));
  return q;
}

}  // namespace bbkit::polar
