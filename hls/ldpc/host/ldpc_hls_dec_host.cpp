// SPDX-License-Identifier: Apache-2.0
// Host wrapper of the decoder kernel (bbkit/hls/ldpc/host.h).
#ifndef __SYNTHESIS__
#include <mutex>
#include <string>

#include "bbkit/common/bits.h"
#include "bbkit/common/error.h"
#include "bbkit/hls/ldpc/host.h"
#include "bbkit/hls/ldpc/kernels.h"
#include "bbkit/hls/ldpc/limits.h"
#include "bbkit/ldpc/rate_match.h"
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

DecoderCall decoder_call(const ldpc::CodeParams& p, const ldpc::DecoderConfig& cfg, bool harq_combine) {
  ldpc::validate_decoder_config(p, cfg);
  require(!cfg.soft_output, "soft_output", 1, "false (the HLS decoder kernel returns hard bits only)");
  require_range("E", p.e, 1, kEmax);
  int flags = 0;
  if (cfg.early_stop) flags |= kDecEarlyStop;
  if (cfg.crc_early_stop) flags |= kDecCrcEarlyStop;
  if (cfg.crc && cfg.drop_crc) flags |= kDecDropCrc;
  if (harq_combine) flags |= kDecHarqCombine | kDecHarqOut;
  if (cfg.rule == ldpc::CheckRule::MinSum) flags |= kDecMinSum;
  return {p.bg, p.zc, p.k_prime, p.n_cb, p.e, p.qm, p.rv, cfg.layers ? cfg.layers : p.layers(), cfg.max_iterations,
          flags, crc_selector(cfg.crc), cfg.scale_num, cfg.scale_shift, cfg.offset};
}

ldpc::DecoderResult kernel_decode(const ldpc::CodeParams& p, const ldpc::DecoderConfig& cfg,
                                  const std::vector<std::int16_t>& llr, ldpc::SoftBuffer* harq) {
  DecoderCall c = decoder_call(p, cfg, harq != nullptr);
  require(llr.empty() || static_cast<int>(llr.size()) == p.e, "LLR length", static_cast<std::int64_t>(llr.size()),
          "E = " + std::to_string(p.e) + " (or 0 to decode the HARQ buffer alone)");
  c.e = static_cast<int>(llr.size());
  std::vector<ChannelLlr> in(llr.size());
  for (std::size_t i = 0; i < llr.size(); ++i) {
    require(llr[i] >= -128 && llr[i] <= kChannelMax, "LLR", llr[i], "[-128, 127] (8-bit channel LLR)");
    in[i] = llr[i];
  }
  // The kernel's HARQ memory holds the card contract's HARQ buffer: the soft buffer without
  // its fillers (ldpc::store_harq / load_harq).
  std::vector<ChannelLlr> soft(static_cast<std::size_t>(ldpc::harq_length(p)));
  if (harq) {
    require(static_cast<int>(harq->size()) == p.n_cb, "soft buffer length", static_cast<std::int64_t>(harq->size()),
            "Ncb = " + std::to_string(p.n_cb));
    for (std::size_t j = 0; j < harq->size(); ++j) {
      const int v = (*harq)[j];
      if (!p.is_filler(static_cast<int>(j)))
        require(v >= -kChannelMax && v <= kChannelMax, "LLR", v, "the channel LLR format [-127, 127]");
    }
    const Bytes bytes = ldpc::store_harq(p, *harq);
    for (std::size_t h = 0; h < soft.size(); ++h) soft[h] = static_cast<std::int8_t>(bytes[h]);
  }
  const int crc_len = cfg.crc ? crc_spec(*cfg.crc).length : 0;
  const int out_bits = p.k_prime - (cfg.crc && cfg.drop_crc ? crc_len : 0);
  std::vector<Byte> hard(static_cast<std::size_t>(out_bits + 7) / 8);
  int iterations = 0, status = -1;
  {
    std::lock_guard<std::mutex> lock(kernel_mutex());
    bbkit_ldpc_dec_kernel(in.data(), soft.data(), soft.data(), hard.data(), c.bg, c.zc, c.k_prime, c.n_cb, c.e, c.qm,
                          c.rv, c.layers, c.max_iter, c.flags, c.crc_type, c.scale_num, c.scale_shift, c.offset, &iterations,
                          &status);
  }
  require((status & kStatusBadArgument) == 0, "decoder kernel status", status,
          "no kStatusBadArgument (arguments the golden model accepted)");
  if (harq) {
    Bytes bytes(soft.size());
    for (std::size_t h = 0; h < soft.size(); ++h) bytes[h] = static_cast<std::uint8_t>(soft[h].to_int() & 0xFF);
    *harq = ldpc::make_soft_buffer(p);
    ldpc::load_harq(p, bytes.data(), bytes.size(), *harq);
  }
  ldpc::DecoderResult r;
  r.hard = from_kernel_bits(hard, static_cast<std::size_t>(out_bits));
  r.iterations = iterations;
  r.status.syndrome_error = (status & kStatusSyndromeError) != 0;
  r.status.crc_error = (status & kStatusCrcError) != 0;
  r.crc_checked = (status & kStatusCrcChecked) != 0;
  return r;
}

