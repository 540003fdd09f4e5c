// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/bbdev_adapter.h"

#include <cmath>
#include <sstream>

#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"

namespace bbkit::ldpc {

using vectors::LdpcOpType;
using vectors::LdpcVector;

namespace {
void reject_flags(const LdpcVector& v, const std::vector<std::string>& supported) {
  for (const auto& f : v.op_flags) {
    bool ok = false;
    for (const auto& s : supported) ok = ok || f == s;
    if (!ok) {
      std::string allowed;
      for (const auto& s : supported) allowed += (allowed.empty() ? "" : ", ") + s;
      throw InvalidParameter("op_flags", f, "flags the golden model implements: " + allowed);
    }
  }
}

int mismatch_at(const Bytes& a, const Bytes& b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return static_cast<int>(i);
  return a.size() == b.size() ? -1 : static_cast<int>(n);
}
}  // namespace

CodeParams params_from_vector(const LdpcVector& v) {
  require(v.code_block_mode == 1, "code_block_mode", v.code_block_mode, "1 (one code block per op)");
  const int k = base_graph_shape(v.basegraph).info_cols * v.z_c;
  CodeConfig c;
  c.bg = v.basegraph;
  c.zc = v.z_c;
  c.k_prime = k - v.n_filler;
  c.e = v.e;
  c.qm = v.q_m;
  c.rv = v.rv_index;
  c.n_cb = v.n_cb;
  return derive_code_params(c);
}

DecoderConfig decoder_config_from_vector(const LdpcVector& v, int default_iterations) {
  reject_flags(v, {"RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE", "RTE_BBDEV_LDPC_CRC_TYPE_24A_CHECK",
                   "RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK", "RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP",
                   "RTE_BBDEV_LDPC_CRC_TYPE_16_CHECK", "RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE",
                   "RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE"});
  DecoderConfig cfg;
  cfg.max_iterations = v.iter_max.value_or(default_iterations);
  cfg.early_stop = v.has_flag("RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE");
  if (v.has_flag("RTE_BBDEV_LDPC_CRC_TYPE_24A_CHECK")) cfg.crc = CrcType::Crc24A;
  if (v.has_flag("RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK")) cfg.crc = CrcType::Crc24B;
  if (v.has_flag("RTE_BBDEV_LDPC_CRC_TYPE_16_CHECK")) cfg.crc = CrcType::Crc16;
  if (v.has_flag("RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP")) {
    cfg.drop_crc = true;
    if (!cfg.crc) cfg.crc = CrcType::Crc24B;  // DROP implies a 24B code-block CRC
  }
  return cfg;
}

std::vector<std::int16_t> llrs_from_bytes(const Bytes& bytes) {
  std::vector<std::int16_t> llr(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const int v = bytes[i] >= 128 ? int{bytes[i]} - 256 : int{bytes[i]};
    llr[i] = static_cast<std::int16_t>(v < -127 ? -127 : v);
  }
  return llr;
}

std::vector<std::int16_t> llrs_from_vector(const Bytes& bytes) {
  static_assert(fxp::LdpcChannelLlr::frac == kVectorLlrFrac + 1, "the file scaling below is x2");
  std::vector<std::int16_t> llr(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i)
    llr[i] = static_cast<std::int16_t>(
        fxp::LdpcChannelLlr::saturate(2 * std::int64_t{static_cast<std::int8_t>(bytes[i])}));
  return llr;
}

Bytes vector_bytes_from_llrs(const std::vector<std::int16_t>& llr) {
  Bytes bytes(llr.size());
  for (std::size_t i = 0; i < llr.size(); ++i) {
    const int d = llr[i];
    const int v = d == fxp::LdpcChannelLlr::max ? 64 : d == fxp::LdpcChannelLlr::min ? -64 : (d + 1) >> 1;
    bytes[i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(v));
  }
  return bytes;
}

std::uint8_t vector_byte_from_real(double llr) {
  const double scaled = std::nearbyint(llr * (1 << kVectorLlrFrac));
  const int v = scaled >= 64.0 ? 64 : scaled <= -64.0 ? -64 : static_cast<int>(scaled);
  return static_cast<std::uint8_t>(static_cast<std::int8_t>(v));
}

namespace {
// Channel-format LLRs as the signed bytes load_harq reads.
Bytes channel_bytes(const std::vector<std::int16_t>& llr) {
  Bytes b(llr.size());
  for (std::size_t i = 0; i < llr.size(); ++i) b[i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(llr[i]));
  return b;
}
}  // namespace

VectorOutcome run_vector(const LdpcVector& v, const LdpcEncoder& encoder, LdpcDecoder& decoder) {
  VectorOutcome out;
  const CodeParams p = params_from_vector(v);
  require(v.input.size() == 1 && v.output.size() == 1, "segments", static_cast<std::int64_t>(v.input.size()),
          "one input0 and one output0");
  if (v.op == LdpcOpType::Encode) {
    reject_flags(v, {"RTE_BBDEV_LDPC_RATE_MATCH", "RTE_BBDEV_LDPC_CRC_24B_ATTACH", "RTE_BBDEV_LDPC_CRC_24A_ATTACH",
                     "RTE_BBDEV_LDPC_CRC_16_ATTACH"});
    require(v.has_flag("RTE_BBDEV_LDPC_RATE_MATCH"), "op_flags", 0, "RTE_BBDEV_LDPC_RATE_MATCH (encoder output is E bits)");
    std::optional<CrcType> crc;
    if (v.has_flag("RTE_BBDEV_LDPC_CRC_24B_ATTACH")) crc = CrcType::Crc24B;
    if (v.has_flag("RTE_BBDEV_LDPC_CRC_24A_ATTACH")) crc = CrcType::Crc24A;
    if (v.has_flag("RTE_BBDEV_LDPC_CRC_16_ATTACH")) crc = CrcType::Crc16;
    const int payload = p.k_prime - (crc ? crc_spec(*crc).length : 0);
    Bits info = unpack_bits(v.input[0], static_cast<std::size_t>(payload));
    if (crc) crc_attach(*crc, info);
    const Bytes got = pack_bits(rate_match(p, encoder.encode(p, info)));
    const int at = mismatch_at(got, v.output[0]);
    out.pass = at < 0;
    std::ostringstream s;
    if (out.pass) {
      s << "encoder output identical (" << p.e << " bits)";
    } else {
      s << "encoder output differs at byte " << at << " of " << v.output[0].size();
    }
    out.detail = s.str();
    return out;
  }
  const DecoderConfig cfg = decoder_config_from_vector(v);
  const auto llr = llrs_from_vector(v.input[0]);
  require(static_cast<int>(llr.size()) == p.e, "LLR length", static_cast<std::int64_t>(llr.size()),
          "E = " + std::to_string(p.e));
  const bool harq_in = v.has_flag("RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE");
  const bool harq_out = v.has_flag("RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE");
  require(!harq_in || v.harq_input.size() == 1, "harq_input segments", static_cast<std::int64_t>(v.harq_input.size()),
          "one harq_input0 with HQ_COMBINE_IN_ENABLE");
  require(!harq_out || v.harq_output.size() == 1, "harq_output segments",
          static_cast<std::int64_t>(v.harq_output.size()), "one harq_output0 with HQ_COMBINE_OUT_ENABLE");
  SoftBuffer buf = make_soft_buffer(p);
  if (harq_in) {
    const Bytes harq = channel_bytes(llrs_from_vector(v.harq_input[0]));
    load_harq(p, harq.data(), harq.size(), buf);
  }
  rate_dematch(p, llr, buf);
  int harq_at = -1;
  if (harq_out) {
    const Bytes harq = store_harq(p, buf);
    harq_at = mismatch_at(vector_bytes_from_llrs(llrs_from_bytes(harq)), v.harq_output[0]);
  }
  const DecoderResult r = decoder.decode(p, cfg, buf);
  out.iterations = r.iterations;
  out.expected_iterations = v.expected_iter_count;
  out.status = r.status.name();
  const Bytes got = pack_bits(r.hard);
  const int at = mismatch_at(got, v.output[0]);
  const bool status_ok = out.status == v.expected_status;
  out.pass = at < 0 && status_ok && harq_at < 0;
  std::ostringstream s;
  if (at >= 0) s << "hard output differs at byte " << at << " of " << v.output[0].size() << "; ";
  if (harq_at >= 0) s << "HARQ output differs at byte " << harq_at << " of " << v.harq_output[0].size() << "; ";
  if (out.pass && harq_out) s << "HARQ output identical (" << v.harq_output[0].size() << " bytes); ";
  if (!status_ok) s << "status " << out.status << " expected " << v.expected_status << "; ";
  if (out.pass) s << "hard output identical (" << r.hard.size() << " bits), status " << out.status << "; ";
  s << "iterations " << r.iterations;
  if (v.expected_iter_count) s << " (vector expected_iter_count " << *v.expected_iter_count << ")";
  out.detail = s.str();
  return out;
}

}  // namespace bbkit::ldpc
