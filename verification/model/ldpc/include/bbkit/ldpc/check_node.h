// SPDX-License-Identifier: Apache-2.0
// The integer box-plus of the golden LDPC check node (docs/fixed-point.md, LDPC decoder): the
// sum-product check rule on magnitudes in LSBs of fxp::LdpcAppLlr (0.25), with the Jacobian
// logarithm's corrections ln(1 + e^-x) rounded to LSBs. HLS and RTL reproduce it bit for bit.
#pragma once

namespace bbkit::ldpc {

/// round(4 ln(1 + e^(-d/4))) for a distance d >= 0 in LSBs: 3, 2 (d 1..3), 1 (d 4..8), 0 (d >= 9).
/// Three comparators in hardware, no table.
constexpr int box_plus_correction(int d) { return d == 0 ? 3 : d <= 3 ? 2 : d <= 8 ? 1 : 0; }

/// |a| boxplus |b| = min(a, b) - c(|a - b|) + c(a + b) for magnitudes 0..511. The result lies in
/// [0, min(a, b)] (checked over the whole range by a unit test), so it needs no clamp and no
/// wider word.
constexpr int box_plus(int a, int b) {
  const int lo = a < b ? a : b;
  const int diff = a < b ? b - a : a - b;
  return lo - box_plus_correction(diff) + box_plus_correction(a + b);
}

}  // namespace bbkit::ldpc
