// SPDX-License-Identifier: Apache-2.0
// Bench of bbkit_cyclic_shift (Lanes = 384, Width = 10): every lifting size Zc <= 384 of
// 38.212 and every shift 0..Zc-1 against a C++ rotate on random lane data.
#include <cstdio>
#include <vector>

#include "Vbbkit_cyclic_shift.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/sim/harness.h"

int main(int argc, char** argv) {
  constexpr int kLanes = 384, kWidth = 10;
  Verilated::commandArgs(argc, argv);
  VerilatedContext ctx;
  Vbbkit_cyclic_shift dut(&ctx, "dut");
  bbkit::Rng rng(std::stoull(bbkit::sim::arg_value(argc, argv, "seed", "1")));
  std::vector<std::uint32_t> in(kLanes);
  long checked = 0, errors = 0;
  for (int zc : bbkit::ldpc::lifting_sizes()) {
    for (int s = 0; s < zc; ++s) {
      for (int z = 0; z < kLanes; ++z) {
        in[static_cast<std::size_t>(z)] = static_cast<std::uint32_t>(rng() & ((1u << kWidth) - 1));
        bbkit::sim::set_lane(dut.data_i, z, kWidth, in[static_cast<std::size_t>(z)]);
      }
      dut.zc_i = static_cast<std::uint16_t>(zc);
      dut.shift_i = static_cast<std::uint16_t>(s);
      dut.eval();
      for (int z = 0; z < kLanes; ++z) {
        const std::uint32_t want = z < zc ? in[static_cast<std::size_t>((z + s) % zc)] : 0u;
        const std::uint32_t got = bbkit::sim::get_lane(dut.data_o, z, kWidth);
        if (got != want && errors++ < 10)
          std::fprintf(stderr, "Zc=%d shift=%d lane %d: got %u want %u\n", zc, s, z, got, want);
      }
      ++checked;
    }
  }
  dut.final();
  std::printf("cyclic_shift: %ld (Zc, shift) pairs, %ld lane mismatches\n", checked, errors);
  return errors ? 1 : 0;
}
