// SPDX-License-Identifier: Apache-2.0
#include "metadata_xml.h"

#include <tinyxml2.h>

#include <cstdio>
#include <set>
#include <sstream>

#include "bbkit/card/generated/kernels.h"

namespace bbkit::xclbin {
namespace {

std::string hex(std::uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llX", static_cast<unsigned long long>(v));
  return buf;
}

const char* kSection = "EMBEDDED_METADATA";

std::uint64_t number(const tinyxml2::XMLElement* e, const char* attr, const std::string& where,
                     const std::string& file) {
  const char* text = e->Attribute(attr);
  if (text == nullptr) throw XclbinError(file, kSection, where + "@" + attr, "attribute missing");
  try {
    std::size_t used = 0;
    const std::uint64_t v = std::stoull(text, &used, 0);  // decimal or 0x-prefixed, as XRT reads
    if (used != std::string(text).size()) throw std::invalid_argument(text);
    return v;
  } catch (const std::exception&) {
    throw XclbinError(file, kSection, where + "@" + attr, std::string("not a number: '") + text + "'");
  }
}

std::string text_attr(const tinyxml2::XMLElement* e, const char* attr, const std::string& where,
                      const std::string& file) {
  const char* text = e->Attribute(attr);
  if (text == nullptr) throw XclbinError(file, kSection, where + "@" + attr, "attribute missing");
  return text;
}

}  // namespace

std::string metadata_xml(const XclbinSpec& spec, const std::vector<const ComputeUnit*>& cus) {
  std::ostringstream x;
  x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    << "<project name=\"bbkit\">\n"
    << "  <platform vendor=\"bbkit\" boardid=\"noop\" name=\"" << spec.platform_vbnv << "\" featureRomTime=\"0\">\n"
    << "    <version major=\"" << card::kContractMajor << "\" minor=\"" << card::kContractMinor << "\"/>\n"
    << "    <description/>\n"
    << "    <device name=\"fpga0\" fpgaDevice=\"none\" addrWidth=\"64\">\n"
    << "      <core name=\"OCL_REGION_0\" target=\"hw\" type=\"clc_region\" clockFreq=\"0MHz\" numComputeUnits=\""
    << cus.size() << "\">\n";
  std::set<const card::KernelDesc*> done;
  for (const ComputeUnit* first : cus) {
    const card::KernelDesc& k = *first->kernel;
    if (!done.insert(&k).second) continue;
    x << "        <kernel name=\"" << k.name << "\" language=\"ip_c\" vlnv=\"" << k.vlnv
      << "\" preferredWorkGroupSizeMultiple=\"0\" workGroupSize=\"1\" interrupt=\"true\" hwControlProtocol=\"ap_ctrl_hs\">\n"
      << "          <port name=\"" << card::kControlPort << "\" mode=\"slave\" range=\"" << hex(card::kControlRange)
      << "\" dataWidth=\"32\" portType=\"addressable\" base=\"0x0\"/>\n";
    for (std::size_t p = 0; p < k.num_ports; ++p)
      x << "          <port name=\"" << k.ports[p] << "\" mode=\"master\" range=\"0xFFFFFFFFFFFFFFFF\" dataWidth=\""
        << k.m_axi_width << "\" portType=\"addressable\" base=\"0x0\"/>\n";
    for (std::size_t a = 0; a < k.num_args; ++a) {
      const card::KernelArg& arg = k.args[a];
      x << "          <arg name=\"" << arg.name << "\" addressQualifier=\"" << (card::is_buffer(arg) ? 1 : 0)
        << "\" id=\"" << arg.index << "\" port=\"" << arg.port << "\" size=\"" << hex(arg.size) << "\" offset=\""
        << hex(arg.offset) << "\" hostOffset=\"0x0\" hostSize=\"" << hex(arg.size) << "\" type=\"" << arg.type << "\"/>\n";
    }
    for (const ComputeUnit* cu : cus)
      if (cu->kernel == &k)
        x << "          <instance name=\"" << cu->name << "\">\n"
          << "            <addrRemap base=\"" << hex(cu->base) << "\" range=\"" << hex(card::kControlRange)
          << "\" port=\"" << card::kControlPort << "\"/>\n"
          << "          </instance>\n";
    x << "        </kernel>\n";
  }
  x << "      </core>\n    </device>\n  </platform>\n</project>\n";
  return x.str();
}

std::vector<XmlKernel> parse_metadata_xml(const std::string& xml, const std::string& file) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS)
    throw XclbinError(file, kSection, "xml", std::string("malformed XML: ") + doc.ErrorStr());
  const tinyxml2::XMLElement* core = doc.FirstChildElement("project");
  for (const char* step : {"platform", "device", "core"})
    core = core ? core->FirstChildElement(step) : nullptr;
  if (core == nullptr) throw XclbinError(file, kSection, "project/platform/device/core", "element missing");

  std::vector<XmlKernel> kernels;
  for (auto* ke = core->FirstChildElement("kernel"); ke; ke = ke->NextSiblingElement("kernel")) {
    XmlKernel k;
    k.name = text_attr(ke, "name", "kernel", file);
    const std::string where = "kernel " + k.name;
    for (auto* pe = ke->FirstChildElement("port"); pe; pe = pe->NextSiblingElement("port"))
      if (const char* mode = pe->Attribute("mode"); mode && std::string(mode) == "slave")
        k.control_range = number(pe, "range", where + " port", file);
    for (auto* ae = ke->FirstChildElement("arg"); ae; ae = ae->NextSiblingElement("arg")) {
      XmlArg a;
      a.name = text_attr(ae, "name", where + " arg", file);
      const std::string aw = where + " arg " + a.name;
      a.id = static_cast<unsigned>(number(ae, "id", aw, file));
      a.offset = number(ae, "offset", aw, file);
      a.size = number(ae, "size", aw, file);
      a.address_qualifier = static_cast<unsigned>(number(ae, "addressQualifier", aw, file));
      a.port = ae->Attribute("port") ? ae->Attribute("port") : "";
      a.type = ae->Attribute("type") ? ae->Attribute("type") : "";
      k.args.push_back(a);
    }
    kernels.push_back(k);
  }
  return kernels;
}

}  // namespace bbkit::xclbin
