// SPDX-License-Identifier: Apache-2.0
// How a bbkit kernel looks to XRT and Vitis: its arguments (name, index, register offset,
// size, type, port) and AXI4 master ports. The tables themselves are generated from the
// register map (bbkit/card/generated/kernels.h, from rtl/regs/*.rdl); these are their types.
#pragma once

#include <cstddef>
#include <cstdint>

namespace bbkit::card {

/// One Vitis kernel argument: a register of the control space that the host sets per run.
struct KernelArg {
  const char* name;     ///< argument name as XRT shows it (lower-case register name)
  unsigned index;       ///< argument index (xrt::kernel::set_arg / run(args...) order)
  std::uint32_t offset; ///< byte offset in the AXI4-Lite control space
  std::uint32_t size;   ///< bytes: 8 for a buffer address, 4 for a 32-bit scalar
  const char* type;     ///< C type: "uint64_t*" for buffers, "uint" for scalars
  const char* port;     ///< AXI4 master port for buffers, the control port for scalars
};

/// One RTL kernel of the kit.
struct KernelDesc {
  const char* name;          ///< kernel (and RTL top module) name
  const char* vlnv;          ///< IP-XACT vendor:library:name:version of the packaged kernel
  unsigned kernel_id;        ///< value of the identity block's KERNEL.id
  unsigned m_axi_width;      ///< data width of the AXI4 master ports, bits
  const KernelArg* args;     ///< in index order
  std::size_t num_args;
  const char* const* ports;  ///< AXI4 master ports, in first-use order
  std::size_t num_ports;
};

/// True if the argument is a buffer (a device address; XRT passes an xrt::bo), false for a
/// scalar. Vitis marks buffers with a pointer type.
constexpr bool is_buffer(const KernelArg& arg) {
  std::size_t n = 0;
  while (arg.type[n] != '\0') ++n;
  return n > 0 && arg.type[n - 1] == '*';
}

}  // namespace bbkit::card
