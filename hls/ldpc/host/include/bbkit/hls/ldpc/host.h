// SPDX-License-Identifier: Apache-2.0
// Host side of the LDPC HLS kernels (never synthesized): turns golden-model parameters
// (CodeParams, DecoderConfig) into the kernels' argument lists, calls the kernel tops compiled
// natively (C simulation), and maps the results back. Also the "hls" implementations of the
// golden LdpcEncoder/LdpcDecoder interfaces, so every golden test can run on the kernels.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/common/crc.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"

namespace bbkit::ldpc_hls {

/// The encoder kernel's argument list for one code block.
struct EncoderCall {
  int bg, zc, k_prime, n_cb, e, qm, rv, crc_type, rate_match;
};
/// The decoder kernel's argument list for one code block (buffers aside).
struct DecoderCall {
  int bg, zc, k_prime, n_cb, e, qm, rv, layers, max_iter, flags, crc_type, scale_num, scale_shift, offset;
};

/// Kernel CRC selector of a 38.212 CRC; throws InvalidParameter naming "CRC" for CRCs the LDPC
/// kernels do not implement (6, 11, 24C).
int crc_selector(std::optional<CrcType> crc);

EncoderCall encoder_call(const ldpc::CodeParams& p, std::optional<CrcType> crc_attach, bool rate_match);
/// Throws InvalidParameter for settings the kernel lacks ("soft_output", "E" above kEmax).
DecoderCall decoder_call(const ldpc::CodeParams& p, const ldpc::DecoderConfig& cfg, bool harq_combine);

/// Runs the encoder kernel: `payload` holds K' - L bits (L = CRC length, 0 without crc_attach).
/// Returns E rate-matched bits, or the N bits of d when rate_match is false.
Bits kernel_encode(const ldpc::CodeParams& p, std::optional<CrcType> crc_attach, const Bits& payload,
                   bool rate_match = true);

/// Runs the decoder kernel on E channel LLRs (fxp::LdpcChannelLlr values; -128 reads as -127).
/// With `harq` non-null its Ncb LLRs are combined into and updated (HARQ memory); otherwise the
/// kernel starts from a fresh soft buffer.
ldpc::DecoderResult kernel_decode(const ldpc::CodeParams& p, const ldpc::DecoderConfig& cfg,
                                  const std::vector<std::int16_t>& llr, ldpc::SoftBuffer* harq = nullptr);

/// Runs the streaming decoder kernel (bbkit_ldpc_dec_axis_kernel): the E LLRs are written to its
/// input stream, the hard bytes read back from its output stream. No HARQ memory.
ldpc::DecoderResult kernel_decode_stream(const ldpc::CodeParams& p, const ldpc::DecoderConfig& cfg,
                                         const std::vector<std::int16_t>& llr);

/// The kernels behind the golden interfaces (implementation name "hls"). The kernels keep
/// static storage, as hardware does: calls are serialized inside.
std::unique_ptr<ldpc::LdpcEncoder> make_hls_ldpc_encoder();
std::unique_ptr<ldpc::LdpcDecoder> make_hls_ldpc_decoder();

/// Adds both kernels to the golden factories under "hls" (make_ldpc_encoder/decoder("hls") and
/// every test parameterized over ldpc_decoder_names()). Idempotent; returns true.
bool register_hls_ldpc();

}  // namespace bbkit::ldpc_hls
