// SPDX-License-Identifier: Apache-2.0
// `bbkit ldpc run --device NAME`: the vector files through the host runtime.
#pragma once

#include <string>
#include <vector>

namespace bbkit::cli {

/// Runs the files as one batch on `device` (xclbin for xrt devices; op_timeout_s per op, 0:
/// the runtime's default); prints a PASS/FAIL line per op and a summary. Returns the number of
/// failed files. DeviceError if it cannot open.
int run_ldpc_vectors_on_device(const std::vector<std::string>& files, const std::string& device,
                               const std::string& xclbin, int op_timeout_s = 0);

}  // namespace bbkit::cli
