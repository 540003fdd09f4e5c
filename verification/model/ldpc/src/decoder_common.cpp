// SPDX-License-Identifier: Apache-2.0
#include "bbkit/common/error.h"
#include "bbkit/ldpc/decoder.h"
#include "implementation_registry.h"

namespace bbkit::ldpc {

std::unique_ptr<LdpcDecoder> make_layered_min_sum_decoder();

std::string DecoderStatus::name() const {
  if (syndrome_error && crc_error) return "SYNCRC";
  if (syndrome_error) return "SYN";
  if (crc_error) return "CRC";
  return "OK";
}

void validate_decoder_config(const CodeParams& params, const DecoderConfig& config) {
  require_range("max_iterations", config.max_iterations, 1, 100);
  require_range("layers", config.layers, 0, params.rows);
  if (config.layers != 0) require_range("layers", config.layers, 4, params.rows);
  require_range("scale_shift", config.scale_shift, 0, 8);
  require_range("scale_num", config.scale_num, 1, 1 << config.scale_shift);
  require_range("offset", config.offset, 0, 15);
  if (config.crc) {
    const int l = crc_spec(*config.crc).length;
    require(params.k_prime > l, "K'", params.k_prime, "more than the " + std::to_string(l) + " CRC bits");
  }
}

namespace {
ImplementationRegistry<LdpcDecoder>& decoders() {
  static ImplementationRegistry<LdpcDecoder> registry(make_layered_min_sum_decoder);
  return registry;
}
}  // namespace

std::unique_ptr<LdpcDecoder> make_ldpc_decoder(const std::string& implementation) {
  return decoders().make(implementation);
}

std::vector<std::string> ldpc_decoder_names() { return decoders().names(); }

bool register_ldpc_decoder(const std::string& name, std::unique_ptr<LdpcDecoder> (*make)()) {
  return decoders().add(name, make);
}

}  // namespace bbkit::ldpc
