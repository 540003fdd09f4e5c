// SPDX-License-Identifier: Apache-2.0
#include "bbkit/runtime/ldpc_exec.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "bbkit/common/bits.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"

namespace bbkit::runtime {

namespace f = card::ldpc_op_flags;

namespace {

constexpr std::uint32_t kDecodeFlags =
    f::kCrcType24aCheck | f::kCrcType24bCheck | f::kCrcType24bDrop | f::kCrcType16Check | f::kIterationStopEnable;
constexpr std::uint32_t kEncodeFlags = f::kCrc24aAttach | f::kCrc24bAttach | f::kCrc16Attach | f::kRateMatch;
constexpr std::uint32_t kHarqFlags = f::kHqCombineInEnable | f::kHqCombineOutEnable;

int popcount(std::uint32_t x) {
  int n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}

std::uint32_t bytes_for(int bits) { return static_cast<std::uint32_t>((bits + 7) / 8); }

DescCheck fail(card::ErrorCode code, std::string why) {
  DescCheck c;
  c.code = code;
  c.why = std::move(why);
  return c;
}

std::optional<CrcType> decode_crc(std::uint32_t flags) {
  if (flags & f::kCrcType24aCheck) return CrcType::Crc24A;
  if (flags & f::kCrcType16Check) return CrcType::Crc16;
  if (flags & (f::kCrcType24bCheck | f::kCrcType24bDrop)) return CrcType::Crc24B;  // DROP implies 24B
  return std::nullopt;
}

std::optional<CrcType> encode_crc(std::uint32_t flags) {
  if (flags & f::kCrc24aAttach) return CrcType::Crc24A;
  if (flags & f::kCrc24bAttach) return CrcType::Crc24B;
  if (flags & f::kCrc16Attach) return CrcType::Crc16;
  return std::nullopt;
}

ldpc::CodeParams params_of(const card::LdpcDesc& d) {
  ldpc::CodeConfig c;
  c.bg = d.basegraph;
  c.zc = d.z_c;
  c.k_prime = ldpc::base_graph_shape(d.basegraph).info_cols * d.z_c - d.n_filler;
  c.e = static_cast<int>(std::min<std::uint32_t>(d.e, 1u << 30));
  c.qm = d.q_m;
  c.rv = d.rv_index;
  c.n_cb = d.n_cb;
  return ldpc::derive_code_params(c);
}

ldpc::DecoderConfig decoder_config_of(const card::LdpcDesc& d) {
  ldpc::DecoderConfig cfg;
  cfg.max_iterations = d.iter_max;
  cfg.early_stop = (d.op_flags & f::kIterationStopEnable) != 0;
  cfg.crc = decode_crc(d.op_flags);
  cfg.drop_crc = (d.op_flags & f::kCrcType24bDrop) != 0;
  return cfg;
}

}  // namespace

Capabilities golden_capabilities() {
  Capabilities caps;
  caps.device = "cpu";
  caps.description = "golden model (bit-exact reference)";
  caps.kernels = {card::OpType::LdpcDec, card::OpType::LdpcEnc};
  caps.min_zc = ldpc::lifting_sizes().front();
  caps.max_zc = ldpc::lifting_sizes().back();
  caps.max_iterations = 100;  // validate_decoder_config's range
  caps.llr_width = fxp::LdpcChannelLlr::width;
  caps.llr_frac = fxp::LdpcChannelLlr::frac;
  // HARQ is a device's capability: the cpu device turns it on (open_cpu_device); a kernel
  // modelled on these capabilities (the RTL benches, the sim device) follows its CAPS1.harq.
  caps.harq = false;
  return caps;
}

DescCheck check_ldpc_desc(const card::LdpcDesc& d, const Capabilities& caps) {
  using card::ErrorCode;
  const bool decode = d.op_type == static_cast<std::uint8_t>(card::OpType::LdpcDec);
  const bool encode = d.op_type == static_cast<std::uint8_t>(card::OpType::LdpcEnc);
  if (!(decode || encode) || !caps.supports(static_cast<card::OpType>(d.op_type)))
    return fail(ErrorCode::BadOpType, "op_type " + std::to_string(d.op_type) + " is not an op " + caps.device + " runs");
  if (d.basegraph < caps.min_basegraph || d.basegraph > caps.max_basegraph)
    return fail(ErrorCode::BadBasegraph, "basegraph " + std::to_string(d.basegraph) + " is not 1 or 2");
  if (!ldpc::is_lifting_size(d.z_c) || d.z_c < caps.min_zc || d.z_c > caps.max_zc)
    return fail(ErrorCode::BadZc, "z_c " + std::to_string(d.z_c) + " is not a 38.212 lifting size in [" +
                                      std::to_string(caps.min_zc) + ", " + std::to_string(caps.max_zc) + "]");
  const std::uint32_t allowed = decode ? kDecodeFlags | (caps.harq ? kHarqFlags : 0u) : kEncodeFlags;
  if (const std::uint32_t bad = d.op_flags & ~allowed) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%X", bad);
    const char* why = !(bad & kHarqFlags) ? "bypass modes are not implemented"
                      : encode            ? "HQ_COMBINE_IN/OUT are decode flags"
                                          : "this device has no HARQ combining (Capabilities::harq, CAPS1.harq)";
    return fail(ErrorCode::BadFlags, std::string("op_flags 0x") + hex + " are not supported for this op on " +
                                         caps.device + " (" + why + ")");
  }
  if (popcount(d.op_flags & (decode ? (f::kCrcType24aCheck | f::kCrcType24bCheck | f::kCrcType16Check)
                                    : (f::kCrc24aAttach | f::kCrc24bAttach | f::kCrc16Attach))) > 1)
    return fail(ErrorCode::BadFlags, "more than one CRC type in op_flags");
  if (decode && (d.op_flags & f::kCrcType24bDrop) && (d.op_flags & (f::kCrcType24aCheck | f::kCrcType16Check)))
    return fail(ErrorCode::BadFlags, "CRC_TYPE_24B_DROP drops a CRC24B, not the CRC24A or CRC16 checked");
  if (encode && !(d.op_flags & f::kRateMatch))
    return fail(ErrorCode::BadFlags, "encode needs RATE_MATCH (the output is the E rate-matched bits)");
  if (decode && (d.iter_max < 1 || d.iter_max > caps.max_iterations))
    return fail(ErrorCode::BadIter, "iter_max " + std::to_string(d.iter_max) + " is not in [1, " +
                                        std::to_string(caps.max_iterations) + "]");
  if (encode && d.iter_max != 0) return fail(ErrorCode::BadIter, "iter_max must be 0 for an encode op");
  ldpc::CodeParams p;
  try {
    p = params_of(d);
    if (decode) ldpc::validate_decoder_config(p, decoder_config_of(d));
  } catch (const InvalidParameter& e) {
    return fail(ErrorCode::BadRateMatch, e.what());
  }
  DescCheck c;
  c.params = p;
  const std::optional<CrcType> crc = decode ? decode_crc(d.op_flags) : encode_crc(d.op_flags);
  const int crc_len = crc ? crc_spec(*crc).length : 0;
  if (decode) {
    c.in_bytes = static_cast<std::uint32_t>(p.e);
    c.out_bytes = bytes_for(p.k_prime - ((d.op_flags & f::kCrcType24bDrop) ? crc_len : 0));
  } else {
    if (p.k_prime <= crc_len) return fail(ErrorCode::BadRateMatch, "K' leaves no payload bits beside the CRC");
    c.in_bytes = bytes_for(p.k_prime - crc_len);
    c.out_bytes = bytes_for(p.e);
  }
  if (d.in_len != c.in_bytes)
    return fail(ErrorCode::BadLength, "in_len " + std::to_string(d.in_len) + " bytes, the op reads " +
                                          std::to_string(c.in_bytes));
  if (d.out_cap < c.out_bytes)
    return fail(ErrorCode::BadLength, "out_cap " + std::to_string(d.out_cap) + " bytes, the op writes " +
                                          std::to_string(c.out_bytes));
  if (decode) {
    c.harq_bytes = static_cast<std::uint32_t>(ldpc::harq_length(p));
    if ((d.op_flags & f::kHqCombineInEnable) && d.harq_in_len != c.harq_bytes)
      return fail(ErrorCode::BadLength, "harq_in_len " + std::to_string(d.harq_in_len) +
                                            " bytes, the op reads H = Ncb - F = " + std::to_string(c.harq_bytes));
    if ((d.op_flags & f::kHqCombineOutEnable) && d.harq_out_cap < c.harq_bytes)
      return fail(ErrorCode::BadLength, "harq_out_cap " + std::to_string(d.harq_out_cap) +
                                            " bytes, the op writes H = Ncb - F = " + std::to_string(c.harq_bytes));
  }
  return c;
}

