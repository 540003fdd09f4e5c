// SPDX-License-Identifier: Apache-2.0
// Error measures between a reference and a test signal of the same length.
#pragma once

#include <vector>

#include "bbkit/bf/types.h"

namespace bbkit::bf {

/// 10 log10(sum |ref|^2 / sum |test - ref|^2); +inf when identical. Throws on a size mismatch.
double sqnr_db(const std::vector<Cf64>& ref, const std::vector<Cf64>& test);
/// 100 * sqrt(sum |test - ref|^2 / sum |ref|^2), in percent.
double evm_percent(const std::vector<Cf64>& ref, const std::vector<Cf64>& test);

}  // namespace bbkit::bf
