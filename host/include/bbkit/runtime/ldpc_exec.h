// SPDX-License-Identifier: Apache-2.0
// What an LDPC descriptor means, in software: the checks a kernel makes before it runs an op
// (each failure is one of the card contract's error codes) and the op itself on the golden
// model. The cpu device is this; the sim and xrt devices are compared with it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "bbkit/card/generated/desc.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/runtime/device.h"

namespace bbkit::ldpc {
class LdpcDecoder;
class LdpcEncoder;
}  // namespace bbkit::ldpc

namespace bbkit::runtime {

/// Why a descriptor cannot run on a device with `caps`: card::ErrorCode::None and an empty
/// text when it can. `out_bytes` receives the output length the op writes.
struct DescCheck {
  card::ErrorCode code = card::ErrorCode::None;
  std::string why;
  std::uint32_t in_bytes = 0;   ///< input length the op needs (decode: E LLRs; encode: packed payload)
  std::uint32_t out_bytes = 0;  ///< output length it writes (decode: packed hard bits; encode: packed E bits)
  std::uint32_t harq_bytes = 0; ///< decode: H = Ncb - F, the HARQ buffer length (read/written only with the HQ flags)
  ldpc::CodeParams params;      ///< the code block, when the check passed
};
DescCheck check_ldpc_desc(const card::LdpcDesc& desc, const Capabilities& caps);

/// Runs descriptors on the golden model. One object per thread (the decoder keeps scratch).
class GoldenLdpc {
 public:
  GoldenLdpc();
  ~GoldenLdpc();
  /// Executes `desc` reading desc.in_len bytes at `in` and writing at most desc.out_cap bytes at
  /// `out`; returns the completion record a kernel would write (`error` gets the reason of ERR).
  /// With HQ_COMBINE_IN_ENABLE it reads desc.harq_in_len bytes at `harq_in`, with
  /// HQ_COMBINE_OUT_ENABLE it writes H bytes at `harq_out` (both already offset by the
  /// descriptor's harq addresses; unused without the flags). The HARQ semantics (soft buffer =
  /// HARQ input, then rate dematching adds the E LLRs, then HARQ output, then decode) are
  /// docs/card-contract.md "HARQ buffer"; an op that fails its checks writes nothing.
  card::Cmpl run(const card::LdpcDesc& desc, const Capabilities& caps, const std::uint8_t* in, std::uint8_t* out,
                 std::string& error, const std::uint8_t* harq_in = nullptr, std::uint8_t* harq_out = nullptr);

 private:
  std::unique_ptr<ldpc::LdpcEncoder> encoder_;
  std::unique_ptr<ldpc::LdpcDecoder> decoder_;
};

/// The capabilities of the golden model (the cpu device's before queue settings), with
/// harq = false: the cpu device sets it, a kernel model follows its CAPS1.harq.
Capabilities golden_capabilities();

}  // namespace bbkit::runtime
