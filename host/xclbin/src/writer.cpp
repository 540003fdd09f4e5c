// SPDX-License-Identifier: Apache-2.0
// The xclbin writer: XRT's axlf container with the kit's kernel metadata, derived from the
// generated kernel tables so it always agrees with the register map.
#include <xrt/xclbin.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <numeric>
#include <string>

#include "bbkit/card/generated/kernels.h"
#include "bbkit/common/error.h"
#include "bbkit/xclbin/xclbin.h"
#include "metadata_xml.h"

namespace bbkit::xclbin {
namespace {

constexpr std::uint64_t kAlign = 8;  // axlf: every section starts on an 8-byte boundary
constexpr std::uint64_t kGiB = 1ull << 30;

std::uint64_t align_up(std::uint64_t v) { return (v + kAlign - 1) / kAlign * kAlign; }

template <typename T>
void put(std::vector<std::uint8_t>& out, std::size_t at, const T& value) {
  std::memcpy(out.data() + at, &value, sizeof(T));
}

template <std::size_t N>
void copy_name(unsigned char (&dst)[N], const std::string& src) {
  std::memset(dst, 0, N);
  std::memcpy(dst, src.data(), std::min(src.size(), N - 1));
}
template <std::size_t N>
void copy_name(char (&dst)[N], const std::string& src) {
  std::memset(dst, 0, N);
  std::memcpy(dst, src.data(), std::min(src.size(), N - 1));
}

void check_spec(const XclbinSpec& spec) {
  require(spec.platform_vbnv.size() < sizeof(axlf_header::m_platformVBNV), "platform_vbnv",
          static_cast<std::int64_t>(spec.platform_vbnv.size()), "at most 63 characters");
  require(!spec.cus.empty(), "cus", 0, "at least one compute unit");
  for (const MemBank& b : spec.banks) {
    require(!b.tag.empty() && b.tag.size() < sizeof(mem_data::m_tag), "bank tag",
            static_cast<std::int64_t>(b.tag.size()), "1..15 characters");
    require(b.size > 0 && b.size % 1024 == 0, "bank size", static_cast<std::int64_t>(b.size),
            "a positive multiple of 1024 bytes");
  }
  for (std::size_t i = 0; i < spec.cus.size(); ++i) {
    const ComputeUnit& cu = spec.cus[i];
    require(cu.kernel != nullptr, "cu kernel", static_cast<std::int64_t>(i), "a kit kernel");
    const std::string ip_name = std::string(cu.kernel->name) + ":" + cu.name;
    require(!cu.name.empty() && ip_name.size() < sizeof(ip_data::m_name), "cu name",
            static_cast<std::int64_t>(cu.name.size()), "kernel:instance within 63 characters");
    require(cu.base % card::kControlRange == 0, "cu base", static_cast<std::int64_t>(cu.base),
            "a multiple of the 4 KiB control range");
    require(cu.arg_bank.size() == cu.kernel->num_args, "cu arg_bank",
            static_cast<std::int64_t>(cu.arg_bank.size()), "one entry per kernel argument");
    for (std::size_t a = 0; a < cu.kernel->num_args; ++a) {
      const int bank = cu.arg_bank[a];
      if (card::is_buffer(cu.kernel->args[a]))
        require(bank >= 0 && static_cast<std::size_t>(bank) < spec.banks.size(), "cu arg_bank",
                bank, "a bank index for every buffer argument");
      else
        require(bank == -1, "cu arg_bank", bank, "-1 for scalar arguments");
    }
    for (std::size_t j = 0; j < i; ++j)
      require(spec.cus[j].base != cu.base, "cu base", static_cast<std::int64_t>(cu.base),
              "distinct per compute unit");
  }
}

std::vector<std::uint8_t> mem_topology_section(const XclbinSpec& spec) {
  std::vector<std::uint8_t> out(offsetof(mem_topology, m_mem_data) + spec.banks.size() * sizeof(mem_data), 0);
  put(out, offsetof(mem_topology, m_count), static_cast<std::int32_t>(spec.banks.size()));
  for (std::size_t i = 0; i < spec.banks.size(); ++i) {
    mem_data m{};
    m.m_type = spec.banks[i].type;
    m.m_used = 1;
    m.m_size = spec.banks[i].size / 1024;  // MEM_TOPOLOGY counts KiB
    m.m_base_address = spec.banks[i].base;
    copy_name(m.m_tag, spec.banks[i].tag);
    put(out, offsetof(mem_topology, m_mem_data) + i * sizeof(mem_data), m);
  }
  return out;
}

std::vector<std::uint8_t> ip_layout_section(const std::vector<const ComputeUnit*>& cus) {
  std::vector<std::uint8_t> out(offsetof(ip_layout, m_ip_data) + cus.size() * sizeof(ip_data), 0);
  put(out, offsetof(ip_layout, m_count), static_cast<std::int32_t>(cus.size()));
  for (std::size_t i = 0; i < cus.size(); ++i) {
    ip_data ip{};
    ip.m_type = IP_KERNEL;
    // ap_ctrl_hs, interrupt enabled, interrupt id = CU index (bits 1..7).
    ip.properties = (static_cast<std::uint32_t>(AP_CTRL_HS) << IP_CONTROL_SHIFT) | IP_INT_ENABLE_MASK |
                    ((static_cast<std::uint32_t>(i) << IP_INTERRUPT_ID_SHIFT) & IP_INTERRUPT_ID_MASK);
    ip.m_base_address = cus[i]->base;
    copy_name(ip.m_name, std::string(cus[i]->kernel->name) + ":" + cus[i]->name);
    put(out, offsetof(ip_layout, m_ip_data) + i * sizeof(ip_data), ip);
  }
  return out;
}

std::vector<std::uint8_t> connectivity_section(const std::vector<const ComputeUnit*>& cus) {
  std::vector<connection> conns;
  for (std::size_t i = 0; i < cus.size(); ++i)
    for (std::size_t a = 0; a < cus[i]->kernel->num_args; ++a)
      if (cus[i]->arg_bank[a] >= 0)
        conns.push_back({static_cast<std::int32_t>(a), static_cast<std::int32_t>(i), cus[i]->arg_bank[a]});
  std::vector<std::uint8_t> out(offsetof(connectivity, m_connection) + conns.size() * sizeof(connection), 0);
  put(out, offsetof(connectivity, m_count), static_cast<std::int32_t>(conns.size()));
  for (std::size_t i = 0; i < conns.size(); ++i)
    put(out, offsetof(connectivity, m_connection) + i * sizeof(connection), conns[i]);
  return out;
}

/// A reproducible UUID from the content (RFC 9562 version 8: custom), so the same spec gives
/// the same file; two FNV-1a passes with different offsets fill the 128 bits.
void content_uuid(const std::vector<std::vector<std::uint8_t>>& sections, unsigned char (&uuid)[16]) {
  std::uint64_t h[2] = {0xcbf29ce484222325ull, 0x84222325cbf29ce4ull};
  for (const auto& s : sections)
    for (std::uint8_t byte : s)
      for (auto& v : h) v = (v ^ byte) * 0x100000001b3ull;
  std::memcpy(uuid, h, 16);
  uuid[6] = static_cast<unsigned char>((uuid[6] & 0x0F) | 0x80);
  uuid[8] = static_cast<unsigned char>((uuid[8] & 0x3F) | 0x80);
}

}  // namespace

XclbinSpec default_spec() {
  XclbinSpec spec;
  spec.banks = {{"DDR[0]", MEM_DDR4, 0x0, 4 * kGiB}, {"DDR[1]", MEM_DDR4, 4 * kGiB, 4 * kGiB}};
  std::uint64_t base = 0x1800000;  // where Vitis shells commonly place the first CU
  for (const card::KernelDesc* k : card::kKernels) {
    ComputeUnit cu;
    cu.kernel = k;
    cu.name = std::string(k->name) + "_1";
    cu.base = base;
    base += 0x10000;
    for (std::size_t a = 0; a < k->num_args; ++a) {
      const card::KernelArg& arg = k->args[a];
      // Descriptors and completions in bank 0, payload and HARQ in bank 1.
      cu.arg_bank.push_back(!card::is_buffer(arg) ? -1 : std::string(arg.port) == "m_axi_ctrl" ? 0 : 1);
    }
    spec.cus.push_back(cu);
  }
  return spec;
}

std::vector<std::uint8_t> write_xclbin(const XclbinSpec& spec) {
  check_spec(spec);
  std::vector<const ComputeUnit*> cus;  // XRT wants IP_LAYOUT sorted by base address
  for (const ComputeUnit& cu : spec.cus) cus.push_back(&cu);
  std::sort(cus.begin(), cus.end(), [](auto* a, auto* b) { return a->base < b->base; });

  const std::string xml = metadata_xml(spec, cus);
  struct Section {
    axlf_section_kind kind;
    const char* name;
    std::vector<std::uint8_t> data;
  };
  std::vector<Section> sections = {
      {MEM_TOPOLOGY, "mem_topology", mem_topology_section(spec)},
      {IP_LAYOUT, "ip_layout", ip_layout_section(cus)},
      {CONNECTIVITY, "connectivity", connectivity_section(cus)},
      {EMBEDDED_METADATA, "metadata", std::vector<std::uint8_t>(xml.begin(), xml.end())},
  };

  const std::uint64_t header_size = sizeof(axlf) + (sections.size() - 1) * sizeof(axlf_section_header);
  std::vector<std::uint64_t> offsets;
  std::uint64_t at = align_up(header_size);
  for (const Section& s : sections) {
    offsets.push_back(at);
    at = align_up(at + s.data.size());
  }
  std::vector<std::uint8_t> out(at, 0);

  axlf top{};
  std::memcpy(top.m_magic, "xclbin2", 8);
  top.m_signature_length = -1;  // not signed
  std::memset(top.reserved, 0xFF, sizeof(top.reserved));
  std::memset(top.m_keyBlock, 0xFF, sizeof(top.m_keyBlock));
  top.m_header.m_length = at;
  top.m_header.m_timeStamp = spec.timestamp;
  top.m_header.m_versionMajor = 2;  // the axlf format generation this writer follows (XRT 2.13)
  top.m_header.m_versionMinor = 13;
  top.m_header.m_versionPatch = 0;
  top.m_header.m_mode = XCLBIN_FLAT;
  copy_name(top.m_header.m_platformVBNV, spec.platform_vbnv);
  std::vector<std::vector<std::uint8_t>> payloads;
  for (const Section& s : sections) payloads.push_back(s.data);
  content_uuid(payloads, top.m_header.uuid);
  top.m_uniqueId = 0;
  top.m_header.m_numSections = static_cast<std::uint32_t>(sections.size());
  std::memcpy(out.data(), &top, offsetof(axlf, m_sections));

  for (std::size_t i = 0; i < sections.size(); ++i) {
    axlf_section_header h{};
    h.m_sectionKind = static_cast<std::uint32_t>(sections[i].kind);
    copy_name(h.m_sectionName, sections[i].name);
    h.m_sectionOffset = offsets[i];
    h.m_sectionSize = sections[i].data.size();
    put(out, offsetof(axlf, m_sections) + i * sizeof(axlf_section_header), h);
    std::copy(sections[i].data.begin(), sections[i].data.end(), out.begin() + static_cast<std::ptrdiff_t>(offsets[i]));
  }
  return out;
}

void write_xclbin_file(const std::string& path, const XclbinSpec& spec) {
  const std::vector<std::uint8_t> bytes = write_xclbin(spec);
  std::ofstream f(path, std::ios::binary);
  if (!f) throw XclbinError(path, "", "", "cannot open for writing");
  f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!f) throw XclbinError(path, "", "", "write failed");
}

}  // namespace bbkit::xclbin
