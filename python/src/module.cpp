// SPDX-License-Identifier: Apache-2.0
// The compiled half of the `bbkit` Python package. Each family binds itself in a file of its
// own (common.cpp, vectors.cpp, ...) and is called from here.
#include <pybind11/pybind11.h>

#include "bbkit/common/error.h"
#include "bbkit/git_hash.h"
#include "bbkit/version.h"
#include "bindings.h"

namespace py = pybind11;

PYBIND11_MODULE(_bbkit, m) {
  m.doc() = "bbkit: bit-exact 5G NR baseband models";
  m.attr("__version__") = BBKIT_VERSION_STRING;
  m.attr("git_hash") = BBKIT_GIT_HASH;
  // bbkit's own errors arrive in Python as ValueError (bad parameter) and IOError-like
  // ParseError, each carrying the C++ message that names the parameter or file/line/key.
  py::register_exception<bbkit::InvalidParameter>(m, "InvalidParameter", PyExc_ValueError);
  py::register_exception<bbkit::ParseError>(m, "ParseError", PyExc_ValueError);
  bbkit::python::bind_common(m);
  bbkit::python::bind_vectors(m);
  bbkit::python::bind_ldpc(m);
  bbkit::python::bind_bf(m);
  bbkit::python::bind_polar(m);
}
