// SPDX-License-Identifier: Apache-2.0
// Host wrapper of the encoder kernel (bbkit/hls/ldpc/host.h).
#ifndef __SYNTHESIS__
#include <mutex>
#include <string>

#include "bbkit/common/error.h"
#include "bbkit/hls/ldpc/host.h"
#include "bbkit/hls/ldpc/kernels.h"
#include "bbkit/hls/ldpc/limits.h"
#include "host_detail.h"

namespace bbkit::ldpc_hls {

using detail::from_kernel_bits;
using detail::to_kernel_bytes;

namespace {
std::mutex& kernel_mutex() {
  static std::mutex m;  // the kernel's static memories are one device: one call at a time
  return m;
}
}  // namespace

EncoderCall encoder_call(const ldpc::CodeParams& p, std::optional<CrcType> crc_attach, bool rate_match) {
  require_range("E", p.e, 1, kEmax);
  return {p.bg, p.zc, p.k_prime, p.n_cb, p.e, p.qm, p.rv, crc_selector(crc_attach), rate_match ? 1 : 0};
}

Bits kernel_encode(const ldpc::CodeParams& p, std::optional<CrcType> crc_attach, const Bits& payload, bool rate_match) {
  const EncoderCall c = encoder_call(p, crc_attach, rate_match);
  const int crc_len = crc_attach ? crc_spec(*crc_attach).length : 0;
  require(static_cast<int>(payload.size()) == p.k_prime - crc_len, "payload length",
          static_cast<std::int64_t>(payload.size()), "K' - L = " + std::to_string(p.k_prime - crc_len));
  const std::vector<Byte> in = to_kernel_bytes(pack_bits(payload));
  const int out_bits = rate_match ? p.e : p.n;
  std::vector<Byte> out(static_cast<std::size_t>(out_bits + 7) / 8);
  int status = -1;
  {
    std::lock_guard<std::mutex> lock(kernel_mutex());
    bbkit_ldpc_enc_kernel(in.data(), out.data(), c.bg, c.zc, c.k_prime, c.n_cb, c.e, c.qm, c.rv, c.crc_type,
                          c.rate_match, &status);
  }
  require(status == 0, "encoder kernel status", status, "0 (arguments the golden model accepted)");
  return from_kernel_bits(out, static_cast<std::size_t>(out_bits));
}

namespace {
class HlsEncoder final : public ldpc::LdpcEncoder {
 public:
  Bits encode(const ldpc::CodeParams& params, const Bits& info) const override {
    return kernel_encode(params, std::nullopt, info, false);
  }
  std::string name() const override { return "hls"; }
};

}  // namespace

std::unique_ptr<ldpc::LdpcEncoder> make_hls_ldpc_encoder() { return std::make_unique<HlsEncoder>(); }

}  // namespace bbkit::ldpc_hls
#endif  // __SYNTHESIS__
