// SPDX-License-Identifier: Apache-2.0
#include "bbkit/runtime/random_ops.h"

#include <algorithm>

#include "bbkit/common/bits.h"
#include "bbkit/common/channel.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/runtime/ldpc_exec.h"

namespace bbkit::runtime {

std::vector<LdpcOp> make_random_ldpc_ops(const RandomOpsConfig& cfg, Device& device) {
  namespace f = card::ldpc_op_flags;
  const int k = ldpc::base_graph_shape(cfg.bg).info_cols * cfg.zc;
  ldpc::CodeConfig cc;
  cc.bg = cfg.bg;
  cc.zc = cfg.zc;
  cc.k_prime = k;
  cc.qm = cfg.qm;
  cc.e = cfg.e > 0 ? cfg.e : (2 * k + cfg.qm - 1) / cfg.qm * cfg.qm;
  const ldpc::CodeParams p = ldpc::derive_code_params(cc);
  const auto encoder = ldpc::make_ldpc_encoder("golden");
  Rng rng(cfg.seed);
  std::vector<LdpcOp> ops;
  for (int i = 0; i < cfg.count; ++i) {
    const bool decode = cfg.decode && (!cfg.encode || i % 2 == 0);
    LdpcOp op;
    card::LdpcDesc& d = op.desc;
    d.op_type = static_cast<std::uint8_t>(decode ? card::OpType::LdpcDec : card::OpType::LdpcEnc);
    d.basegraph = static_cast<std::uint8_t>(p.bg);
    d.z_c = static_cast<std::uint16_t>(p.zc);
    d.e = static_cast<std::uint32_t>(p.e);
    d.q_m = static_cast<std::uint8_t>(p.qm);
    d.n_cb = static_cast<std::uint16_t>(p.n_cb);
    Bits info = random_bits(rng, static_cast<std::size_t>(p.k_prime - 24));
    if (decode) {
      crc_attach(CrcType::Crc24B, info);
      const Bits f_bits = ldpc::rate_match(p, encoder->encode(p, info));
      const std::vector<double> llr = awgn_llrs(f_bits, modulation_from_qm(p.qm), cfg.es_n0_db, rng);
      d.op_flags = f::kCrcType24bCheck | f::kIterationStopEnable;
      d.iter_max = static_cast<std::uint8_t>(cfg.iter_max);
      op.input = device.alloc(llr.size());
      for (std::size_t j = 0; j < llr.size(); ++j)
        op.input->data()[j] = static_cast<std::uint8_t>(static_cast<std::int8_t>(fxp::LdpcChannelLlr::from_real(llr[j])));
      d.in_len = static_cast<std::uint32_t>(llr.size());
      d.out_cap = static_cast<std::uint32_t>((p.k_prime + 7) / 8);
    } else {
      d.op_flags = f::kCrc24bAttach | f::kRateMatch;
      const Bytes packed = pack_bits(info);
      op.input = device.alloc(packed.size());
      std::copy(packed.begin(), packed.end(), op.input->data());
      d.in_len = static_cast<std::uint32_t>(packed.size());
      d.out_cap = static_cast<std::uint32_t>((p.e + 7) / 8);
    }
    op.output = device.alloc(d.out_cap);
    op.user_tag = static_cast<std::uint64_t>(i);
    ops.push_back(std::move(op));
  }
  return ops;
}

}  // namespace bbkit::runtime
