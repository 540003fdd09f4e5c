// SPDX-License-Identifier: Apache-2.0
#include <pybind11/stl.h>

#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bindings.h"

namespace bbkit::python {

Bits to_bits(const BitArray& a, const char* what) {
  if (a.ndim() != 1) throw InvalidParameter(std::string(what) + " dimensions", std::to_string(a.ndim()), "1");
  Bits b(a.data(), a.data() + a.size());
  for (std::size_t i = 0; i < b.size(); ++i)
    if (b[i] > 1) throw InvalidParameter(std::string(what) + "[" + std::to_string(i) + "]", std::to_string(b[i]), "0 or 1");
  return b;
}

BitArray from_bytes(const std::vector<std::uint8_t>& v) {
  // The pointer constructor copies: the array owns its data after v goes away.
  return BitArray(std::vector<py::ssize_t>{static_cast<py::ssize_t>(v.size())}, v.data());
}

void bind_common(py::module_& m) {
  m.def("crc", [](const BitArray& bits, const std::string& type) {
        return crc_bits(crc_type_from_name(type), to_bits(bits, "bits"));
      },
      py::arg("bits"), py::arg("type"), "CRC remainder (38.212 5.1) of a 0/1 uint8 array; type crc6..crc24c");
  m.def("crc_attach", [](const BitArray& bits, const std::string& type) {
        Bits b = to_bits(bits, "bits");
        crc_attach(crc_type_from_name(type), b);
        return from_bytes(b);
      },
      py::arg("bits"), py::arg("type"), "The bits followed by their CRC parity bits");
  m.def("crc_check", [](const BitArray& bits, const std::string& type) {
        return crc_check(crc_type_from_name(type), to_bits(bits, "bits"));
      },
      py::arg("bits"), py::arg("type"), "True when the trailing CRC bits match");
  m.def("pack_bits", [](const BitArray& bits) { return from_bytes(pack_bits(to_bits(bits, "bits"))); },
        py::arg("bits"), "Pack 0/1 bits MSB-first into bytes (bbdev order)");
  m.def("unpack_bits", [](const BitArray& bytes, std::size_t n) {
        return from_bytes(unpack_bits(bytes.data(), static_cast<std::size_t>(bytes.size()), n));
      },
      py::arg("data"), py::arg("n"), "The first n bits of MSB-first packed bytes");
}

}  // namespace bbkit::python
