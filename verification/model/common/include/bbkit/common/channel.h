// SPDX-License-Identifier: Apache-2.0
// The test channel every BLER tool and demo shares: TS 38.211 5.1 modulation (BPSK, QPSK,
// 16/64/256QAM, Gray mapped, unit average energy), complex AWGN at a given Es/N0, and max-log
// LLRs (positive means bit 0, the bbdev convention).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/common/rng.h"

namespace bbkit {

/// Bits per symbol: 1 (BPSK), 2 (QPSK), 4, 6, 8 (16/64/256QAM).
enum class Modulation : int { Bpsk = 1, Qpsk = 2, Qam16 = 4, Qam64 = 6, Qam256 = 8 };

/// Throws InvalidParameter naming "Qm" unless qm is 1, 2, 4, 6 or 8.
Modulation modulation_from_qm(int qm);
/// Parses bpsk, qpsk, 16qam, 64qam, 256qam.
Modulation modulation_from_name(const std::string& name);
const char* modulation_name(Modulation m);

/// Noise standard deviation per real dimension for unit-energy symbols at Es/N0 in dB.
double awgn_sigma(double es_n0_db);

/// Modulates `bits` (padded with zeros to whole symbols), adds complex AWGN at `es_n0_db` and
/// returns one max-log LLR per input bit, in input order.
std::vector<double> awgn_llrs(const Bits& bits, Modulation m, double es_n0_db, Rng& rng);

/// Noiseless LLRs of magnitude `magnitude` with the sign of each bit (positive for 0).
std::vector<double> perfect_llrs(const Bits& bits, double magnitude);

}  // namespace bbkit
