// SPDX-License-Identifier: Apache-2.0
#include "ldpc_device_run.h"

#include <chrono>
#include <iostream>
#include <optional>

#include "bbkit/runtime/bbdev_ops.h"
#include "bbkit/runtime/device.h"

namespace bbkit::cli {

int run_ldpc_vectors_on_device(const std::vector<std::string>& files, const std::string& device,
                               const std::string& xclbin, int op_timeout_s) {
  runtime::DeviceOptions options;
  options.xclbin = xclbin;
  if (op_timeout_s > 0) options.op_timeout = std::chrono::seconds(op_timeout_s);
  auto dev = runtime::open_device(device, options);
  const runtime::Capabilities& caps = dev->capabilities();
  std::cout << "device " << caps.device << ": " << caps.description << "\n";
  // A file that does not load or translate fails on its own; the rest still run.
  std::vector<std::optional<vectors::LdpcVector>> vs(files.size());
  std::vector<std::string> load_error(files.size());
  std::vector<runtime::LdpcOp> ops;
  std::vector<std::size_t> file_of_op;
  for (std::size_t i = 0; i < files.size(); ++i) {
    try {
      vs[i] = vectors::LdpcVector::load(files[i]);
      runtime::LdpcOp op = runtime::op_from_vector(*vs[i], *dev);
      op.user_tag = ops.size();
      ops.push_back(std::move(op));
      file_of_op.push_back(i);
    } catch (const std::exception& e) {
      load_error[i] = e.what();
    }
  }
  runtime::Queue& q = dev->queue(0);
  std::vector<std::optional<runtime::Completion>> done(ops.size());
  std::size_t sent = 0, received = 0;
  while (received < ops.size()) {  // a full queue takes fewer: keep feeding as completions drain
    if (sent < ops.size()) sent += q.enqueue(ops.data() + sent, ops.size() - sent);
    for (runtime::Completion& c : q.dequeue_wait(ops.size(), std::chrono::milliseconds(100))) {
      done[c.user_tag] = std::move(c);
      ++received;
    }
  }
  int failed = 0;
  std::size_t op = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!load_error[i].empty()) {
      ++failed;
      std::cout << "FAIL  " << files[i] << ": " << load_error[i] << "\n";
      std::cerr << "bbkit ldpc run: " << files[i] << ": " << load_error[i] << "\n";
      continue;
    }
    const runtime::VectorCheck check = runtime::check_vector_completion(*vs[i], ops[op], *done[op]);
    ++op;
    failed += check.pass ? 0 : 1;
    std::cout << (check.pass ? "PASS  " : "FAIL  ") << files[i] << ": " << check.detail << "\n";
  }
  std::cout << files.size() - static_cast<std::size_t>(failed) << " passed, " << failed << " failed on "
            << caps.device << (caps.computes ? "" : " (this device computes nothing)") << "\n";
  return failed;
}

}  // namespace bbkit::cli
