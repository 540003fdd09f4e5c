// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include "bbkit/common/bits.h"

namespace bbkit::python {

namespace py = pybind11;
using BitArray = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>;

/// A 1-D uint8 numpy array as bits; throws ValueError naming `what` on any value other than 0/1.
Bits to_bits(const BitArray& a, const char* what);
BitArray from_bytes(const std::vector<std::uint8_t>& v);

void bind_common(py::module_& m);
void bind_vectors(py::module_& m);
void bind_ldpc(py::module_& m);

}  // namespace bbkit::python
