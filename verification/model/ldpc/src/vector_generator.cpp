// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/vector_generator.h"

#include <algorithm>
#include <set>

#include "bbkit/common/channel.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/vectors/ldpc_vector.h"

namespace bbkit::ldpc {

namespace {
int get_int(const std::map<std::string, std::string>& m, const std::string& key, std::optional<int> fallback) {
  const auto it = m.find(key);
  if (it == m.end()) {
    if (!fallback) throw InvalidParameter(key, "(missing)", "an integer; this parameter is required");
    return *fallback;
  }
  try {
    std::size_t used = 0;
    const int v = std::stoi(it->second, &used);
    if (used != it->second.size()) throw std::invalid_argument("trailing");
    return v;
  } catch (const std::exception&) {
    throw InvalidParameter(key, it->second, "an integer");
  }
}
double get_real(const std::map<std::string, std::string>& m, const std::string& key, const std::string& allowed) {
  try {
    std::size_t used = 0;
    const double v = std::stod(m.at(key), &used);
    if (used != m.at(key).size()) throw std::invalid_argument("trailing");
    return v;
  } catch (const std::exception&) {
    throw InvalidParameter(key, m.at(key), allowed);
  }
}
}  // namespace

vectors::Provenance LdpcVectorGenerator::generate(const std::map<std::string, std::string>& m, std::uint64_t seed,
                                                  int count, const std::string& path) const {
  static const std::set<std::string> kKeys = {"op", "bg", "zc", "k_prime", "n_filler", "e", "qm", "rv", "n_cb",
                                              "crc", "snr_db", "llr", "iter_max", "early_stop", "harq_in_rvs",
                                              "harq_out"};
  for (const auto& [k, v] : m)
    if (!kKeys.count(k))
      throw InvalidParameter(k, v, "one of op, bg, zc, k_prime, n_filler, e, qm, rv, n_cb, crc, snr_db, llr, "
                                   "iter_max, early_stop, harq_in_rvs, harq_out");
  require(count == 1, "count", count, "1 (a test-bbdev file holds one op)");
  const std::string op = m.count("op") ? m.at("op") : "dec";
  if (op != "enc" && op != "dec") throw InvalidParameter("op", op, "enc or dec");
  for (const char* key : {"harq_in_rvs", "harq_out"})
    if (op == "enc" && m.count(key)) throw InvalidParameter(key, m.at(key), "absent for op = enc (HARQ is a decode option)");
  const std::string crc = m.count("crc") ? m.at("crc") : "none";
  if (crc != "none" && crc != "24b") throw InvalidParameter("crc", crc, "none or 24b");

  CodeConfig c;
  c.bg = get_int(m, "bg", 1);
  c.zc = get_int(m, "zc", std::nullopt);
  const int k = base_graph_shape(c.bg).info_cols * c.zc;
  require(!(m.count("k_prime") && m.count("n_filler")), "n_filler", get_int(m, "n_filler", 0), "absent when k_prime is given");
  c.k_prime = m.count("n_filler") ? k - get_int(m, "n_filler", 0) : get_int(m, "k_prime", k);
  c.e = get_int(m, "e", std::nullopt);
  c.qm = get_int(m, "qm", 2);
  c.rv = get_int(m, "rv", 0);
  c.n_cb = get_int(m, "n_cb", 0);
  const CodeParams p = derive_code_params(c);

  vectors::LdpcVector v;
  v.op = op == "enc" ? vectors::LdpcOpType::Encode : vectors::LdpcOpType::Decode;
  v.basegraph = p.bg;
  v.z_c = p.zc;
  v.n_cb = p.n_cb;
  v.q_m = p.qm;
  v.n_filler = p.n_filler;
  v.e = p.e;
  v.rv_index = p.rv;
  v.code_block_mode = 1;

  Rng rng(seed);
  const int payload = p.k_prime - (crc == "24b" ? 24 : 0);
  Bits info = random_bits(rng, static_cast<std::size_t>(payload));
  if (crc == "24b") crc_attach(CrcType::Crc24B, info);
  auto encoder = make_ldpc_encoder("golden");
  const Bits f = rate_match(p, encoder->encode(p, info));
  auto params = m;
  params["op"] = op;
  if (v.op == vectors::LdpcOpType::Encode) {
    v.op_flags = {"RTE_BBDEV_LDPC_RATE_MATCH"};
    if (crc == "24b") v.op_flags.push_back("RTE_BBDEV_LDPC_CRC_24B_ATTACH");
    v.input = {pack_bits(Bits(info.begin(), info.begin() + payload))};
    v.output = {pack_bits(f)};
  } else {
    // Channel LLRs as file bytes (1 fractional bit, llrs_from_vector), for any rv of this block.
    auto channel = [&](const Bits& bits) {
      std::vector<double> llr;
      if (m.count("snr_db")) {
        llr = awgn_llrs(bits, modulation_from_qm(p.qm), get_real(m, "snr_db", "a number (Es/N0 in dB)"), rng);
      } else {
        const double mag = m.count("llr") ? get_real(m, "llr", "a positive number (LLR magnitude)") : 16.0;
        require(mag > 0, "llr", static_cast<std::int64_t>(mag), "a positive number (LLR magnitude)");
        llr = perfect_llrs(bits, mag);
      }
      Bytes bytes(llr.size());
      for (std::size_t i = 0; i < llr.size(); ++i) bytes[i] = vector_byte_from_real(llr[i]);
      return bytes;
    };
    // HARQ input: the soft buffer of earlier transmissions of the same block (harq_in_rvs, in
    // order, each with its own noise), as the device left it in its HARQ output.
    std::vector<int> earlier;
    if (m.count("harq_in_rvs")) {
      const std::string& list = m.at("harq_in_rvs");
      for (std::size_t at = 0; at <= list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        earlier.push_back(get_int({{"harq_in_rvs", list.substr(at, comma - at)}}, "harq_in_rvs", std::nullopt));
        require_range("harq_in_rvs", earlier.back(), 0, 3);
        at = comma + 1;
      }
    }
    const bool harq_out = get_int(m, "harq_out", 0) != 0;
    SoftBuffer buf = make_soft_buffer(p);
    if (!earlier.empty()) {
      for (int rv : earlier) {
        CodeConfig ce = c;
        ce.rv = rv;
        const CodeParams pe = derive_code_params(ce);
        rate_dematch(pe, llrs_from_vector(channel(rate_match(pe, encoder->encode(pe, info)))), buf);
      }
      const Bytes harq_in = vector_bytes_from_llrs(llrs_from_bytes(store_harq(p, buf)));
      v.harq_input = {harq_in};
      v.op_flags.push_back("RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE");
      // The device starts from what test-bbdev hands it: the file bytes scaled back.
      buf = make_soft_buffer(p);
      const Bytes device = [&] {
        const std::vector<std::int16_t> llr = llrs_from_vector(harq_in);
        Bytes b(llr.size());
        for (std::size_t i = 0; i < b.size(); ++i) b[i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(llr[i]));
        return b;
      }();
      load_harq(p, device.data(), device.size(), buf);
    }
    const Bytes in = channel(f);
    v.input = {in};
    v.iter_max = get_int(m, "iter_max", 20);
    if (get_int(m, "early_stop", 1)) v.op_flags.push_back("RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE");
    if (crc == "24b") {
      v.op_flags.push_back("RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK");
      v.op_flags.push_back("RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP");
    }
    // Expected outputs: what the golden model returns, status and HARQ buffer included.
    rate_dematch(p, llrs_from_vector(in), buf);
    if (harq_out) {
      v.op_flags.push_back("RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE");
      v.harq_output = {vector_bytes_from_llrs(llrs_from_bytes(store_harq(p, buf)))};
    }
    const DecoderResult r = make_ldpc_decoder("golden")->decode(p, decoder_config_from_vector(v), buf);
    v.output = {pack_bits(r.hard)};
    v.expected_status = r.status.name();
    v.expected_iter_count = r.iterations;
  }
  const vectors::Provenance prov = vectors::make_provenance("bbkit vectors ldpc", seed, params);
  v.comments = prov.to_comments();
  v.save(path);
  return prov;
}

}  // namespace bbkit::ldpc