GoldenLdpc::GoldenLdpc()
    : encoder_(ldpc::make_ldpc_encoder("golden")), decoder_(ldpc::make_ldpc_decoder("golden")) {}
GoldenLdpc::~GoldenLdpc() = default;

card::Cmpl GoldenLdpc::run(const card::LdpcDesc& d, const Capabilities& caps, const std::uint8_t* in,
                           std::uint8_t* out, std::string& error, const std::uint8_t* harq_in, std::uint8_t* harq_out) {
  card::Cmpl cmpl{};
  cmpl.tag = d.tag;
  const DescCheck check = check_ldpc_desc(d, caps);
  if (check.code != card::ErrorCode::None) {
    cmpl.status = card::cmpl_status::kDone | card::cmpl_status::kErr;
    cmpl.error_code = static_cast<std::uint8_t>(check.code);
    error = check.why;
    return cmpl;
  }
  const ldpc::CodeParams& p = check.params;
  Bytes result;
  if (d.op_type == static_cast<std::uint8_t>(card::OpType::LdpcEnc)) {
    const std::optional<CrcType> crc = encode_crc(d.op_flags);
    const int payload = p.k_prime - (crc ? crc_spec(*crc).length : 0);
    Bits info = unpack_bits(in, d.in_len, static_cast<std::size_t>(payload));
    if (crc) crc_attach(*crc, info);
    result = pack_bits(ldpc::rate_match(p, encoder_->encode(p, info)));
  } else {
    std::vector<std::int16_t> llr(d.in_len);  // signed bytes; -128 read as -127 (llrs_from_bytes)
    for (std::size_t i = 0; i < llr.size(); ++i)
      llr[i] = static_cast<std::int16_t>(std::max(-127, static_cast<int>(static_cast<std::int8_t>(in[i]))));
    // The order is the HARQ definition (docs/card-contract.md): HARQ input replaces the
    // non-filler soft-buffer values, the E LLRs are added with saturation, the sum is the HARQ
    // output and the decoder input.
    ldpc::SoftBuffer buf = ldpc::make_soft_buffer(p);
    if (d.op_flags & f::kHqCombineInEnable) {
      require(harq_in != nullptr, "HARQ input", 0, "harq_in_len bytes with HQ_COMBINE_IN_ENABLE");
      ldpc::load_harq(p, harq_in, d.harq_in_len, buf);
    }
    ldpc::rate_dematch(p, llr, buf);
    if (d.op_flags & f::kHqCombineOutEnable) {
      require(harq_out != nullptr, "HARQ output", 0, "harq_out_cap bytes with HQ_COMBINE_OUT_ENABLE");
      ldpc::store_harq(p, buf, harq_out);
      cmpl.harq_out_len = check.harq_bytes;
    }
    const ldpc::DecoderResult r = decoder_->decode(p, decoder_config_of(d), buf);
    result = pack_bits(r.hard);
    cmpl.iterations = static_cast<std::uint8_t>(r.iterations);
    if (r.status.syndrome_error) cmpl.status |= card::cmpl_status::kSynErr;
    if (r.status.crc_error) cmpl.status |= card::cmpl_status::kCrcErr;
  }
  std::memcpy(out, result.data(), result.size());
  cmpl.out_len = static_cast<std::uint32_t>(result.size());
  cmpl.status |= card::cmpl_status::kDone;
  return cmpl;
}

}  // namespace bbkit::runtime
