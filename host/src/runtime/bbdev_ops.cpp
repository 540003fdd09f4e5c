// SPDX-License-Identifier: Apache-2.0
#include "bbkit/runtime/bbdev_ops.h"

#include <algorithm>
#include <cstring>
#include <sstream>

#include "bbkit/card/desc_util.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/ldpc/bbdev_adapter.h"

namespace bbkit::runtime {

using vectors::LdpcOpType;

LdpcOp op_from_vector(const vectors::LdpcVector& v, Device& device, int default_iterations) {
  require(v.code_block_mode == 1, "code_block_mode", v.code_block_mode, "1 (one code block per op)");
  require(v.input.size() == 1 && v.output.size() == 1, "segments", static_cast<std::int64_t>(v.input.size()),
          "one input0 and one output0");
  LdpcOp op;
  card::LdpcDesc& d = op.desc;
  const bool decode = v.op == LdpcOpType::Decode;
  d.op_type = static_cast<std::uint8_t>(decode ? card::OpType::LdpcDec : card::OpType::LdpcEnc);
  d.basegraph = static_cast<std::uint8_t>(v.basegraph);
  d.z_c = static_cast<std::uint16_t>(v.z_c);
  d.op_flags = card::ldpc_op_flags_from_bbdev(v.op_flags);
  d.n_filler = static_cast<std::uint16_t>(v.n_filler);
  d.n_cb = static_cast<std::uint16_t>(v.n_cb);
  d.e = static_cast<std::uint32_t>(v.e);
  d.q_m = static_cast<std::uint8_t>(v.q_m);
  d.rv_index = static_cast<std::uint8_t>(v.rv_index);
  d.iter_max = static_cast<std::uint8_t>(decode ? v.iter_max.value_or(default_iterations) : 0);
  // Decode LLRs (input and HARQ) are in the files' 1-fractional-bit form: scaled to the device's
  // channel format as dpdk-test-bbdev scales them (ldpc::llrs_from_vector).
  if (decode)
    require(device.capabilities().llr_frac == fxp::LdpcChannelLlr::frac, "device llr_frac",
            device.capabilities().llr_frac, std::to_string(fxp::LdpcChannelLlr::frac) + " (the vector scaling is x2)");
  auto device_bytes = [](const Bytes& file) {
    const std::vector<std::int16_t> llr = ldpc::llrs_from_vector(file);
    Bytes b(llr.size());
    for (std::size_t i = 0; i < b.size(); ++i) b[i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(llr[i]));
    return b;
  };
  const Bytes in = decode ? device_bytes(v.input[0]) : v.input[0];
  d.in_len = static_cast<std::uint32_t>(in.size());
  d.out_cap = static_cast<std::uint32_t>(std::max<std::size_t>(v.output[0].size(), 1));
  op.input = device.alloc(std::max<std::size_t>(in.size(), 1));
  std::copy(in.begin(), in.end(), op.input->data());
  op.output = device.alloc(d.out_cap);
  if (decode && (d.op_flags & card::ldpc_op_flags::kHqCombineInEnable)) {
    require(v.harq_input.size() == 1, "harq_input segments", static_cast<std::int64_t>(v.harq_input.size()),
            "one harq_input0 with HQ_COMBINE_IN_ENABLE");
    const Bytes harq = device_bytes(v.harq_input[0]);
    d.harq_in_len = static_cast<std::uint32_t>(harq.size());
    op.harq_input = device.alloc(std::max<std::size_t>(harq.size(), 1));
    std::copy(harq.begin(), harq.end(), op.harq_input->data());
  }
  if (decode && (d.op_flags & card::ldpc_op_flags::kHqCombineOutEnable)) {
    require(v.harq_output.size() == 1, "harq_output segments", static_cast<std::int64_t>(v.harq_output.size()),
            "one harq_output0 with HQ_COMBINE_OUT_ENABLE");
    d.harq_out_cap = static_cast<std::uint32_t>(std::max<std::size_t>(v.harq_output[0].size(), 1));
    op.harq_output = device.alloc(d.harq_out_cap);
  }
  return op;
}

VectorCheck check_vector_completion(const vectors::LdpcVector& v, const LdpcOp& op, const Completion& c) {
  VectorCheck out;
  std::ostringstream s;
  if (c.status == OpStatus::Error) {
    s << "ERROR " << to_string(c.error_code) << ": " << c.error;
    out.detail = s.str();
    return out;
  }
  const Bytes& want = v.output[0];
  const std::uint8_t* got = op.output->data() + op.desc.out_addr;
  std::size_t at = 0;
  while (at < want.size() && at < c.out_len && got[at] == want[at]) ++at;
  const bool same = at == want.size() && c.out_len == want.size();
  const std::string status = to_string(c.status);
  const bool status_ok = v.op == LdpcOpType::Encode || status == v.expected_status;
  // HARQ output: the device's bytes in the file's form (ldpc::vector_bytes_from_llrs), exactly.
  bool harq_same = true;
  if (v.op == LdpcOpType::Decode && (op.desc.op_flags & card::ldpc_op_flags::kHqCombineOutEnable) &&
      v.harq_output.size() == 1) {
    std::vector<std::int16_t> llr(c.harq_out_len);
    const std::uint8_t* h = op.harq_output->data() + op.desc.harq_out_addr;
    for (std::size_t i = 0; i < llr.size(); ++i) llr[i] = static_cast<std::int8_t>(h[i]);
    harq_same = ldpc::vector_bytes_from_llrs(llr) == v.harq_output[0];
    if (!harq_same) s << "HARQ output differs (" << c.harq_out_len << " bytes written, " << v.harq_output[0].size()
                      << " expected); ";
  }
  out.pass = same && status_ok && harq_same;
  if (!same) s << "output differs at byte " << at << " of " << want.size() << " (" << c.out_len << " written); ";
  if (!status_ok) s << "status " << status << " expected " << v.expected_status << "; ";
  if (out.pass) s << "output identical (" << want.size() << " bytes), status " << status;
  if (v.op == LdpcOpType::Decode) s << (out.pass ? ", " : "") << "iterations " << c.iterations;
  out.detail = s.str();
  return out;
}

}  // namespace bbkit::runtime
