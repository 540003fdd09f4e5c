// SPDX-License-Identifier: Apache-2.0
// A test-bbdev LDPC vector (RTE_BBDEV_OP_LDPC_ENC / _DEC), typed and validated.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bbkit/common/bits.h"
#include "bbkit/vectors/bbdev_file.h"

namespace bbkit::vectors {

enum class LdpcOpType { Encode, Decode };

struct LdpcVector {
  LdpcOpType op = LdpcOpType::Decode;
  int basegraph = 1;
  int z_c = 0;
  int n_cb = 0;
  int q_m = 2;
  int n_filler = 0;
  int rv_index = 0;
  int code_block_mode = 1;  // 1: one code block (e); 0: transport block (ea, eb, c, cab, r)
  int e = 0;
  std::optional<int> ea, eb, c, cab, r;
  std::optional<int> iter_max;
  std::optional<int> expected_iter_count;
  std::vector<std::string> op_flags;  // RTE_BBDEV_LDPC_* names, in file order
  std::string expected_status = "OK";
  // Segments, one per code block: input0.., output0.. (hard output), soft_output0..,
  // harq_input0.., harq_output0..
  std::vector<Bytes> input, output, soft_output, harq_input, harq_output;
  std::vector<std::string> comments;

  bool has_flag(const std::string& name) const;

  /// Validates keys, required fields, flag names and payloads; errors name file, line, key.
  static LdpcVector from_file(const BbdevFile& file);
  BbdevFile to_file(const std::string& name = "") const;

  static LdpcVector load(const std::string& path) { return from_file(BbdevFile::load(path)); }
  void save(const std::string& path) const { to_file(path).save(path); }
};

/// The op_flags names DPDK 22.11 defines for LDPC encode / decode.
const std::vector<std::string>& ldpc_flag_names(LdpcOpType op);

/// "OK", "SYN", "CRC", "SYNCRC" (bbdev: syndrome and CRC failure bits), plus DMA and FCW.
const std::vector<std::string>& ldpc_status_names();

}  // namespace bbkit::vectors
