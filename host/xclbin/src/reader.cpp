// SPDX-License-Identifier: Apache-2.0
// The xclbin reader and validator. Every byte is bounds-checked before use (a file is input,
// not trusted), structures are copied out with memcpy (sections need not be aligned in a
// broken file), and every error names file, section and field.
#include <xrt/xclbin.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "bbkit/card/generated/kernels.h"
#include "bbkit/xclbin/xclbin.h"
#include "metadata_xml.h"

namespace bbkit::xclbin {
namespace {

std::string hex(std::uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llX", static_cast<unsigned long long>(v));
  return buf;
}

std::string kind_name(std::uint32_t kind) {
  switch (kind) {
    case BITSTREAM: return "BITSTREAM";
    case CLEARING_BITSTREAM: return "CLEARING_BITSTREAM";
    case EMBEDDED_METADATA: return "EMBEDDED_METADATA";
    case FIRMWARE: return "FIRMWARE";
    case DEBUG_DATA: return "DEBUG_DATA";
    case SCHED_FIRMWARE: return "SCHED_FIRMWARE";
    case MEM_TOPOLOGY: return "MEM_TOPOLOGY";
    case CONNECTIVITY: return "CONNECTIVITY";
    case IP_LAYOUT: return "IP_LAYOUT";
    case DEBUG_IP_LAYOUT: return "DEBUG_IP_LAYOUT";
    case CLOCK_FREQ_TOPOLOGY: return "CLOCK_FREQ_TOPOLOGY";
    case BUILD_METADATA: return "BUILD_METADATA";
    case KEYVALUE_METADATA: return "KEYVALUE_METADATA";
    case USER_METADATA: return "USER_METADATA";
    case PDI: return "PDI";
    case BITSTREAM_PARTIAL_PDI: return "BITSTREAM_PARTIAL_PDI";
    case PARTITION_METADATA: return "PARTITION_METADATA";
    case EMULATION_DATA: return "EMULATION_DATA";
    case SYSTEM_METADATA: return "SYSTEM_METADATA";
    case ASK_GROUP_TOPOLOGY: return "GROUP_TOPOLOGY";
    case ASK_GROUP_CONNECTIVITY: return "GROUP_CONNECTIVITY";
    default: return "kind " + std::to_string(kind);
  }
}

/// A bounded, string-terminated copy of a fixed-size name field.
template <typename Char, std::size_t N>
std::string fixed_string(const Char (&field)[N]) {
  const char* p = reinterpret_cast<const char*>(field);
  return std::string(p, strnlen(p, N));
}

/// The bytes of one section, with typed, bounds-checked access to its count-prefixed array.
class SectionView {
 public:
  SectionView(const std::vector<std::uint8_t>& file_bytes, const SectionInfo& s, std::string file)
      : base_(file_bytes.data() + s.offset), size_(s.size), name_(s.kind_name), file_(std::move(file)) {}

  template <typename Table, typename Entry>
  std::vector<Entry> entries(std::size_t entries_offset) const {
    std::int32_t count = 0;
    if (size_ < sizeof(count)) throw error("m_count", "section of " + std::to_string(size_) + " bytes has no count");
    std::memcpy(&count, base_, sizeof(count));
    if (count < 0) throw error("m_count", "negative count " + std::to_string(count));
    const std::uint64_t need = entries_offset + static_cast<std::uint64_t>(count) * sizeof(Entry);
    if (count > 0 && need > size_)
      throw error("m_count", std::to_string(count) + " entries need " + std::to_string(need) +
                                 " bytes, the section has " + std::to_string(size_));
    std::vector<Entry> out(static_cast<std::size_t>(count));
    if (count > 0) std::memcpy(out.data(), base_ + entries_offset, out.size() * sizeof(Entry));
    return out;
  }
  std::string text() const { return std::string(reinterpret_cast<const char*>(base_), size_); }
  XclbinError error(const std::string& field, const std::string& what) const {
    return XclbinError(file_, name_, field, what);
  }

