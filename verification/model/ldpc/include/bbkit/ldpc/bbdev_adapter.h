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

struct VectorOutcome {
  bool pass = false;
  std::string detail;                  // what differed, or a one-line summary
  int iterations = 0;                  // decoder only
  std::optional<int> expected_iterations;
  std::string status;                  // decoder status name
};

/// Encodes (or decodes) the vector's input0 and compares with output0 (and expected_status).
VectorOutcome run_vector(const vectors::LdpcVector& v, const LdpcEncoder& encoder, LdpcDecoder& decoder);

}  // namespace bbkit::ldpc
