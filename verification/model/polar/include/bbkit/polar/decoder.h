// SPDX-License-Identifier: Apache-2.0
// Polar channel decoders: the fixed-point CRC-aided successive-cancellation list decoder that
// hardware reproduces bit for bit (docs/fixed-point.md (Polar decoder)), and a floating-point twin that
// is the quality reference. List size 1 is plain successive cancellation (SC).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/polar/channel.h"

namespace bbkit::polar {

struct DecoderConfig {
  int list_size = 8;  // L: 1 (SC), 2, 4, 8, 16 or 32
};

struct DecodeResult {
  Bits payload;         // the A payload bits of the chosen list path
  bool crc_ok = false;  // every block's CRC passed (for DCI: with this config's RNTI)
};

/// Throws InvalidParameter naming "list size" unless L is a power of two from 1 to 32.
void validate_list_size(int list_size);

class PolarDecoder {
 public:
  virtual ~PolarDecoder() = default;
  virtual std::string name() const = 0;
  /// Decodes one channel transmission. `llrs` holds the channel's coded length of LLRs in
  /// transmission order, in the fxp::PolarLlr format (positive means bit 0). The decoder
  /// undoes channel interleaving and rate matching, runs CA-SCL per code block with PC bits
  /// (UCI) and returns the most likely path whose CRC passes (DCI: after removing the RNTI
  /// mask), or the most likely path with crc_ok false when none does.
  virtual DecodeResult process(const PolarConfig& config, const DecoderConfig& decoder,
                               const std::vector<std::int8_t>& llrs) = 0;
};

/// "golden": the bit-exact fixed-point model. Throws InvalidParameter for an unknown name.
std::unique_ptr<PolarDecoder> make_polar_decoder(const std::string& implementation = "golden");

/// How the floating-point decoder combines LLRs.
enum class FloatKernel {
  MinSum,  // the fixed-point decoder's algorithm (min-sum f, |LLR| path-metric penalty)
  Exact,   // exact f = 2 atanh(tanh(a/2) tanh(b/2)) and metric penalty ln(1 + e^(-(1-2u) LLR))
};

/// The CA-SCL decoder in floating point on unquantized LLRs. With MinSum it is the
/// fixed-point algorithm without quantization (its gap to the fixed-point decoder is the
/// cost of the formats); with Exact it is the textbook LLR-domain SCL (its gap to MinSum is
/// the cost of the min-sum approximation).
class FloatSclDecoder {
 public:
  explicit FloatSclDecoder(FloatKernel kernel = FloatKernel::MinSum);
  ~FloatSclDecoder();
  FloatSclDecoder(FloatSclDecoder&&) noexcept;
  FloatSclDecoder& operator=(FloatSclDecoder&&) noexcept;
  DecodeResult process(const PolarConfig& config, const DecoderConfig& decoder, const std::vector<double>& llrs);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Real LLRs to the fixed-point input format (scale 2^frac, round, saturate symmetrically).
std::vector<std::int8_t> quantize_llrs(const std::vector<double>& llrs);

}  // namespace bbkit::polar
