// SPDX-License-Identifier: Apache-2.0
// LDPC encoding, TS 38.212 5.3.2: K' information bits (with their CRC) plus K - K' filler bits
// are encoded with the lifted base graph; the first 2 Zc systematic bits are punctured.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/ldpc/code_params.h"

namespace bbkit::ldpc {

/// An LDPC encoder implementation (golden model now; HLS, RTL and XRT later).
class LdpcEncoder {
 public:
  virtual ~LdpcEncoder() = default;
  /// Encodes the K' bits `info` of the code block `params` and returns d: the N = 66 Zc (BG1) or
  /// 50 Zc (BG2) bits c_{2Zc} .. c_{N+2Zc-1}. Filler positions [K'-2Zc, K-2Zc) hold 0 (the
  /// <NULL> of 38.212; the rate matcher skips them). Throws InvalidParameter naming "K'" when
  /// info.size() != K'.
  virtual Bits encode(const CodeParams& params, const Bits& info) const = 0;
  virtual std::string name() const = 0;
};

/// Implementations by name: "golden", plus the registered ones (e.g. "hls"). Throws
/// InvalidParameter naming "implementation".
std::unique_ptr<LdpcEncoder> make_ldpc_encoder(const std::string& implementation);
/// "golden" first, then the registered implementations in registration order.
std::vector<std::string> ldpc_encoder_names();

/// Adds an implementation to the factory (see register_ldpc_decoder). Returns false when the
/// name is already taken.
bool register_ldpc_encoder(const std::string& name, std::unique_ptr<LdpcEncoder> (*make)());

/// The full codeword c (cols * Zc bits, punctured columns included) for `info` + fillers;
/// what H c = 0 is checked on.
Bits encode_full_codeword(const CodeParams& params, const Bits& info);

}  // namespace bbkit::ldpc
