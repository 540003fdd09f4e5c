// SPDX-License-Identifier: Apache-2.0
// `bbkit demo`: every chain the kit has pushes blocks through encode -> AWGN -> decode on the
// default (no-hardware) device and adds a row to one table. A model family adds its chain as a
// function in demo_<family>.cpp and one entry in demo_chains().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bbkit::cli {

struct DemoOptions {
  int blocks = 200;
  std::uint64_t seed = 1;
  std::string device = "cpu";
};

struct DemoRow {
  std::string chain;          // e.g. "LDPC BG1"
  std::string configuration;  // code parameters in a few words
  double snr_db = 0;          // Es/N0 of the AWGN channel
  int blocks = 0;
  int block_errors = 0;
  double info_bits = 0;       // information bits per block
  double seconds = 0;         // wall time of encode + channel + decode for all blocks
};

using DemoChain = std::vector<DemoRow> (*)(const DemoOptions&);

/// Uncoded CRC24A-protected blocks over BPSK/AWGN: shows the channel and CRC detection.
std::vector<DemoRow> demo_uncoded(const DemoOptions& options);

/// LDPC BG1/BG2 code blocks through the golden fixed-point chain (demo_ldpc.cpp).
std::vector<DemoRow> demo_ldpc(const DemoOptions& options);

/// All chains, in table order.
const std::vector<DemoChain>& demo_chains();

}  // namespace bbkit::cli
