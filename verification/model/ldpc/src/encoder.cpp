// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/encoder.h"
#include "implementation_registry.h"

#include <cstring>

#include "bbkit/common/error.h"
#include "bbkit/ldpc/lifted_graph.h"

namespace bbkit::ldpc {

namespace {

// acc[z] ^= src[(z + shift) mod Zc]: one block of H times one column of c.
void xor_shifted(std::uint8_t* acc, const std::uint8_t* src, int shift, int zc) {
  const int head = zc - shift;
  for (int z = 0; z < head; ++z) acc[z] ^= src[z + shift];
  for (int z = head; z < zc; ++z) acc[z] ^= src[z - head];
}

// dst[(z + shift) mod Zc] = v[z]: solve one block for its column.
void place_shifted(std::uint8_t* dst, const std::uint8_t* v, int shift, int zc) {
  for (int z = 0; z < zc; ++z) {
    int idx = z + shift;
    if (idx >= zc) idx -= zc;
    dst[idx] = v[z];
  }
}

class GoldenEncoder final : public LdpcEncoder {
 public:
  Bits encode(const CodeParams& params, const Bits& info) const override {
    Bits c = encode_full_codeword(params, info);
    return Bits(c.begin() + 2 * params.zc, c.begin() + 2 * params.zc + params.n);
  }
  std::string name() const override { return "golden"; }
};

}  // namespace

Bits encode_full_codeword(const CodeParams& params, const Bits& info) {
  require(static_cast<int>(info.size()) == params.k_prime, "K'", static_cast<std::int64_t>(info.size()),
          "info length " + std::to_string(params.k_prime) + " (K' of the code parameters)");
  const LiftedGraph& g = lifted_graph(params.bg, params.zc);
  const int zc = g.zc;
  const int kb = g.info_cols;
  Bits c(static_cast<std::size_t>(g.cols) * static_cast<std::size_t>(zc), 0);
  std::memcpy(c.data(), info.data(), info.size());  // fillers K'..K-1 stay 0
  auto col = [&](int j) { return c.data() + static_cast<std::ptrdiff_t>(j) * zc; };
  auto row_edges = [&](int r) {
    return std::make_pair(g.edges.data() + g.row_start[static_cast<std::size_t>(r)],
                          g.edges.data() + g.row_start[r + 1u]);
  };

  // Core rows 0..3: lambda_r = information part of each row.
  std::vector<std::uint8_t> lambda(4u * static_cast<std::size_t>(zc), 0);
  for (int r = 0; r < 4; ++r)
    for (auto [e, end] = row_edges(r); e != end; ++e)
      if (e->col < kb) xor_shifted(&lambda[static_cast<std::size_t>(r * zc)], col(e->col), e->shift, zc);

  // Summing the four core rows cancels parity columns kb+1..kb+3 (each appears twice with shift
  // 0) and the equal shifts of column kb, leaving one shift s: P^s p0 = sum of lambda.
  int shift_count[4] = {-1, -1, -1, -1};  // distinct shifts of column kb in rows 0..3
  int multiplicity[4] = {0, 0, 0, 0};
  for (int r = 0; r < 4; ++r)
    for (auto [e, end] = row_edges(r); e != end; ++e)
      if (e->col == kb)
        for (int i = 0; i < 4; ++i)
          if (shift_count[i] == e->shift || shift_count[i] < 0) {
            shift_count[i] = e->shift;
            ++multiplicity[i];
            break;
          }
  int s = -1;
  for (int i = 0; i < 4; ++i)
    if (multiplicity[i] % 2 == 1) s = shift_count[i];
  std::vector<std::uint8_t> sum(static_cast<std::size_t>(zc), 0);
  for (int r = 0; r < 4; ++r)
    for (int z = 0; z < zc; ++z) sum[static_cast<std::size_t>(z)] ^= lambda[static_cast<std::size_t>(r * zc + z)];
  place_shifted(col(kb), sum.data(), s, zc);

  // The rest of the core: each row in turn has one unknown parity column left.
  bool known[4] = {true, false, false, false};
  for (int pass = 0; pass < 4; ++pass)
    for (int r = 0; r < 4; ++r) {
      const LiftedEdge* unknown = nullptr;
      int n_unknown = 0;
      for (auto [e, end] = row_edges(r); e != end; ++e)
        if (e->col >= kb && e->col < kb + 4 && !known[e->col - kb]) {
          unknown = e;
          ++n_unknown;
        }
      if (n_unknown != 1) continue;
      std::vector<std::uint8_t> acc(lambda.begin() + r * zc, lambda.begin() + (r + 1) * zc);
      for (auto [e, end] = row_edges(r); e != end; ++e)
        if (e->col >= kb && e != unknown) xor_shifted(acc.data(), col(e->col), e->shift, zc);
      place_shifted(col(unknown->col), acc.data(), unknown->shift, zc);
      known[unknown->col - kb] = true;
    }

  // Extension rows: row r >= 4 closes with its own parity column kb + r (degree one).
  std::vector<std::uint8_t> acc(static_cast<std::size_t>(zc));
  for (int r = 4; r < g.rows; ++r) {
    std::fill(acc.begin(), acc.end(), 0);
    const LiftedEdge* own = nullptr;
    for (auto [e, end] = row_edges(r); e != end; ++e) {
      if (e->col == kb + r) {
        own = e;
      } else {
        xor_shifted(acc.data(), col(e->col), e->shift, zc);
      }
    }
    place_shifted(col(own->col), acc.data(), own->shift, zc);
  }
  return c;
}

namespace {
std::unique_ptr<LdpcEncoder> make_golden_encoder() { return std::make_unique<GoldenEncoder>(); }

ImplementationRegistry<LdpcEncoder>& encoders() {
  static ImplementationRegistry<LdpcEncoder> registry(make_golden_encoder);
  return registry;
}
}  // namespace

std::unique_ptr<LdpcEncoder> make_ldpc_encoder(const std::string& implementation) {
  return encoders().make(implementation);
}

std::vector<std::string> ldpc_encoder_names() { return encoders().names(); }

bool register_ldpc_encoder(const std::string& name, std::unique_ptr<LdpcEncoder> (*make)()) {
  return encoders().add(name, make);
}

}  // namespace bbkit::ldpc
