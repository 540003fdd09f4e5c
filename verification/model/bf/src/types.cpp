// SPDX-License-Identifier: Apache-2.0
#include "bbkit/bf/types.h"

#include "bbkit/common/fixed_point.h"

namespace bbkit::bf {

std::int16_t to_q15(double v) { return static_cast<std::int16_t>(fxp::BfIq::from_real(v)); }

Iq16 to_iq16(Cf64 v) { return {to_q15(v.real()), to_q15(v.imag())}; }

std::vector<Iq16> to_iq16(const std::vector<Cf64>& v) {
  std::vector<Iq16> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = to_iq16(v[i]);
  return out;
}

std::vector<Cf64> to_complex(const std::vector<Iq16>& v) {
  std::vector<Cf64> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = to_complex(v[i]);
  return out;
}

}  // namespace bbkit::bf
