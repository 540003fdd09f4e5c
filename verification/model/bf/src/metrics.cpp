// SPDX-License-Identifier: Apache-2.0
#include "bbkit/bf/metrics.h"

#include <cmath>
#include <limits>
#include <string>

#include "bbkit/common/error.h"

namespace bbkit::bf {
namespace {

std::pair<double, double> powers(const std::vector<Cf64>& ref, const std::vector<Cf64>& test) {
  if (test.size() != ref.size())
    throw InvalidParameter("test signal size", std::to_string(test.size()), "the reference size " + std::to_string(ref.size()));
  double signal = 0, error = 0;
  for (std::size_t i = 0; i < ref.size(); ++i) {
    signal += std::norm(ref[i]);
    error += std::norm(test[i] - ref[i]);
  }
  return {signal, error};
}

}  // namespace

double sqnr_db(const std::vector<Cf64>& ref, const std::vector<Cf64>& test) {
  const auto [signal, error] = powers(ref, test);
  if (error == 0) return std::numeric_limits<double>::infinity();
  return 10.0 * std::log10(signal / error);
}

double evm_percent(const std::vector<Cf64>& ref, const std::vector<Cf64>& test) {
  const auto [signal, error] = powers(ref, test);
  return 100.0 * std::sqrt(error / signal);
}

}  // namespace bbkit::bf
