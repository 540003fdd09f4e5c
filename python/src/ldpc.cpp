// SPDX-License-Identifier: Apache-2.0
// bbkit.ldpc: the LDPC golden model with numpy arrays (bits uint8 0/1, fixed-point LLRs int16
// in the channel format, real LLRs float64; positive LLR = bit 0).
#include <pybind11/stl.h>

#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/ldpc/bp_decoder.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/segmentation.h"
#include "bbkit/ldpc/tables.h"
#include "bindings.h"

namespace bbkit::python {

namespace {
using LlrArray = py::array_t<std::int16_t, py::array::c_style | py::array::forcecast>;
using RealArray = py::array_t<double, py::array::c_style | py::array::forcecast>;

template <typename T, typename A>
std::vector<T> to_vector(const A& a, const char* what) {
  if (a.ndim() != 1) throw InvalidParameter(std::string(what) + " dimensions", std::to_string(a.ndim()), "1");
  return std::vector<T>(a.data(), a.data() + a.size());
}
template <typename T>
py::array_t<T> to_array(const std::vector<T>& v) {
  return py::array_t<T>(std::vector<py::ssize_t>{static_cast<py::ssize_t>(v.size())}, v.data());
}

ldpc::DecoderConfig decoder_config(int max_iterations, bool early_stop, const std::string& crc, bool crc_early_stop,
                                   bool drop_crc, int layers, bool soft_output) {
  ldpc::DecoderConfig c;
  c.max_iterations = max_iterations;
  c.early_stop = early_stop;
  if (!crc.empty() && crc != "none") c.crc = crc_type_from_name(crc);
  c.crc_early_stop = crc_early_stop;
  c.drop_crc = drop_crc;
  c.layers = layers;
  c.soft_output = soft_output;
  return c;
}

py::dict result_dict(const ldpc::DecoderResult& r) {
  py::dict d;
  d["hard"] = from_bytes(r.hard);
  d["iterations"] = r.iterations;
  d["status"] = r.status.name();
  d["syndrome_ok"] = !r.status.syndrome_error;
  if (r.crc_checked) d["crc_ok"] = !r.status.crc_error;
  if (!r.soft.empty()) d["soft"] = to_array(r.soft);
  return d;
}
}  // namespace

void bind_ldpc(py::module_& parent) {
  py::module_ m = parent.def_submodule("ldpc", "TS 38.212 LDPC: segmentation, encoder, rate (de)matching, decoders");

  py::class_<ldpc::CodeParams>(m, "CodeParams", "Parameters of one code block (derived and validated)")
      .def_readonly("bg", &ldpc::CodeParams::bg)
      .def_readonly("zc", &ldpc::CodeParams::zc)
      .def_readonly("k", &ldpc::CodeParams::k)
      .def_readonly("k_prime", &ldpc::CodeParams::k_prime)
      .def_readonly("n_filler", &ldpc::CodeParams::n_filler)
      .def_readonly("n", &ldpc::CodeParams::n)
      .def_readonly("n_cb", &ldpc::CodeParams::n_cb)
      .def_readonly("e", &ldpc::CodeParams::e)
      .def_readonly("qm", &ldpc::CodeParams::qm)
      .def_readonly("rv", &ldpc::CodeParams::rv)
      .def_readonly("k0", &ldpc::CodeParams::k0)
      .def_property_readonly("layers", &ldpc::CodeParams::layers)
      .def("__repr__", [](const ldpc::CodeParams& p) { return "CodeParams(" + p.to_string() + ")"; });

  m.def("code_params",
        [](int bg, int zc, int k_prime, int e, int qm, int rv, int n_cb, std::int64_t lbrm_tbs, int lbrm_c) {
          ldpc::CodeConfig c{bg, zc, k_prime, e, qm, rv, n_cb, lbrm_tbs, lbrm_c};
          return ldpc::derive_code_params(c);
        },
        py::arg("bg"), py::arg("zc"), py::arg("k_prime"), py::arg("e"), py::arg("qm") = 2, py::arg("rv") = 0,
        py::arg("n_cb") = 0, py::arg("lbrm_tbs") = 0, py::arg("lbrm_c") = 1,
        "Validated code-block parameters; raises ValueError naming a bad parameter");
  m.def("lifting_sizes", [] { const auto& z = ldpc::lifting_sizes(); return std::vector<int>(z.begin(), z.end()); },
        "The 51 lifting sizes of Table 5.3.2-1");
  m.def("select_base_graph", &ldpc::select_base_graph, py::arg("a"), py::arg("rate"), "Base graph for A bits at rate R");
  m.def("plan_segmentation",
        [](int a, int bg) {
          const auto p = ldpc::plan_segmentation(a, bg);
          py::dict d;
          d["a"] = p.a;
          d["b"] = p.b;
          d["tb_crc"] = crc_spec(p.tb_crc).name;
          d["bg"] = p.bg;
          d["c"] = p.c;
          d["k_prime"] = p.k_prime;
          d["zc"] = p.zc;
          d["k"] = p.k;
          d["n_filler"] = p.n_filler;
          d["cb_crc"] = p.cb_crc;
          return d;
        },
        py::arg("a"), py::arg("bg"), "Code-block segmentation plan (38.212 5.2.2) as a dict");
  m.def("segment",
        [](int a, int bg, const BitArray& b) {
          std::vector<BitArray> out;
          for (const Bits& blk : ldpc::segment(ldpc::plan_segmentation(a, bg), to_bits(b, "b"))) out.push_back(from_bytes(blk));
          return out;
        },
        py::arg("a"), py::arg("bg"), py::arg("b"), "The B bits (A + TB CRC) cut into C code blocks of K' bits");
  m.def("encode",
        [](const ldpc::CodeParams& p, const BitArray& info, const std::string& impl) {
          return from_bytes(ldpc::make_ldpc_encoder(impl)->encode(p, to_bits(info, "info")));
        },
        py::arg("params"), py::arg("info"), py::arg("impl") = "golden",
        "K' bits -> d, the N encoded bits after puncturing 2 Zc (fillers are 0)");
  m.def("rate_match", [](const ldpc::CodeParams& p, const BitArray& d) { return from_bytes(ldpc::rate_match(p, to_bits(d, "d"))); },
        py::arg("params"), py::arg("d"), "d (N bits) -> the E rate-matched, interleaved bits");
  m.def("quantize_llr",
        [](const RealArray& llr) {
          std::vector<std::int16_t> q(static_cast<std::size_t>(llr.size()));
          for (std::size_t i = 0; i < q.size(); ++i)
            q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(llr.data()[i]));
          return to_array(q);
        },
        py::arg("llr"), "Real LLRs -> the 8-bit channel format (x4, round, saturate to +-127)");
  m.def("rate_dematch",
        [](const ldpc::CodeParams& p, const LlrArray& llr, std::optional<LlrArray> buffer) {
          ldpc::SoftBuffer b = buffer ? to_vector<std::int16_t>(*buffer, "buffer") : ldpc::make_soft_buffer(p);
          ldpc::rate_dematch(p, to_vector<std::int16_t>(llr, "llr"), b);
          return to_array(b);
        },
        py::arg("params"), py::arg("llr"), py::arg("buffer") = py::none(),
        "E channel LLRs -> the Ncb soft buffer; pass a previous buffer to HARQ-combine into it");
  m.def("decode",
        [](const ldpc::CodeParams& p, const LlrArray& buffer, int max_iterations, bool early_stop, const std::string& crc,
           bool crc_early_stop, bool drop_crc, int layers, bool soft_output, const std::string& impl) {
          auto dec = ldpc::make_ldpc_decoder(impl);
          return result_dict(dec->decode(p, decoder_config(max_iterations, early_stop, crc, crc_early_stop, drop_crc, layers, soft_output),
                                         to_vector<std::int16_t>(buffer, "buffer")));
        },
        py::arg("params"), py::arg("buffer"), py::arg("max_iterations") = 20, py::arg("early_stop") = true,
        py::arg("crc") = "none", py::arg("crc_early_stop") = false, py::arg("drop_crc") = false, py::arg("layers") = 0,
        py::arg("soft_output") = false, py::arg("impl") = "golden",
        "Fixed-point layered decode (box-plus check node) of an Ncb soft buffer -> dict(hard, iterations, status, ...)");
  m.def("decode_float",
        [](const ldpc::CodeParams& p, const RealArray& llr, int max_iterations, bool early_stop, const std::string& crc) {
          std::vector<double> b = ldpc::make_soft_buffer_float(p);
          ldpc::rate_dematch_float(p, to_vector<double>(llr, "llr"), b);
          ldpc::FloatBpDecoder dec;
          return result_dict(dec.decode(p, decoder_config(max_iterations, early_stop, crc, false, false, 0, false), b));
        },
        py::arg("params"), py::arg("llr"), py::arg("max_iterations") = 20, py::arg("early_stop") = true,
        py::arg("crc") = "none", "Float sum-product reference: E real LLRs (rate-dematched inside) -> dict");
}

}  // namespace bbkit::python
