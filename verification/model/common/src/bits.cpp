// SPDX-License-Identifier: Apache-2.0
#include "bbkit/common/bits.h"

#include <string>

#include "bbkit/common/error.h"

namespace bbkit {

Bytes pack_bits(const std::uint8_t* bits, std::size_t n) {
  Bytes out(packed_size(n), 0);
  for (std::size_t i = 0; i < n; ++i)
    out[i >> 3] |= static_cast<std::uint8_t>((bits[i] & 1u) << (7 - (i & 7)));
  return out;
}

Bits unpack_bits(const std::uint8_t* bytes, std::size_t n_bytes, std::size_t n) {
  if (packed_size(n) > n_bytes)
    throw InvalidParameter("bit count", std::to_string(n),
                           "at most " + std::to_string(n_bytes * 8) + " for a buffer of " +
                               std::to_string(n_bytes) + " bytes");
  Bits out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = packed_bit(bytes, i);
  return out;
}

}  // namespace bbkit