 private:
  const std::uint8_t* base_;
  std::uint64_t size_;
  std::string name_;
  std::string file_;
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string uuid_string(const unsigned char (&u)[16]) {
  std::string s;
  char buf[3];
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
    std::snprintf(buf, sizeof buf, "%02x", u[i]);
    s += buf;
  }
  return s;
}

}  // namespace

XclbinError::XclbinError(const std::string& file, const std::string& section, const std::string& field,
                         const std::string& what)
    : std::runtime_error(file + ": " + (section.empty() ? "" : "section " + section + ", ") +
                         (field.empty() ? "" : "field " + field + ": ") + what),
      file_(file), section_(section), field_(field) {}

XclbinInfo read_xclbin(const std::vector<std::uint8_t>& bytes, const std::string& file) {
  XclbinInfo info;
  info.file = file;
  constexpr std::size_t kFixed = offsetof(axlf, m_sections);
  if (bytes.size() < kFixed)
    throw XclbinError(file, "header", "length", "file of " + std::to_string(bytes.size()) +
                                                    " bytes is shorter than the " + std::to_string(kFixed) +
                                                    "-byte axlf header (truncated or not an xclbin)");
  axlf top;
  std::memcpy(&top, bytes.data(), kFixed);
  if (std::memcmp(top.m_magic, "xclbin2", 8) != 0)
    throw XclbinError(file, "header", "m_magic", "not \"xclbin2\" (not an xclbin, or an unsupported generation)");
  info.length = top.m_header.m_length;
  if (info.length > bytes.size())
    throw XclbinError(file, "header", "m_length", "header says " + std::to_string(info.length) +
                                                      " bytes, the file has " + std::to_string(bytes.size()) +
                                                      " (truncated)");
  if (info.length < kFixed)
    throw XclbinError(file, "header", "m_length", std::to_string(info.length) + " is shorter than the header");
  const std::uint32_t n = top.m_header.m_numSections;
  if (n > XCLBIN_MAX_NUM_SECTION)
    throw XclbinError(file, "header", "m_numSections", std::to_string(n) + " exceeds the axlf limit");
  const std::uint64_t table_end = kFixed + static_cast<std::uint64_t>(n) * sizeof(axlf_section_header);
  if (table_end > info.length)
    throw XclbinError(file, "header", "m_numSections", std::to_string(n) + " section headers end at byte " +
                                                           std::to_string(table_end) + ", past m_length " +
                                                           std::to_string(info.length));
  info.version_major = top.m_header.m_versionMajor;
  info.version_minor = top.m_header.m_versionMinor;
  info.version_patch = top.m_header.m_versionPatch;
  info.platform_vbnv = fixed_string(top.m_header.m_platformVBNV);
  info.uuid = uuid_string(top.m_header.uuid);

  for (std::uint32_t i = 0; i < n; ++i) {
    axlf_section_header h;
    std::memcpy(&h, bytes.data() + kFixed + i * sizeof(axlf_section_header), sizeof h);
    SectionInfo s{h.m_sectionKind, kind_name(h.m_sectionKind), fixed_string(h.m_sectionName),
                  h.m_sectionOffset, h.m_sectionSize};
    // Written to avoid overflow: offset and size are untrusted 64-bit values.
    if (s.offset < table_end || s.offset > info.length || s.size > info.length - s.offset)
      throw XclbinError(file, s.kind_name, "m_sectionOffset/m_sectionSize",
                        "section " + std::to_string(i) + " spans [" + hex(s.offset) + ", +" + hex(s.size) +
                            ") outside the file body [" + hex(table_end) + ", " + hex(info.length) + ")");
    info.sections.push_back(s);
  }

  const SectionInfo* ip = nullptr;
  const SectionInfo* mem = nullptr;
  const SectionInfo* conn = nullptr;
  const SectionInfo* xml = nullptr;
  for (const SectionInfo& s : info.sections) {
    if (s.kind == IP_LAYOUT) ip = &s;
    if (s.kind == MEM_TOPOLOGY) mem = &s;
    if (s.kind == CONNECTIVITY) conn = &s;
    if (s.kind == EMBEDDED_METADATA) xml = &s;
  }
  if (mem) {
    SectionView v(bytes, *mem, file);
    for (const mem_data& m : v.entries<mem_topology, mem_data>(offsetof(mem_topology, m_mem_data))) {
      info.banks.push_back({fixed_string(m.m_tag), m.m_type, m.m_base_address, m.m_size * 1024});
      info.bank_used.push_back(m.m_used != 0);
    }
  }
  if (ip) {
    SectionView v(bytes, *ip, file);
    for (const ip_data& d : v.entries<ip_layout, ip_data>(offsetof(ip_layout, m_ip_data)))
      info.ips.push_back({fixed_string(d.m_name), d.m_type, (d.properties & IP_CONTROL_MASK) >> IP_CONTROL_SHIFT,
                          d.m_base_address});
  }
  if (conn) {
    SectionView v(bytes, *conn, file);
    const auto list = v.entries<connectivity, connection>(offsetof(connectivity, m_connection));
    for (std::size_t i = 0; i < list.size(); ++i) {
      const connection& c = list[i];
      const std::string field = "m_connection[" + std::to_string(i) + "]";
      if (c.m_ip_layout_index < 0 || static_cast<std::size_t>(c.m_ip_layout_index) >= info.ips.size())
        throw v.error(field + ".m_ip_layout_index",
                      std::to_string(c.m_ip_layout_index) + " is not an IP_LAYOUT index (" +
                          std::to_string(info.ips.size()) + " IPs)");
      if (c.mem_data_index < 0 || static_cast<std::size_t>(c.mem_data_index) >= info.banks.size())
        throw v.error(field + ".mem_data_index", std::to_string(c.mem_data_index) +
                                                     " is not a MEM_TOPOLOGY index (" +
                                                     std::to_string(info.banks.size()) + " banks)");
      if (c.arg_index < 0) throw v.error(field + ".arg_index", "negative");
      info.connections.push_back({c.arg_index, c.m_ip_layout_index, c.mem_data_index});
    }
  }
  if (xml) info.kernels = parse_metadata_xml(SectionView(bytes, *xml, file).text(), file);
  return info;
}

XclbinInfo read_xclbin_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw XclbinError(path, "", "", std::string("cannot open: ") + std::strerror(errno));
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (f.bad()) throw XclbinError(path, "", "", "read failed");
  return read_xclbin(bytes, path);
}

