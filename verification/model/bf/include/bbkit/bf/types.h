// SPDX-License-Identifier: Apache-2.0
// Beamforming data types and THE conventions every bbkit::bf function follows (stated once here).
//
// Matrices
//   H  channel estimate, layers x antennas (L x A): the downlink channel from the A antennas of
//      the array to the L layers (UE ports). Row l is what layer l sees from every antenna.
//   W  weight matrix, antennas x layers (A x L), the same shape in both directions:
//        downlink precoding  y[a] = sum_l W[a][l] * x[l]          (y = W x)
//        uplink combining    xh[l] = sum_a conj(W[a][l]) * y[a]   (xh = W^H y)
//      RZF/MMSE: W = H^H (H H^H + lambda I_L)^-1, so zero forcing (lambda = 0) gives H W = I_L.
//      For uplink combining pass H := G^H where G (A x L) is the uplink channel; then
//      W^H G = (G^H G + lambda I)^-1 G^H G, the MMSE combiner.
//   Storage: row-major, W[a][l] at index a * L + l; one matrix per PRB group, group g at
//   offset g * A * L.
//
// Resource grid (apply input/output)
//   A slot is `symbols` OFDM symbols x (12 * prbs) subcarriers. Resource element (RE) r =
//   symbol * (12 * prbs) + subcarrier; a buffer holds, for each RE in that order, its ports
//   contiguously: sample (r, port) at index r * ports + port. Ports are layers on the layer side
//   and antennas on the antenna side. Subcarrier k uses weight group (k / 12) / prb_group.
#pragma once

#include <complex>
#include <cstdint>
#include <vector>

namespace bbkit::bf {

/// One complex sample or weight in Q1.15 (fxp::BfIq / fxp::BfWeight), two's complement.
struct Iq16 {
  std::int16_t re = 0;
  std::int16_t im = 0;
  friend bool operator==(Iq16 a, Iq16 b) { return a.re == b.re && a.im == b.im; }
  friend bool operator!=(Iq16 a, Iq16 b) { return !(a == b); }
};

using Cf64 = std::complex<double>;
using Cf32 = std::complex<float>;

constexpr int kSubcarriersPerPrb = 12;
constexpr int kMaxAntennas = 64;
constexpr int kMaxLayers = 32;
constexpr int kMaxPrbs = 273;      // 38.101 maximum transmission bandwidth (100 MHz at 30 kHz)
constexpr int kMaxSymbols = 14;    // one slot, normal cyclic prefix
constexpr int kMaxOutputShift = 31;  // a 5-bit register field

/// Q1.15 real value <-> stored integer (round half away from zero, saturating at the edges).
std::int16_t to_q15(double v);
inline double from_q15(std::int16_t v) { return v / 32768.0; }
Iq16 to_iq16(Cf64 v);
inline Cf64 to_complex(Iq16 v) { return {from_q15(v.re), from_q15(v.im)}; }
std::vector<Iq16> to_iq16(const std::vector<Cf64>& v);
std::vector<Cf64> to_complex(const std::vector<Iq16>& v);

}  // namespace bbkit::bf
