// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/rate_match.h"

#include <algorithm>

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

int harq_length(const CodeParams& p) { return p.n_cb - (p.filler_end() - p.filler_begin()); }

namespace {
void require_soft_buffer(const CodeParams& p, const SoftBuffer& buffer) {
  require(static_cast<int>(buffer.size()) == p.n_cb, "soft buffer length", static_cast<std::int64_t>(buffer.size()),
          "Ncb = " + std::to_string(p.n_cb));
}
}  // namespace

// Ncb >= K - 2Zc (derive_code_params), so the filler window always lies inside the buffer.
void store_harq(const CodeParams& p, const SoftBuffer& buffer, std::uint8_t* harq) {
  require_soft_buffer(p, buffer);
  std::size_t h = 0;
  for (int j = 0; j < p.n_cb; ++j)
    if (!p.is_filler(j)) harq[h++] = static_cast<std::uint8_t>(static_cast<std::int8_t>(buffer[static_cast<std::size_t>(j)]));
}

Bytes store_harq(const CodeParams& p, const SoftBuffer& buffer) {
  Bytes harq(static_cast<std::size_t>(harq_length(p)));
  store_harq(p, buffer, harq.data());
  return harq;
}

void load_harq(const CodeParams& p, const std::uint8_t* harq, std::size_t size, SoftBuffer& buffer) {
  require(size == static_cast<std::size_t>(harq_length(p)), "HARQ length", static_cast<std::int64_t>(size),
          "H = Ncb - F = " + std::to_string(harq_length(p)) + " bytes");
  require_soft_buffer(p, buffer);
  std::size_t h = 0;
  for (int j = 0; j < p.n_cb; ++j)
    if (!p.is_filler(j))
      buffer[static_cast<std::size_t>(j)] =
          static_cast<std::int16_t>(std::max(static_cast<int>(ChannelLlr::min), static_cast<int>(static_cast<std::int8_t>(harq[h++]))));
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