void validate_against_contract(const XclbinInfo& info) {
  const std::string& file = info.file;
  for (const char* needed : {"IP_LAYOUT", "MEM_TOPOLOGY", "CONNECTIVITY", "EMBEDDED_METADATA"}) {
    bool found = false;
    for (const SectionInfo& s : info.sections) found = found || s.kind_name == needed;
    if (!found) throw XclbinError(file, needed, "", "section missing (a kit xclbin needs it)");
  }
  auto find_kernel = [](const std::string& name) -> const card::KernelDesc* {
    for (const card::KernelDesc* k : card::kKernels)
      if (name == k->name) return k;
    return nullptr;
  };
  std::string known;
  for (const card::KernelDesc* k : card::kKernels) known += std::string(known.empty() ? "" : ", ") + k->name;

  for (const XmlKernel& xk : info.kernels) {
    const card::KernelDesc* k = find_kernel(xk.name);
    const std::string where = "kernel " + xk.name;
    if (!k) throw XclbinError(file, "EMBEDDED_METADATA", where, "not a bbkit kernel (known: " + known + ")");
    if (xk.control_range < card::kControlRange)
      throw XclbinError(file, "EMBEDDED_METADATA", where + " port@range",
                        hex(xk.control_range) + " is smaller than the register map's " + hex(card::kControlRange));
    if (xk.args.size() != k->num_args)
      throw XclbinError(file, "EMBEDDED_METADATA", where + " args",
                        std::to_string(xk.args.size()) + " arguments, the register map has " +
                            std::to_string(k->num_args));
    for (const XmlArg& xa : xk.args) {
      const std::string aw = where + " arg " + xa.name;
      if (xa.id >= k->num_args)
        throw XclbinError(file, "EMBEDDED_METADATA", aw + "@id", std::to_string(xa.id) + " is not an argument index");
      const card::KernelArg& ra = k->args[xa.id];
      auto mismatch = [&](const std::string& attr, const std::string& got, const std::string& want) {
        if (got != want)
          throw XclbinError(file, "EMBEDDED_METADATA", aw + "@" + attr,
                            "'" + got + "', the register map says '" + want + "'");
      };
      mismatch("name", xa.name, ra.name);
      mismatch("offset", hex(xa.offset), hex(ra.offset));
      mismatch("size", hex(xa.size), hex(ra.size));
      // v++ may upper-case port names in the metadata it writes (M_AXI_...): compare without case.
      mismatch("port", lower(xa.port), lower(ra.port));
      mismatch("addressQualifier", std::to_string(xa.address_qualifier), card::is_buffer(ra) ? "1" : "0");
    }
  }

  for (std::size_t i = 0; i < info.ips.size(); ++i) {
    const IpInfo& ip = info.ips[i];
    if (ip.type != IP_KERNEL) continue;
    const std::string field = "m_ip_data[" + std::to_string(i) + "] '" + ip.name + "'";
    const std::string kname = ip.name.substr(0, ip.name.find(':'));
    const card::KernelDesc* k = find_kernel(kname);
    if (!k) throw XclbinError(file, "IP_LAYOUT", field, "kernel '" + kname + "' is not a bbkit kernel (known: " + known + ")");
    bool described = false;
    for (const XmlKernel& xk : info.kernels) described = described || xk.name == kname;
    if (!described) throw XclbinError(file, "EMBEDDED_METADATA", "kernel " + kname, "missing for CU " + ip.name);
    if (ip.control != AP_CTRL_HS)
      throw XclbinError(file, "IP_LAYOUT", field + ".properties", "control protocol " + std::to_string(ip.control) +
                                                                     ", the kit's kernels are ap_ctrl_hs (0)");
    if (ip.base % card::kControlRange != 0)
      throw XclbinError(file, "IP_LAYOUT", field + ".m_base_address", hex(ip.base) + " is not 4 KiB aligned");
    for (std::size_t a = 0; a < k->num_args; ++a) {
      if (!card::is_buffer(k->args[a])) continue;
      const ConnectionInfo* c = nullptr;
      for (const ConnectionInfo& ci : info.connections)
        if (ci.ip_index == static_cast<int>(i) && ci.arg_index == static_cast<int>(a)) c = &ci;
      if (!c)
        throw XclbinError(file, "CONNECTIVITY", field + " arg " + k->args[a].name, "buffer argument not connected to memory");
      if (!info.bank_used[static_cast<std::size_t>(c->mem_index)])
        throw XclbinError(file, "MEM_TOPOLOGY", "m_mem_data[" + std::to_string(c->mem_index) + "].m_used",
                          "bank of " + ip.name + " arg " + k->args[a].name + " is marked unused");
    }
  }
}