ldpc::DecoderResult kernel_decode_stream(const ldpc::CodeParams& p, const ldpc::DecoderConfig& cfg,
                                         const std::vector<std::int16_t>& llr) {
  const DecoderCall c = decoder_call(p, cfg, false);
  require(static_cast<int>(llr.size()) == p.e, "LLR length", static_cast<std::int64_t>(llr.size()),
          "E = " + std::to_string(p.e));
  hls::stream<ChannelLlr> in("llr_in");
  for (const std::int16_t v : llr) {
    require(v >= -128 && v <= kChannelMax, "LLR", v, "[-128, 127] (8-bit channel LLR)");
    in.write(v);
  }
  hls::stream<Byte> out("hard_out");
  int iterations = 0, status = -1;
  {
    std::lock_guard<std::mutex> lock(kernel_mutex());
    bbkit_ldpc_dec_axis_kernel(in, out, c.bg, c.zc, c.k_prime, c.n_cb, c.e, c.qm, c.rv, c.layers, c.max_iter, c.flags,
                               c.crc_type, c.scale_num, c.scale_shift, c.offset, &iterations, &status);
  }
  require((status & kStatusBadArgument) == 0, "decoder kernel status", status,
          "no kStatusBadArgument (arguments the golden model accepted)");
  require(in.empty(), "LLR stream", static_cast<std::int64_t>(in.size()), "fully consumed by the kernel");
  const int crc_len = cfg.crc ? crc_spec(*cfg.crc).length : 0;
  const int out_bits = p.k_prime - (cfg.crc && cfg.drop_crc ? crc_len : 0);
  std::vector<Byte> hard;
  while (!out.empty()) hard.push_back(out.read());
  require(static_cast<int>(hard.size()) == (out_bits + 7) / 8, "hard output bytes", static_cast<std::int64_t>(hard.size()),
          std::to_string((out_bits + 7) / 8));
  ldpc::DecoderResult r;
  r.hard = from_kernel_bits(hard, static_cast<std::size_t>(out_bits));
  r.iterations = iterations;
  r.status.syndrome_error = (status & kStatusSyndromeError) != 0;
  r.status.crc_error = (status & kStatusCrcError) != 0;
  r.crc_checked = (status & kStatusCrcChecked) != 0;
  return r;
}

namespace {
class HlsDecoder final : public ldpc::LdpcDecoder {
 public:
  // The golden interface hands over the dematched soft buffer: the kernel decodes it as its
  // HARQ input with no new LLRs (E = 0).
  ldpc::DecoderResult decode(const ldpc::CodeParams& params, const ldpc::DecoderConfig& config,
                             const ldpc::SoftBuffer& llr) override {
    require(static_cast<int>(llr.size()) == params.n_cb, "LLR buffer length", static_cast<std::int64_t>(llr.size()),
            "Ncb = " + std::to_string(params.n_cb) + " (the soft buffer of the code block)");
    ldpc::SoftBuffer buffer = llr;
    return kernel_decode(params, config, {}, &buffer);
  }
  std::string name() const override { return "hls"; }
};
}  // namespace

std::unique_ptr<ldpc::LdpcDecoder> make_hls_ldpc_decoder() { return std::make_unique<HlsDecoder>(); }

}  // namespace bbkit::ldpc_hls
#endif  // __SYNTHESIS__
