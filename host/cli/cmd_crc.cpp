// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "commands.h"

namespace bbkit::cli {

void add_crc_command(CLI::App& app, Result& result) {
  auto* cmd = app.add_subcommand("crc", "Compute a TS 38.212 CRC over a bit string");
  auto type = std::make_shared<std::string>("crc24a");
  auto bits = std::make_shared<std::string>();
  cmd->add_option("--type", *type, "crc6, crc11, crc16, crc24a, crc24b or crc24c")->capture_default_str();
  cmd->add_option("bits", *bits, "Bits as a string of 0 and 1, first bit first")->required();
  cmd->callback([type, bits, &result] {
    const CrcType t = crc_type_from_name(*type);
    Bits b;
    for (std::size_t i = 0; i < bits->size(); ++i) {
      const char c = (*bits)[i];
      if (c != '0' && c != '1') throw InvalidParameter("bits", "'" + std::string(1, c) + "' at position " + std::to_string(i), "only 0 and 1");
      b.push_back(static_cast<std::uint8_t>(c - '0'));
    }
    const auto& spec = crc_spec(t);
    const std::uint32_t p = crc_bits(t, b);
    std::cout << spec.name << " = 0x" << std::hex << p << std::dec << " (";
    for (int k = spec.length - 1; k >= 0; --k) std::cout << ((p >> k) & 1u);
    std::cout << ")\n";
    result.code = kOk;
  });
}

}  // namespace bbkit::cli
