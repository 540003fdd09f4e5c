// SPDX-License-Identifier: Apache-2.0
// xclbin (AMD/Xilinx "axlf") files for bbkit: a writer that produces an xclbin carrying the
// kit's kernel metadata (IP_LAYOUT, MEM_TOPOLOGY, CONNECTIVITY, EMBEDDED_METADATA) straight
// from the register map, and a reader/validator that checks any xclbin — the kit's own or one
// from Vitis — for structural soundness and for agreement with the register map.
//
// The binary layouts are XRT's own (xrt/xclbin.h from libxrt-dev), never re-declared here.
// The writer's files carry no bitstream: they serve XRT's noop shim and plumbing tests; a card
// needs the xclbin that Vitis links from the RTL (bitstreams/vitis/).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "bbkit/card/kernel_desc.h"

namespace bbkit::xclbin {

/// A malformed or mismatched xclbin. The message names the file, the section and the field
/// (section and field are empty for a file that cannot be read at all).
class XclbinError : public std::runtime_error {
 public:
  XclbinError(const std::string& file, const std::string& section, const std::string& field,
              const std::string& what);
  const std::string& file() const noexcept { return file_; }
  const std::string& section() const noexcept { return section_; }
  const std::string& field() const noexcept { return field_; }

 private:
  std::string file_;
  std::string section_;
  std::string field_;
};

/// One memory bank of MEM_TOPOLOGY.
struct MemBank {
  std::string tag;          ///< e.g. "HBM[0]", "DDR[1]" (at most 15 characters)
  std::uint8_t type = 0;    ///< XRT MEM_TYPE (MEM_DDR4, MEM_HBM, ...)
  std::uint64_t base = 0;   ///< device address
  std::uint64_t size = 0;   ///< bytes (a multiple of 1 KiB)
};

/// One compute unit of a kit kernel in IP_LAYOUT, with the bank each buffer argument uses.
struct ComputeUnit {
  const card::KernelDesc* kernel = nullptr;
  std::string name;                    ///< instance name, e.g. "bbkit_ldpc_dec_1"
  std::uint64_t base = 0;              ///< control-space base address (4 KiB aligned)
  std::vector<int> arg_bank;           ///< per argument index: MemBank index, -1 for scalars
};

/// What the writer puts into an xclbin.
struct XclbinSpec {
  std::string platform_vbnv = "bbkit:noop:plumbing:1.0";
  std::uint64_t timestamp = 0;  ///< seconds since the epoch; 0 keeps the output reproducible
  std::vector<MemBank> banks;
  std::vector<ComputeUnit> cus;
};

/// The kit's default plumbing xclbin: one CU of every kit kernel, two 4 GiB DDR banks
/// (descriptors/completions in bank 0, payload and HARQ in bank 1).
XclbinSpec default_spec();

/// Serializes `spec`; throws InvalidParameter for an inconsistent spec.
std::vector<std::uint8_t> write_xclbin(const XclbinSpec& spec);
void write_xclbin_file(const std::string& path, const XclbinSpec& spec);

/// What the reader found in an xclbin.
struct SectionInfo {
  std::uint32_t kind = 0;
  std::string kind_name;  ///< "IP_LAYOUT", ... or "kind 42"
  std::string name;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};
struct IpInfo {
  std::string name;  ///< "kernel:instance"
  std::uint32_t type = 0;
  std::uint32_t control = 0;  ///< IP_CONTROL (AP_CTRL_HS = 0, ...)
  std::uint64_t base = 0;
};
struct ConnectionInfo {
  int arg_index = 0;
  int ip_index = 0;
  int mem_index = 0;
};
struct XmlArg {
  std::string name;
  unsigned id = 0;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
  std::string type;
  std::string port;
  unsigned address_qualifier = 0;
};
struct XmlKernel {
  std::string name;
  std::uint64_t control_range = 0;  ///< range of the slave (control) port
  std::vector<XmlArg> args;
};
struct XclbinInfo {
  std::string file;
  std::string uuid;  ///< 8-4-4-4-12 hex
  std::string platform_vbnv;
  std::uint16_t version_major = 0, version_minor = 0, version_patch = 0;
  std::uint64_t length = 0;
  std::vector<SectionInfo> sections;
  std::vector<MemBank> banks;  ///< MEM_TOPOLOGY (m_used banks and unused alike)
  std::vector<bool> bank_used;
  std::vector<IpInfo> ips;
  std::vector<ConnectionInfo> connections;
  std::vector<XmlKernel> kernels;  ///< from EMBEDDED_METADATA
};

/// Parses and checks the container: magic, lengths, section bounds, the counts and indices
/// of IP_LAYOUT / MEM_TOPOLOGY / CONNECTIVITY and the EMBEDDED_METADATA XML. `file` names the
/// source in errors. Throws XclbinError.
XclbinInfo read_xclbin(const std::vector<std::uint8_t>& bytes, const std::string& file);
/// Reads the file (missing or unreadable: XclbinError naming it) and parses it.
XclbinInfo read_xclbin_file(const std::string& path);

/// Checks that every kernel in the xclbin is a kit kernel whose arguments (name, index,
/// offset, size, port) are the register map's, that every CU names such a kernel, and that
/// every buffer argument of every CU is connected to a used memory bank. Throws XclbinError.
void validate_against_contract(const XclbinInfo& info);

/// The text `bbkit xclbin info` prints.
std::string describe(const XclbinInfo& info);

}  // namespace bbkit::xclbin
