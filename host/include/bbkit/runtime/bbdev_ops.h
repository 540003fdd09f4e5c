// SPDX-License-Identifier: Apache-2.0
// DPDK test-bbdev LDPC vectors as runtime ops: the vector's fields and RTE_BBDEV_LDPC_* flags
// become a card descriptor (flags through the card contract's name table), and a completion is
// checked against the vector's expected output and status.
#pragma once

#include <string>

#include "bbkit/runtime/device.h"
#include "bbkit/vectors/ldpc_vector.h"

namespace bbkit::runtime {

/// An op for a code-block-mode vector with one input and one output segment, with buffers from
/// `device`. Decode ops without iter_max get `default_iterations` (as bbdev_adapter does).
/// Throws InvalidParameter for transport-block mode, a flag the contract lacks, or several segments.
LdpcOp op_from_vector(const vectors::LdpcVector& v, Device& device, int default_iterations = 20);

struct VectorCheck {
  bool pass = false;
  std::string detail;  ///< what differed, or a one-line summary
};

/// Compares an op's completion and output with the vector's expected status and output0.
VectorCheck check_vector_completion(const vectors::LdpcVector& v, const LdpcOp& op, const Completion& c);

}  // namespace bbkit::runtime
