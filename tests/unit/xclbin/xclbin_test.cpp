// SPDX-License-Identifier: Apache-2.0
// The xclbin writer and validator: round trip, reproducibility, and one deliberately broken
// file per check, each expected to fail with the file, section and field named.
#include <gtest/gtest.h>
#include <xrt/xclbin.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>

#include "bbkit/card/generated/kernels.h"
#include "bbkit/common/error.h"
#include "bbkit/xclbin/xclbin.h"

namespace bbkit::xclbin {
namespace {

using Bytes = std::vector<std::uint8_t>;

axlf_section_header section_header(const Bytes& b, std::size_t i) {
  axlf_section_header h;
  std::memcpy(&h, b.data() + offsetof(axlf, m_sections) + i * sizeof h, sizeof h);
  return h;
}
void set_section_header(Bytes& b, std::size_t i, const axlf_section_header& h) {
  std::memcpy(b.data() + offsetof(axlf, m_sections) + i * sizeof h, &h, sizeof h);
}
std::size_t section_index(const Bytes& b, std::uint32_t kind) {
  axlf top;
  std::memcpy(&top, b.data(), offsetof(axlf, m_sections));
  for (std::size_t i = 0; i < top.m_header.m_numSections; ++i)
    if (section_header(b, i).m_sectionKind == kind) return i;
  throw std::logic_error("no such section");
}
/// Replaces `from` by `to` (same length) inside one section's bytes.
void patch_section(Bytes& b, std::uint32_t kind, const std::string& from, const std::string& to) {
  ASSERT_EQ(from.size(), to.size());
  const axlf_section_header h = section_header(b, section_index(b, kind));
  std::string body(reinterpret_cast<const char*>(b.data() + h.m_sectionOffset), h.m_sectionSize);
  std::size_t at = body.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  for (; at != std::string::npos; at = body.find(from, at + 1)) body.replace(at, to.size(), to);
  std::memcpy(b.data() + h.m_sectionOffset, body.data(), body.size());
}

/// Runs `f`, expects an XclbinError naming `section` and a field containing `field`.
template <typename F>
void expect_error(F f, const std::string& section, const std::string& field) {
  try {
    f();
    ADD_FAILURE() << "no error; expected section " << section << ", field " << field;
  } catch (const XclbinError& e) {
    EXPECT_EQ(e.file(), "test.xclbin") << e.what();
    EXPECT_EQ(e.section(), section) << e.what();
    EXPECT_NE(e.field().find(field), std::string::npos) << e.what();
  }
}
void expect_read_error(const Bytes& b, const std::string& section, const std::string& field) {
  expect_error([&] { read_xclbin(b, "test.xclbin"); }, section, field);
}
void expect_contract_error(const Bytes& b, const std::string& section, const std::string& field) {
  const XclbinInfo info = read_xclbin(b, "test.xclbin");
  expect_error([&] { validate_against_contract(info); }, section, field);
}

TEST(Xclbin, DefaultSpecRoundTripsAndMatchesTheRegisterMap) {
  const Bytes b = write_xclbin(default_spec());
  const XclbinInfo info = read_xclbin(b, "test.xclbin");
  EXPECT_NO_THROW(validate_against_contract(info));
  EXPECT_EQ(info.length, b.size());
  ASSERT_EQ(info.sections.size(), 4u);
  for (const SectionInfo& s : info.sections) EXPECT_EQ(s.offset % 8, 0u) << s.kind_name;
  ASSERT_EQ(info.ips.size(), std::size(card::kKernels));
  EXPECT_EQ(info.ips[0].name, "bbkit_ldpc_dec:bbkit_ldpc_dec_1");
  EXPECT_EQ(info.ips[0].base, 0x1800000u);
  ASSERT_EQ(info.banks.size(), 2u);
  EXPECT_EQ(info.banks[1].base, 4ull << 30);
  EXPECT_EQ(info.banks[1].size, 4ull << 30);
  std::size_t buffers = 0;
  for (const card::KernelDesc* k : card::kKernels)
    for (std::size_t a = 0; a < k->num_args; ++a) buffers += card::is_buffer(k->args[a]) ? 1 : 0;
  EXPECT_EQ(info.connections.size(), buffers);
  ASSERT_EQ(info.kernels.size(), std::size(card::kKernels));
  const XmlKernel& dec = info.kernels[0];
  ASSERT_EQ(dec.args.size(), card::kLdpcDec.num_args);
  for (std::size_t a = 0; a < dec.args.size(); ++a) {
    EXPECT_EQ(dec.args[a].name, card::kLdpcDec.args[a].name);
    EXPECT_EQ(dec.args[a].offset, card::kLdpcDec.args[a].offset);
  }
  EXPECT_NE(describe(info).find("bbkit_ldpc_enc"), std::string::npos);
}

TEST(Xclbin, OutputIsReproducibleAndTheUuidFollowsTheContent) {
  XclbinSpec spec = default_spec();
  EXPECT_EQ(write_xclbin(spec), write_xclbin(spec));
  const std::string uuid = read_xclbin(write_xclbin(spec), "a").uuid;
  spec.cus[0].base = 0x1820000;
  EXPECT_NE(read_xclbin(write_xclbin(spec), "b").uuid, uuid);
}

TEST(Xclbin, FileRoundTripAndMissingFile) {
  const std::string path = testing::TempDir() + "bbkit_xclbin_test.xclbin";
  write_xclbin_file(path, default_spec());
  EXPECT_NO_THROW(validate_against_contract(read_xclbin_file(path)));
  std::remove(path.c_str());
  try {
    read_xclbin_file(path);
    ADD_FAILURE() << "missing file read";
  } catch (const XclbinError& e) {
    EXPECT_EQ(e.file(), path);
    EXPECT_NE(std::string(e.what()).find("cannot open"), std::string::npos) << e.what();
  }
}

TEST(Xclbin, TruncatedFiles) {
  const Bytes good = write_xclbin(default_spec());
  Bytes b(good.begin(), good.end() - 1);
  expect_read_error(b, "header", "m_length");
  b.assign(good.begin(), good.begin() + 100);
  expect_read_error(b, "header", "length");
  expect_read_error(Bytes{}, "header", "length");
}

TEST(Xclbin, BadMagic) {
  Bytes b = write_xclbin(default_spec());
  std::memcpy(b.data(), "xclbin0", 8);
  expect_read_error(b, "header", "m_magic");
}

TEST(Xclbin, SectionOutOfBounds) {
  Bytes b = write_xclbin(default_spec());
  const std::size_t i = section_index(b, IP_LAYOUT);
  axlf_section_header h = section_header(b, i);
  h.m_sectionSize = b.size();  // runs past the end
  set_section_header(b, i, h);
  expect_read_error(b, "IP_LAYOUT", "m_sectionOffset/m_sectionSize");
  h.m_sectionOffset = ~0ull - 4;  // offset + size would wrap around
  h.m_sectionSize = 16;
  set_section_header(b, i, h);
  expect_read_error(b, "IP_LAYOUT", "m_sectionOffset/m_sectionSize");
}

TEST(Xclbin, SectionTableLargerThanTheFile) {
  Bytes b = write_xclbin(default_spec());
  axlf top;
  std::memcpy(&top, b.data(), offsetof(axlf, m_sections));
  top.m_header.m_numSections = 5000;
  std::memcpy(b.data(), &top, offsetof(axlf, m_sections));
  expect_read_error(b, "header", "m_numSections");
}

TEST(Xclbin, CountsAndIndicesInsideSections) {
  Bytes b = write_xclbin(default_spec());
  const axlf_section_header ip = section_header(b, section_index(b, IP_LAYOUT));
  const std::int32_t too_many = 1000;
  std::memcpy(b.data() + ip.m_sectionOffset, &too_many, sizeof too_many);
  expect_read_error(b, "IP_LAYOUT", "m_count");

  b = write_xclbin(default_spec());
  const axlf_section_header conn = section_header(b, section_index(b, CONNECTIVITY));
  const std::int32_t bad_bank = 7;
  std::memcpy(b.data() + conn.m_sectionOffset + offsetof(connectivity, m_connection) +
                  offsetof(connection, mem_data_index), &bad_bank, sizeof bad_bank);
  expect_read_error(b, "CONNECTIVITY", "m_connection[0].mem_data_index");
}

TEST(Xclbin, MalformedMetadataXml) {
  Bytes b = write_xclbin(default_spec());
  patch_section(b, EMBEDDED_METADATA, "</kernel>", "</kernex>");
  expect_read_error(b, "EMBEDDED_METADATA", "xml");
}

TEST(Xclbin, WrongKernelName) {
  Bytes b = write_xclbin(default_spec());
  patch_section(b, EMBEDDED_METADATA, "bbkit_ldpc_enc", "bbkit_ldpc_xyz");
  expect_contract_error(b, "EMBEDDED_METADATA", "kernel bbkit_ldpc_xyz");
  b = write_xclbin(default_spec());
  patch_section(b, IP_LAYOUT, "bbkit_ldpc_enc:", "bbkit_ldpc_xyz:");
  expect_contract_error(b, "IP_LAYOUT", "m_ip_data[1]");
}

TEST(Xclbin, WrongArgumentOffsetSizeOrPort) {
  Bytes b = write_xclbin(default_spec());
  patch_section(b, EMBEDDED_METADATA, "offset=\"0x18\"", "offset=\"0x1C\"");
  expect_contract_error(b, "EMBEDDED_METADATA", "arg cmpl@offset");
  b = write_xclbin(default_spec());
  patch_section(b, EMBEDDED_METADATA, "size=\"0x4\"", "size=\"0x8\"");
  expect_contract_error(b, "EMBEDDED_METADATA", "arg num_ops@size");
  b = write_xclbin(default_spec());
  patch_section(b, EMBEDDED_METADATA, "port=\"m_axi_harq\"", "port=\"m_axi_data\"");
  expect_contract_error(b, "EMBEDDED_METADATA", "arg harq@port");
  b = write_xclbin(default_spec());
  patch_section(b, EMBEDDED_METADATA, "port=\"m_axi_harq\"", "port=\"M_AXI_HARQ\"");
  EXPECT_NO_THROW(validate_against_contract(read_xclbin(b, "test.xclbin"))) << "v++ upper-cases ports";
}

TEST(Xclbin, MissingSectionAndUnconnectedBuffer) {
  Bytes b = write_xclbin(default_spec());
  const std::size_t i = section_index(b, CONNECTIVITY);
  axlf_section_header h = section_header(b, i);
  h.m_sectionKind = USER_METADATA;
  set_section_header(b, i, h);
  expect_contract_error(b, "CONNECTIVITY", "");

  b = write_xclbin(default_spec());
  const axlf_section_header conn = section_header(b, section_index(b, CONNECTIVITY));
  const std::int32_t fewer = 2;
  std::memcpy(b.data() + conn.m_sectionOffset, &fewer, sizeof fewer);
  expect_contract_error(b, "CONNECTIVITY", "arg data");
}

TEST(Xclbin, InconsistentSpecIsAnInvalidParameter) {
  XclbinSpec spec = default_spec();
  spec.banks[0].tag = "a-tag-of-sixteen";
  EXPECT_THROW(write_xclbin(spec), InvalidParameter);
  spec = default_spec();
  spec.cus[0].arg_bank.pop_back();
  EXPECT_THROW(write_xclbin(spec), InvalidParameter);
  spec = default_spec();
  spec.cus[0].arg_bank[0] = 5;
  EXPECT_THROW(write_xclbin(spec), InvalidParameter);
  spec = default_spec();
  spec.cus[1].base = spec.cus[0].base;
  EXPECT_THROW(write_xclbin(spec), InvalidParameter);
}

TEST(Xclbin, RandomCorruptionNeverCrashesTheReader) {
  const Bytes good = write_xclbin(default_spec());
  std::mt19937_64 rng(2024);
  for (int trial = 0; trial < 3000; ++trial) {
    Bytes b = good;
    const int flips = 1 + static_cast<int>(rng() % 4);
    for (int f = 0; f < flips; ++f)
      b[rng() % b.size()] = static_cast<std::uint8_t>(rng());
    try {
      validate_against_contract(read_xclbin(b, "test.xclbin"));
    } catch (const XclbinError&) {
      // a clear error is the expected outcome for most corruptions
    }
  }
}

}  // namespace
}  // namespace bbkit::xclbin
