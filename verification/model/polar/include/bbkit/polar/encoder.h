// SPDX-License-Identifier: Apache-2.0
// The polar channel encoder interface: payload in, transmitted bits out, for PBCH, DCI and UCI.
#pragma once

#include <memory>
#include <string>

#include "bbkit/common/bits.h"
#include "bbkit/polar/channel.h"

namespace bbkit::polar {

class PolarEncoder {
 public:
  virtual ~PolarEncoder() = default;
  /// The implementation name the factory knows it by ("golden", later "hls", "rtl").
  virtual std::string name() const = 0;
  /// Encodes the A payload bits of `config` into the channel's coded bits in transmission
  /// order: CRC attachment (RNTI-masked for DCI), segmentation (UCI), input interleaving,
  /// polar encoding with PC bits, rate matching and channel interleaving, and for two UCI
  /// segments their concatenation. Throws InvalidParameter on an invalid configuration or a
  /// payload that is not A bits of 0/1.
  virtual Bits process(const PolarConfig& config, const Bits& payload) = 0;
};

/// Creates an encoder by implementation name; "golden" is the reference model. Throws
/// InvalidParameter naming "implementation" for an unknown name.
std::unique_ptr<PolarEncoder> make_polar_encoder(const std::string& implementation = "golden");

}  // namespace bbkit::polar
