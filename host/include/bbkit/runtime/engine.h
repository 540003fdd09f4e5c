// SPDX-License-Identifier: Apache-2.0
// How a device is built: the runtime owns the queues (bounded, mutex-protected, one worker
// thread each) and a device supplies an Engine per queue that runs a batch of ops. The
// exactly-once and timeout guarantees live here, once, so every device (cpu, sim, xrt, a
// vendor's) inherits them.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include "bbkit/runtime/device.h"

namespace bbkit::runtime {

using Clock = std::chrono::steady_clock;

/// An accepted op on its way through a device.
struct Job {
  LdpcOp op;
  Completion completion;
  bool done = false;  ///< set by the engine when `completion` is final
};

/// Runs batches for one queue, on that queue's worker thread (so it may keep per-thread state:
/// decoder scratch, XRT run objects). `run` completes what it can by `deadline` and marks each
/// finished job done; jobs left undone complete with Timeout, and an exception completes them
/// with DeviceFailure carrying its message.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual void run(std::vector<Job>& jobs, Clock::time_point deadline) = 0;
};

using EngineFactory = std::function<std::unique_ptr<Engine>(int queue_index)>;

/// A Device whose queues are served by engines. Devices derive from it (or just construct one).
class EngineDevice : public Device {
 public:
  /// Validates options, creates num_queues queues with an engine each and starts their workers.
  EngineDevice(Capabilities caps, const DeviceOptions& options, const EngineFactory& make_engine);
  ~EngineDevice() override;
  const Capabilities& capabilities() const override { return caps_; }
  Queue& queue(int index) override;
  void close() override;

 private:
  class EngineQueue;
  Capabilities caps_;
  std::vector<std::unique_ptr<EngineQueue>> queues_;
};

/// Checks an op's payload ranges against its buffers; throws InvalidParameter naming the field.
void check_op_buffers(const LdpcOp& op);

/// A device's completion from a card completion record (status bits, error code, iterations).
Completion completion_from_cmpl(const card::Cmpl& cmpl, std::uint64_t user_tag, const std::string& error = "");

}  // namespace bbkit::runtime
