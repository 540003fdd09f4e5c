// SPDX-License-Identifier: Apache-2.0
// Host wrapper pieces shared by both kernels (bbkit/hls/ldpc/host.h).
#ifndef __SYNTHESIS__
#include "bbkit/common/error.h"
#include "bbkit/hls/ldpc/host.h"
#include "bbkit/hls/ldpc/kernel_args.h"
#include "host_detail.h"

namespace bbkit::ldpc_hls {

namespace detail {
std::vector<Byte> to_kernel_bytes(const Bytes& b) {
  std::vector<Byte> out(b.size());
  for (std::size_t i = 0; i < b.size(); ++i) out[i] = b[i];
  return out;
}

Bits from_kernel_bits(const std::vector<Byte>& bytes, std::size_t n) {
  Bytes b(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) b[i] = static_cast<std::uint8_t>(bytes[i].to_uint());
  return unpack_bits(b, n);
}
}  // namespace detail

int crc_selector(std::optional<CrcType> crc) {
  if (!crc) return kCrcNone;
  switch (*crc) {
    case CrcType::Crc24A: return kCrc24A;
    case CrcType::Crc24B: return kCrc24B;
    case CrcType::Crc16: return kCrc16;
    default: throw InvalidParameter("CRC", crc_spec(*crc).name, "none, CRC24A, CRC24B or CRC16 (the LDPC code-block CRCs)");
  }
}

}  // namespace bbkit::ldpc_hls
#endif  // __SYNTHESIS__
