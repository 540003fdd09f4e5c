// SPDX-License-Identifier: Apache-2.0
// Runs DPDK test-bbdev LDPC ops (vectors/ldpc_vector.h) through any encoder/decoder
// implementation: the op fields and flags map to CodeParams and DecoderConfig here, once.
#pragma once

#include <optional>
#include <string>

#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/vectors/ldpc_vector.h"

namespace bbkit::ldpc {

/// Code parameters of a code-block-mode vector (K' = K - n_filler). Throws InvalidParameter
/// for transport-block mode or an invalid field.
CodeParams params_from_vector(const vectors::LdpcVector& v);

/// Decoder settings from the op flags: ITERATION_STOP_ENABLE, CRC_TYPE_24A/24B/16_CHECK,
/// 24B_DROP; iter_max (default `default_iterations`). Throws InvalidParameter naming "op_flags"
/// for a flag the golden model does not implement (HARQ memory, soft output, bypass modes).
DecoderConfig decoder_config_from_vector(const vectors::LdpcVector& v, int default_iterations = 20);

/// Signed LLR bytes of a decoder input (two's complement; -128 is read as -127, the symmetric
/// channel format's minimum).
std::vector<std::int16_t> llrs_from_bytes(const Bytes& bytes);

/// LLRs in test-bbdev vector files (input0, harq_input0, harq_output0) carry 1 fractional bit:
/// DPDK's convention, which dpdk-test-bbdev applies by multiplying them by 2^(llr_decimals - 1)
/// for the device (ldpc_input_llr_scaling: x2 for our llr_decimals = 2, saturated to +-127).
/// Every reader of vector files goes through these two functions, so a file means the same to
/// bbkit's tools and to test-bbdev (docs/drivers-dpdk.md, "LLR scaling of vector files").
inline constexpr int kVectorLlrFrac = 1;

/// File bytes -> channel-format LLRs (fxp::LdpcChannelLlr, 2 fractional bits): 2 v saturated to
/// +-127, exactly what test-bbdev hands the device.
std::vector<std::int16_t> llrs_from_vector(const Bytes& bytes);

/// Channel-format LLRs -> file bytes, the inverse where one exists: d / 2 for even d, +-64 for
/// +-127 (which the x2 saturates back). An odd d has no exact file value and gets (d + 1) >> 1,
/// the rounding test-bbdev applies when it compares HARQ outputs. Generators write inputs whose
/// channel values are even or +-127, so input files read back bit for bit.
Bytes vector_bytes_from_llrs(const std::vector<std::int16_t>& llr);

/// A real LLR quantized to the file grid (1 fractional bit, round to nearest, saturated to
/// +-64): the byte a generator writes for a channel LLR.
std::uint8_t vector_byte_from_real(double llr);

struct VectorOutcome {
  bool pass = false;
  std::string detail;                  // what differed, or a one-line summary
  int iterations = 0;                  // decoder only
  std::optional<int> expected_iterations;
  std::string status;                  // decoder status name
};

/// Encodes (or decodes) the vector's input0 and compares with output0 (and expected_status).
/// Decode input and HARQ bytes are read with llrs_from_vector. With HQ_COMBINE_IN_ENABLE the
/// soft buffer starts from harq_input0 (docs/card-contract.md "HARQ buffer"); with
/// HQ_COMBINE_OUT_ENABLE the HARQ buffer, written with vector_bytes_from_llrs, must equal
/// harq_output0 byte for byte.
VectorOutcome run_vector(const vectors::LdpcVector& v, const LdpcEncoder& encoder, LdpcDecoder& decoder);

}  // namespace bbkit::ldpc
