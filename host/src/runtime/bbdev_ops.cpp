// SPDX-License-Identifier: Apache-2.0
#include "bbkit/runtime/bbdev_ops.h"

#include <algorithm>
#include <cstring>
#include <sstream>

#include "bbkit/card/desc_util.h"
#include "bbkit/common/error.h"

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
  const Bytes& in = v.input[0];
  d.in_len = static_cast<std::uint32_t>(in.size());
  d.out_cap = static_cast<std::uint32_t>(std::max<std::size_t>(v.output[0].size(), 1));
  op.input = device.alloc(std::max<std::size_t>(in.size(), 1));
  std::copy(in.begin(), in.end(), op.input->data());
  op.output = device.alloc(d.out_cap);
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
  out.pass = same && status_ok;
  if (!same) s << "output differs at byte " << at << " of " << want.size() << " (" << c.out_len << " written); ";
  if (!status_ok) s << "status " << status << " expected " << v.expected_status << "; ";
  if (out.pass) s << "output identical (" << want.size() << " bytes), status " << status;
  if (v.op == LdpcOpType::Decode) s << (out.pass ? ", " : "") << "iterations " << c.iterations;
  out.detail = s.str();
  return out;
}

}  // namespace bbkit::runtime