std::string describe(const XclbinInfo& info) {
  std::ostringstream o;
  o << info.file << ": xclbin " << info.version_major << "." << info.version_minor << "." << info.version_patch
    << ", " << info.length << " bytes, uuid " << info.uuid << ", platform '" << info.platform_vbnv << "'\n";
  o << "sections:\n";
  for (const SectionInfo& s : info.sections)
    o << "  " << s.kind_name << " '" << s.name << "' offset " << hex(s.offset) << " size " << s.size << "\n";
  o << "memory banks:\n";
  for (std::size_t i = 0; i < info.banks.size(); ++i)
    o << "  [" << i << "] " << info.banks[i].tag << " base " << hex(info.banks[i].base) << " size "
      << (info.banks[i].size >> 20) << " MiB" << (info.bank_used[i] ? "" : " (unused)") << "\n";
  o << "compute units:\n";
  for (std::size_t i = 0; i < info.ips.size(); ++i) {
    o << "  [" << i << "] " << info.ips[i].name << " base " << hex(info.ips[i].base) << "\n";
    for (const ConnectionInfo& c : info.connections)
      if (c.ip_index == static_cast<int>(i))
        o << "      arg " << c.arg_index << " -> bank " << info.banks[static_cast<std::size_t>(c.mem_index)].tag << "\n";
  }
  o << "kernels:\n";
  for (const XmlKernel& k : info.kernels) {
    o << "  " << k.name << "\n";
    for (const XmlArg& a : k.args)
      o << "      " << a.id << " " << a.name << " offset " << hex(a.offset) << " size " << a.size << " "
        << a.type << " (" << a.port << ")\n";
  }
  return o.str();
}

}  // namespace bbkit::xclbin
