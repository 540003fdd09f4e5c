// SPDX-License-Identifier: Apache-2.0
// Beamforming bindings. Fixed-point data crosses as complex128 arrays holding the raw Q1.15
// integers (real and imaginary parts integers in [-32768, 32767]); bf_to_q15 / bf_from_q15
// convert from and to real values. Shapes follow bbkit/bf/types.h:
//   weights (groups, antennas, layers); a slot (symbols, 12 * prbs, ports); H (layers, antennas).
#include <pybind11/complex.h>
#include <pybind11/stl.h>

#include <cmath>

#include "bbkit/bf/apply.h"
#include "bbkit/bf/bfp.h"
#include "bbkit/bf/channel.h"
#include "bbkit/bf/weights.h"
#include "bbkit/common/error.h"
#include "bindings.h"

namespace bbkit::python {
namespace {

using namespace bbkit::bf;
using ComplexArray = py::array_t<std::complex<double>, py::array::c_style | py::array::forcecast>;
using ByteArray = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>;

void require_ndim(const py::array& a, py::ssize_t n, const char* what) {
  if (a.ndim() != n) throw InvalidParameter(std::string(what) + " dimensions", std::to_string(a.ndim()), std::to_string(n));
}

std::int16_t raw_component(double v, const char* what, py::ssize_t i) {
  if (!(v == std::floor(v) && v >= -32768.0 && v <= 32767.0))
    throw InvalidParameter(std::string(what) + "[" + std::to_string(i) + "]", std::to_string(v),
                           "integers in [-32768, 32767] (raw Q1.15; see bf_to_q15)");
  return static_cast<std::int16_t>(v);
}

std::vector<Iq16> to_iq(const ComplexArray& a, const char* what) {
  std::vector<Iq16> v(static_cast<std::size_t>(a.size()));
  const auto* p = a.data();
  for (py::ssize_t i = 0; i < a.size(); ++i) v[i] = {raw_component(p[i].real(), what, i), raw_component(p[i].imag(), what, i)};
  return v;
}

template <typename T>
ComplexArray to_array(const std::vector<T>& v, std::vector<py::ssize_t> shape) {
  ComplexArray out(shape);
  auto* p = out.mutable_data();
  for (std::size_t i = 0; i < v.size(); ++i) {
    if constexpr (std::is_same_v<T, Iq16>)
      p[i] = {double(v[i].re), double(v[i].im)};
    else
      p[i] = v[i];
  }
  return out;
}

Direction direction_from_name(const std::string& s) {
  if (s == "precode") return Direction::Precode;
  if (s == "combine") return Direction::Combine;
  throw InvalidParameter("direction", "'" + s + "'", "precode or combine");
}

Normalization normalization_from_name(const std::string& s) {
  if (s == "none") return Normalization::None;
  if (s == "frobenius") return Normalization::Frobenius;
  if (s == "per_antenna_max") return Normalization::PerAntennaMax;
  throw InvalidParameter("normalization", "'" + s + "'", "none, frobenius or per_antenna_max");
}

BfpConfig bfp_config(int bits, const std::string& rounding, int block_size) {
  BfpConfig c;
  c.mantissa_bits = bits;
  c.block_size = block_size;
  if (rounding == "half_up")
    c.rounding = BfpRounding::RoundHalfUp;
  else if (rounding == "truncate")
    c.rounding = BfpRounding::Truncate;
  else
    throw InvalidParameter("rounding", "'" + rounding + "'", "half_up or truncate");
  validate(c);
  return c;
}

// The apply configuration from the array shapes: weights (G, A, L), slot (S, 12 P, ports).
ApplyConfig apply_config(const py::array& w, const py::array& x, const std::string& direction, int prb_group, int shift) {
  require_ndim(w, 3, "weights");
  require_ndim(x, 3, "input");
  ApplyConfig c;
  c.direction = direction_from_name(direction);
  c.antennas = static_cast<int>(w.shape(1));
  c.layers = static_cast<int>(w.shape(2));
  c.symbols = static_cast<int>(x.shape(0));
  require(x.shape(1) % kSubcarriersPerPrb == 0, "input subcarriers (axis 1)", x.shape(1), "a multiple of 12");
  c.prbs = static_cast<int>(x.shape(1) / kSubcarriersPerPrb);
  c.prb_group = prb_group;
  c.shift = shift;
  validate(c);
  require(w.shape(0) == c.groups(), "weights groups (axis 0)", w.shape(0),
          "ceil(prbs / prb_group) = " + std::to_string(c.groups()));
  require(x.shape(2) == c.input_ports(), "input ports (axis 2)", x.shape(2),
          std::to_string(c.input_ports()) + (c.direction == Direction::Precode ? " (layers)" : " (antennas)"));
  return c;
}

CMatrix to_matrix(const ComplexArray& h) {
  require_ndim(h, 2, "H");
  CMatrix m(h.shape(0), h.shape(1));
  for (py::ssize_t i = 0; i < h.shape(0); ++i)
    for (py::ssize_t j = 0; j < h.shape(1); ++j) m(i, j) = h.at(i, j);
  return m;
}

ComplexArray from_matrix(const CMatrix& m) {
  ComplexArray out({m.rows(), m.cols()});
  for (long i = 0; i < m.rows(); ++i)
    for (long j = 0; j < m.cols(); ++j) out.mutable_at(i, j) = m(i, j);
  return out;
}

}  // namespace

void bind_bf(py::module_& m) {
  m.def("bf_to_q15", [](const ComplexArray& x) {
        std::vector<Cf64> v(x.data(), x.data() + x.size());
        return to_array(to_iq16(v), std::vector<py::ssize_t>(x.shape(), x.shape() + x.ndim()));
      },
      py::arg("x"), "Real-valued complex array to raw Q1.15 integers (round half away from zero, saturate)");
  m.def("bf_from_q15", [](const ComplexArray& x) {
        const auto v = to_iq(x, "x");
        return to_array(to_complex(v), std::vector<py::ssize_t>(x.shape(), x.shape() + x.ndim()));
      },
      py::arg("x"), "Raw Q1.15 integers to real values (divide by 32768)");
  m.def("bf_apply", [](const ComplexArray& w, const ComplexArray& x, const std::string& direction, int prb_group,
                       int shift, const std::string& impl) {
        const ApplyConfig c = apply_config(w, x, direction, prb_group, shift);
        std::vector<Iq16> y;
        make_bf_apply(impl)->process(c, to_iq(w, "weights"), to_iq(x, "input"), y);
        return to_array(y, {c.symbols, c.prbs * kSubcarriersPerPrb, c.output_ports()});
      },
      py::arg("weights"), py::arg("input"), py::arg("direction") = "precode", py::arg("prb_group") = 1,
      py::arg("shift") = 15, py::arg("impl") = "golden",
      "Fixed-point apply. weights (groups, antennas, layers) and input (symbols, 12*prbs, ports) hold raw Q1.15 "
      "integers; precode: y = W x, combine: x = W^H y; returns raw integers (symbols, 12*prbs, out ports)");
  m.def("bf_apply_float", [](const ComplexArray& w, const ComplexArray& x, const std::string& direction, int prb_group) {
        const ApplyConfig c = apply_config(w, x, direction, prb_group, 15);
        std::vector<Cf64> y;
        apply_float(c, std::vector<Cf64>(w.data(), w.data() + w.size()), std::vector<Cf64>(x.data(), x.data() + x.size()), y);
        return to_array(y, {c.symbols, c.prbs * kSubcarriersPerPrb, c.output_ports()});
      },
      py::arg("weights"), py::arg("input"), py::arg("direction") = "precode", py::arg("prb_group") = 1,
      "Float64 apply (Eigen) with the shapes of bf_apply, no quantization or shift");
  m.def("bf_rzf_weights", [](const ComplexArray& h, double lam, const std::string& normalization, const std::string& impl) {
        return from_matrix(make_weight_calculator(impl)->process({lam, normalization_from_name(normalization)}, to_matrix(h)));
      },
      py::arg("h"), py::arg("lam") = 0.0, py::arg("normalization") = "frobenius", py::arg("impl") = "reference",
      "W = H^H (H H^H + lam I)^-1 for H (layers, antennas); returns W (antennas, layers). normalization: none, "
      "frobenius (||W||_F^2 = layers) or per_antenna_max; impl: reference (float64) or cholesky-f32");
  m.def("bf_rayleigh_channel", [](int layers, int antennas, std::uint64_t seed) {
        Rng rng(seed);
        return from_matrix(rayleigh_channel(layers, antennas, rng));
      },
      py::arg("layers"), py::arg("antennas"), py::arg("seed"), "i.i.d. CN(0,1) channel H (layers, antennas)");
  m.def("bf_correlated_channel", [](int layers, int antennas, double rho, std::uint64_t seed) {
        Rng rng(seed);
        return from_matrix(correlated_channel(layers, antennas, rho, rng));
      },
      py::arg("layers"), py::arg("antennas"), py::arg("rho"), py::arg("seed"),
      "Exponentially correlated (rho^|i-j| at the array, Kronecker) channel H (layers, antennas)");
  m.def("bf_bfp_compress", [](const ComplexArray& x, int bits, const std::string& rounding, int block_size) {
        const BfpConfig c = bfp_config(bits, rounding, block_size);
        const BfpData d = bfp_compress(c, to_iq(x, "samples"));
        return py::make_tuple(from_bytes(d.exponents), to_array(d.mantissas, {static_cast<py::ssize_t>(d.mantissas.size())}));
      },
      py::arg("samples"), py::arg("mantissa_bits"), py::arg("rounding") = "half_up", py::arg("block_size") = 12,
      "O-RAN BFP: raw Q1.15 samples (any shape, flattened; size a multiple of block_size) -> (exponents uint8, "
      "mantissas as complex integers)");
  m.def("bf_bfp_decompress", [](const ByteArray& e, const ComplexArray& mant, int bits, int block_size) {
        const BfpConfig c = bfp_config(bits, "half_up", block_size);
        BfpData d{std::vector<std::uint8_t>(e.data(), e.data() + e.size()), to_iq(mant, "mantissas")};
        const auto y = bfp_decompress(c, d);
        return to_array(y, {static_cast<py::ssize_t>(y.size())});
      },
      py::arg("exponents"), py::arg("mantissas"), py::arg("mantissa_bits"), py::arg("block_size") = 12,
      "Mantissa * 2^exponent, saturated to int16, as complex integers");
  m.def("bf_bfp_pack", [](const ByteArray& e, const ComplexArray& mant, int bits, int block_size) {
        const BfpConfig c = bfp_config(bits, "half_up", block_size);
        return from_bytes(bfp_pack(c, {std::vector<std::uint8_t>(e.data(), e.data() + e.size()), to_iq(mant, "mantissas")}));
      },
      py::arg("exponents"), py::arg("mantissas"), py::arg("mantissa_bits"), py::arg("block_size") = 12,
      "Fronthaul bytes: per block the udCompParam byte (exponent in bits 3..0), then I/Q mantissas MSB first");
  m.def("bf_bfp_unpack", [](const ByteArray& bytes, int bits, int block_size) {
        const BfpConfig c = bfp_config(bits, "half_up", block_size);
        const BfpData d = bfp_unpack(c, Bytes(bytes.data(), bytes.data() + bytes.size()));
        return py::make_tuple(from_bytes(d.exponents), to_array(d.mantissas, {static_cast<py::ssize_t>(d.mantissas.size())}));
      },
      py::arg("data"), py::arg("mantissa_bits"), py::arg("block_size") = 12, "Inverse of bf_bfp_pack");
}

}  // namespace bbkit::python
