// SPDX-License-Identifier: Apache-2.0
#include <string>

#include "bbkit/bf/apply.h"
#include "bbkit/common/error.h"

namespace bbkit::bf {

void validate(const ApplyConfig& c) {
  require_range("antennas", c.antennas, 1, kMaxAntennas);
  require_range("layers", c.layers, 1, kMaxLayers);
  require(c.layers <= c.antennas, "layers", c.layers, "at most antennas (" + std::to_string(c.antennas) + ")");
  require_range("prbs", c.prbs, 1, kMaxPrbs);
  require_range("symbols", c.symbols, 1, kMaxSymbols);
  require_range("prb_group", c.prb_group, 1, c.prbs);
  require_range("shift", c.shift, 0, kMaxOutputShift);
}

void validate_sizes(const ApplyConfig& c, std::size_t weights, std::size_t input) {
  validate(c);
  const auto exact = [](std::size_t n) { return "exactly " + std::to_string(n); };
  if (weights != c.weight_count())
    throw InvalidParameter("weights size", std::to_string(weights),
                           exact(c.weight_count()) + " (groups x antennas x layers = " + std::to_string(c.groups()) +
                               " x " + std::to_string(c.antennas) + " x " + std::to_string(c.layers) + ")");
  if (input != c.input_count())
    throw InvalidParameter("input size", std::to_string(input),
                           exact(c.input_count()) + " (resource elements x input ports = " +
                               std::to_string(c.resource_elements()) + " x " + std::to_string(c.input_ports()) + ")");
}

}  // namespace bbkit::bf
