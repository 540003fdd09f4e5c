// SPDX-License-Identifier: Apache-2.0
// Python bindings of the polar golden model: per-channel encoders and decoders on numpy arrays
// (bits as uint8 0/1, LLRs as float64 with positive meaning bit 0), plus the code parameters.
#include <pybind11/stl.h>

#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/polar/decoder.h"
#include "bbkit/polar/encoder.h"
#include "bindings.h"

namespace bbkit::python {
namespace {

using LlrArray = py::array_t<double, py::array::c_style | py::array::forcecast>;

std::vector<double> to_llrs(const LlrArray& a) {
  if (a.ndim() != 1) throw InvalidParameter("llrs dimensions", std::to_string(a.ndim()), "1");
  return std::vector<double>(a.data(), a.data() + a.size());
}

polar::PolarConfig make_config(const std::string& channel, int a, int e, int aggregation_level, int rnti) {
  require_range("rnti", rnti, 0, 0xFFFF);
  return polar::PolarConfig{polar::channel_from_name(channel), a, e, aggregation_level, static_cast<std::uint16_t>(rnti)};
}

BitArray encode(const polar::PolarConfig& c, const BitArray& payload) {
  return from_bytes(polar::make_polar_encoder("golden")->process(c, to_bits(payload, "payload")));
}

// "fixed": the bit-exact model (LLRs quantized to fxp::PolarLlr); "float": the same min-sum
// algorithm unquantized; "exact": the exact-LLR float SCL.
py::tuple decode(const polar::PolarConfig& c, const LlrArray& llrs, int list_size, const std::string& arithmetic) {
  if (arithmetic != "fixed" && arithmetic != "float" && arithmetic != "exact")
    throw InvalidParameter("arithmetic", arithmetic, "fixed, float or exact");
  const std::vector<double> l = to_llrs(llrs);
  polar::DecodeResult r;
  {
    py::gil_scoped_release release;
    if (arithmetic == "fixed") {
      r = polar::make_polar_decoder("golden")->process(c, polar::DecoderConfig{list_size}, polar::quantize_llrs(l));
    } else {
      const auto kernel = arithmetic == "exact" ? polar::FloatKernel::Exact : polar::FloatKernel::MinSum;
      r = polar::FloatSclDecoder(kernel).process(c, polar::DecoderConfig{list_size}, l);
    }
  }
  return py::make_tuple(from_bytes(r.payload), r.crc_ok);
}

}  // namespace

void bind_polar(py::module_& m) {
  auto p = m.def_submodule("polar", "TS 38.212 polar coding: PBCH, DCI and UCI encoders and CA-SCL decoders. "
                                    "Decoders return (payload, crc_ok); arithmetic is 'fixed' (bit-exact), 'float' (min-sum) or 'exact'.");
  p.def("encode", [](const std::string& channel, const BitArray& payload, int e, int aggregation_level, int rnti) {
        return encode(make_config(channel, static_cast<int>(payload.size()), e, aggregation_level, rnti), payload);
      },
      py::arg("channel"), py::arg("payload"), py::arg("e") = 0, py::arg("aggregation_level") = 1, py::arg("rnti") = 0,
      "Encode A = len(payload) bits for channel 'pbch', 'dci' or 'uci' into the transmitted bits");
  p.def("decode", [](const std::string& channel, const LlrArray& llrs, int a, int e, int aggregation_level, int rnti,
                     int list_size, const std::string& arithmetic) {
        return decode(make_config(channel, a, e, aggregation_level, rnti), llrs, list_size, arithmetic);
      },
      py::arg("channel"), py::arg("llrs"), py::arg("a"), py::arg("e") = 0, py::arg("aggregation_level") = 1,
      py::arg("rnti") = 0, py::arg("list_size") = 8, py::arg("arithmetic") = "fixed",
      "CA-SCL decode of the channel's coded LLRs; returns (payload, crc_ok)");

  p.def("pbch_encode", [](const BitArray& payload) { return encode(make_config("pbch", 32, 0, 1, 0), payload); },
        py::arg("payload"), "PBCH: 32 payload bits -> 864 coded bits (CRC24C, K=56, N=512)");
  p.def("pbch_decode", [](const LlrArray& llrs, int list_size, const std::string& arithmetic) {
        return decode(make_config("pbch", 32, 0, 1, 0), llrs, list_size, arithmetic);
      },
      py::arg("llrs"), py::arg("list_size") = 8, py::arg("arithmetic") = "fixed", "PBCH: 864 LLRs -> (32 bits, crc_ok)");
  p.def("dci_encode", [](const BitArray& payload, int aggregation_level, int rnti) {
        return encode(make_config("dci", static_cast<int>(payload.size()), 0, aggregation_level, rnti), payload);
      },
      py::arg("payload"), py::arg("aggregation_level"), py::arg("rnti"),
      "DCI: A payload bits -> 108 x aggregation_level coded bits, CRC24C masked by the RNTI");
  p.def("dci_decode", [](const LlrArray& llrs, int a, int aggregation_level, int rnti, int list_size, const std::string& arithmetic) {
        return decode(make_config("dci", a, 0, aggregation_level, rnti), llrs, list_size, arithmetic);
      },
      py::arg("llrs"), py::arg("a"), py::arg("aggregation_level"), py::arg("rnti"), py::arg("list_size") = 8,
      py::arg("arithmetic") = "fixed", "DCI: LLRs -> (A bits, crc_ok); crc_ok only for the right RNTI");
  p.def("uci_encode", [](const BitArray& payload, int e) {
        return encode(make_config("uci", static_cast<int>(payload.size()), e, 1, 0), payload);
      },
      py::arg("payload"), py::arg("e"), "UCI: A payload bits (12..1706) -> E coded bits (two segments when 38.212 says so)");
  p.def("uci_decode", [](const LlrArray& llrs, int a, int e, int list_size, const std::string& arithmetic) {
        return decode(make_config("uci", a, e, 1, 0), llrs, list_size, arithmetic);
      },
      py::arg("llrs"), py::arg("a"), py::arg("e"), py::arg("list_size") = 8, py::arg("arithmetic") = "fixed",
      "UCI: LLRs -> (A bits, crc_ok)");
  p.def("code_parameters", [](const std::string& channel, int a, int e, int aggregation_level) {
        const polar::ChannelPlan plan = polar::make_plan(make_config(channel, a, e, aggregation_level, 0));
        const polar::PolarCode& b = plan.blocks[0];
        py::dict d;
        d["crc"] = crc_spec(plan.crc).name;
        d["segments"] = plan.segments;
        d["K"] = b.params.k;
        d["E"] = b.params.e;
        d["N"] = b.big_n;
        d["n_pc"] = b.params.n_pc;
        d["n_pc_wm"] = b.params.n_pc_wm;
        d["rate_matching"] = polar::rate_matching_name(b.rate_matching);
        d["coded_bits"] = plan.output_bits;
        d["info_positions"] = b.info_positions;
        d["pc_positions"] = b.pc_positions;
        return d;
      },
      py::arg("channel"), py::arg("a"), py::arg("e") = 0, py::arg("aggregation_level") = 1,
      "The 38.212 code parameters of one code block of the configuration");
}

}  // namespace bbkit::python
