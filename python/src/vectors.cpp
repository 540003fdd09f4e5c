// SPDX-License-Identifier: Apache-2.0
#include <pybind11/stl.h>

#include "bbkit/vectors/ldpc_vector.h"
#include "bindings.h"

namespace bbkit::python {

void bind_vectors(py::module_& m) {
  using vectors::LdpcVector;
  py::enum_<vectors::LdpcOpType>(m, "LdpcOpType")
      .value("ENCODE", vectors::LdpcOpType::Encode)
      .value("DECODE", vectors::LdpcOpType::Decode);
  auto seg = [](std::vector<Bytes> LdpcVector::*member) {
    return [member](const LdpcVector& v) {
      py::list out;
      for (const auto& s : v.*member) out.append(from_bytes(s));
      return out;
    };
  };
  py::class_<LdpcVector>(m, "LdpcVector", "A DPDK test-bbdev LDPC vector file")
      .def(py::init<>())
      .def_static("load", &LdpcVector::load, py::arg("path"))
      .def("save", &LdpcVector::save, py::arg("path"))
      .def_readwrite("op", &LdpcVector::op)
      .def_readwrite("basegraph", &LdpcVector::basegraph)
      .def_readwrite("z_c", &LdpcVector::z_c)
      .def_readwrite("n_cb", &LdpcVector::n_cb)
      .def_readwrite("q_m", &LdpcVector::q_m)
      .def_readwrite("n_filler", &LdpcVector::n_filler)
      .def_readwrite("e", &LdpcVector::e)
      .def_readwrite("rv_index", &LdpcVector::rv_index)
      .def_readwrite("iter_max", &LdpcVector::iter_max)
      .def_readwrite("expected_iter_count", &LdpcVector::expected_iter_count)
      .def_readwrite("op_flags", &LdpcVector::op_flags)
      .def_readwrite("expected_status", &LdpcVector::expected_status)
      .def_property_readonly("input", seg(&LdpcVector::input), "input segments as uint8 arrays")
      .def_property_readonly("output", seg(&LdpcVector::output), "reference output segments as uint8 arrays")
      .def("set_input", [](LdpcVector& v, std::size_t i, const BitArray& a) {
            if (v.input.size() <= i) v.input.resize(i + 1);
            v.input[i].assign(a.data(), a.data() + a.size());
          })
      .def("set_output", [](LdpcVector& v, std::size_t i, const BitArray& a) {
            if (v.output.size() <= i) v.output.resize(i + 1);
            v.output[i].assign(a.data(), a.data() + a.size());
          })
      .def("has_flag", &LdpcVector::has_flag);
}

}  // namespace bbkit::python
