// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/rate_match.h"

#include "bbkit/common/error.h"

namespace bbkit::ldpc {

using ChannelLlr = fxp::LdpcChannelLlr;

std::vector<int> rate_match_positions(const CodeParams& p) {
  // Bit selection (5.4.2.1): e_k = d[(k0 + j) mod Ncb], skipping fillers.
  std::vector<int> selected(static_cast<std::size_t>(p.e));
  int j = p.k0;
  for (int k = 0; k < p.e; ++j) {
    if (j >= p.n_cb) j -= p.n_cb;
    if (!p.is_filler(j)) selected[static_cast<std::size_t>(k++)] = j;
  }
  // Interleaving (5.4.2.2): f[i + j Qm] = e[i E/Qm + j] for row i < Qm, column j < E/Qm.
  std::vector<int> f(selected.size());
  const int cols = p.e / p.qm;
  for (int i = 0; i < p.qm; ++i)
    for (int c = 0; c < cols; ++c)
      f[static_cast<std::size_t>(i + c * p.qm)] = selected[static_cast<std::size_t>(i * cols + c)];
  return f;
}

Bits rate_match(const CodeParams& p, const Bits& d) {
  require(static_cast<int>(d.size()) == p.n, "N", static_cast<std::int64_t>(d.size()),
          std::to_string(p.n) + " encoded bits (66 Zc or 50 Zc)");
  const std::vector<int> pos = rate_match_positions(p);
  Bits f(pos.size());
  for (std::size_t k = 0; k < pos.size(); ++k) f[k] = d[static_cast<std::size_t>(pos[k])];
  return f;
}

SoftBuffer make_soft_buffer(const CodeParams& p) {
  SoftBuffer b(static_cast<std::size_t>(p.n_cb), 0);
  for (int j = p.filler_begin(); j < p.filler_end() && j < p.n_cb; ++j)
    b[static_cast<std::size_t>(j)] = static_cast<std::int16_t>(ChannelLlr::max);
  return b;
}

void rate_dematch(const CodeParams& p, const std::vector<std::int16_t>& llr, SoftBuffer& buffer) {
  require(static_cast<int>(llr.size()) == p.e, "LLR length", static_cast<std::int64_t>(llr.size()),
          "E = " + std::to_string(p.e));
  require(static_cast<int>(buffer.size()) == p.n_cb, "soft buffer length", static_cast<std::int64_t>(buffer.size()),
          "Ncb = " + std::to_string(p.n_cb));
  const std::vector<int> pos = rate_match_positions(p);
  for (std::size_t k = 0; k < pos.size(); ++k) {
    if (llr[k] < ChannelLlr::min || llr[k] > ChannelLlr::max)  // the message is built only on failure
      throw InvalidParameter("LLR", std::to_string(llr[k]), "the channel LLR format [" + std::to_string(ChannelLlr::min) +
                                                                  ", " + std::to_string(ChannelLlr::max) + "]");
    auto& slot = buffer[static_cast<std::size_t>(pos[k])];
    slot = static_cast<std::int16_t>(ChannelLlr::saturate(std::int64_t{slot} + llr[k]));
  }
}

std::vector<double> make_soft_buffer_float(const CodeParams& p, double filler_llr) {
  std::vector<double> b(static_cast<std::size_t>(p.n_cb), 0.0);
  for (int j = p.filler_begin(); j < p.filler_end() && j < p.n_cb; ++j) b[static_cast<std::size_t>(j)] = filler_llr;
  return b;
}

void rate_dematch_float(const CodeParams& p, const std::vector<double>& llr, std::vector<double>& buffer) {
  require(static_cast<int>(llr.size()) == p.e, "LLR length", static_cast<std::int64_t>(llr.size()),
          "E = " + std::to_string(p.e));
  require(static_cast<int>(buffer.size()) == p.n_cb, "soft buffer length", static_cast<std::int64_t>(buffer.size()),
          "Ncb = " + std::to_string(p.n_cb));
  const std::vector<int> pos = rate_match_positions(p);
  for (std::size_t k = 0; k < pos.size(); ++k) buffer[static_cast<std::size_t>(pos[k])] += llr[k];
}

}  // namespace bbkit::ldpc
