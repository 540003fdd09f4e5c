// SPDX-License-Identifier: Apache-2.0
// LDPC decoding. LdpcDecoder is the bit-exact contract that the golden model, the HLS kernel
// and the RTL core implement: a layered decoder with an integer box-plus check node whose every operation is
// specified in docs/fixed-point.md (LDPC decoder). Its input is the soft buffer the rate dematcher fills.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/common/crc.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/rate_match.h"

namespace bbkit::ldpc {

/// The check-node magnitude rule (docs/fixed-point.md, LDPC decoder).
enum class CheckRule {
  // Compressed sum-product: the message to every edge but the smallest is the integer box-plus
  // of all |Q| of the check, the one to the smallest edge the box-plus of all others. The
  // default: within 0.2 dB of float belief propagation on the three reference codes.
  BoxPlus,
  // Min-sum: min1 to every edge but the smallest, min2 to it. Kept for comparison; the golden
  // model and the HLS kernel implement it, the RTL core implements BoxPlus only.
  MinSum,
};

/// Decoder settings (the op flags and iteration limit of a bbdev LDPC decode op).
struct DecoderConfig {
  int max_iterations = 20;           // 1..100
  bool early_stop = true;            // stop after the first iteration whose syndrome is zero
  std::optional<CrcType> crc;        // CRC over the K' bits to check (bbdev CRC_TYPE_24B_CHECK ...)
  bool crc_early_stop = false;       // with crc: also stop as soon as the CRC passes
  bool drop_crc = false;             // with crc: hard output without its CRC bits (24B_DROP)
  int layers = 0;                    // base-graph rows to run; 0 = params.layers()
  bool soft_output = false;          // return the APP LLRs
  // Check-node magnitude: A from the rule (box-plus or min1/min2), then
  // |R| = max(0, ((A * scale_num) >> scale_shift) - offset) saturated to fxp::LdpcCheckMsg.
  // The default, box-plus with no scaling and no offset, is chosen on BLER in docs/fixed-point.md
  // (LDPC decoder); offset min-sum is rule MinSum with offset 2, normalized min-sum with a scale.
  CheckRule rule = CheckRule::BoxPlus;
  int scale_num = 1;
  int scale_shift = 0;
  int offset = 0;
};

/// bbdev status bits: OK when none is set.
struct DecoderStatus {
  bool syndrome_error = false;  // RTE_BBDEV_SYNDROME_ERROR: H c != 0 after the last iteration
  bool crc_error = false;       // RTE_BBDEV_CRC_ERROR: the configured CRC failed
  /// "OK", "SYN", "CRC" or "SYNCRC" as in test-bbdev's expected_status.
  std::string name() const;
};

struct DecoderResult {
  Bits hard;                        // K' bits (K' - L without the CRC when drop_crc)
  int iterations = 0;               // full iterations run
  DecoderStatus status;
  bool crc_checked = false;
  std::vector<std::int16_t> soft;   // with soft_output: APP of all cols * Zc code bits
};

/// A fixed-point LDPC decoder implementation. Implementations keep scratch memory, so one object
/// serves one thread.
class LdpcDecoder {
 public:
  virtual ~LdpcDecoder() = default;
  /// Decodes one code block from its soft buffer (Ncb LLRs in fxp::LdpcChannelLlr, fillers at
  /// +max, as rate_dematch leaves it). Throws InvalidParameter naming "LLR buffer length" when
  /// llr.size() != Ncb, "max_iterations" or "layers" when out of range.
  virtual DecoderResult decode(const CodeParams& params, const DecoderConfig& config, const SoftBuffer& llr) = 0;
  virtual std::string name() const = 0;
};

/// Implementations by name: "golden" (layered, box-plus check node: the bit-exact reference), plus the
/// registered ones (e.g. "hls").
/// Throws InvalidParameter naming "implementation".
std::unique_ptr<LdpcDecoder> make_ldpc_decoder(const std::string& implementation);
/// "golden" first, then the registered implementations in registration order.
std::vector<std::string> ldpc_decoder_names();

/// Adds an implementation to the factory, so make_ldpc_decoder and every test parameterized
/// over ldpc_decoder_names() reach it (the HLS kernels' C simulation registers "hls"). The
/// model never depends on the implementations: they register themselves from above.
/// Registering a name again replaces nothing and returns false.
bool register_ldpc_decoder(const std::string& name, std::unique_ptr<LdpcDecoder> (*make)());

/// Checks the decoder settings against the code; shared by every implementation.
void validate_decoder_config(const CodeParams& params, const DecoderConfig& config);

}  // namespace bbkit::ldpc
