// SPDX-License-Identifier: Apache-2.0
// Queues and their workers. A queue is a mutex-protected bounded FIFO: an LDPC op costs tens
// of microseconds or more, so an uncontended lock (tens of nanoseconds) is noise, and one lock
// per queue makes "accepted once, completed once, in order" easy to see; a lock-free ring would
// buy nothing measurable here (docs/results/runtime.md has the overhead figures).
#include "bbkit/runtime/engine.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "bbkit/card/desc_util.h"
#include "bbkit/common/error.h"

namespace bbkit::runtime {

class EngineDevice::EngineQueue final : public Queue {
 public:
  EngineQueue(int index, const DeviceOptions& options, std::unique_ptr<Engine> engine)
      : index_(index),
        depth_(static_cast<std::size_t>(options.queue_depth)),
        max_batch_(options.max_batch),
        op_timeout_(options.op_timeout),
        engine_(std::move(engine)),
        worker_([this] { work(); }) {}

  ~EngineQueue() override { close(); }

  std::size_t enqueue(const LdpcOp* ops, std::size_t n) override {
    for (std::size_t i = 0; i < n; ++i) check_op_buffers(ops[i]);
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) throw DeviceError("queue " + std::to_string(index_) + ": the device is closed");
    const std::size_t used = pending_.size() + running_ + done_.size();
    const std::size_t accepted = std::min(n, depth_ - used);
    for (std::size_t i = 0; i < accepted; ++i) {
      Job job;
      job.op = ops[i];
      job.op.desc.tag = next_tag_++;  // the kernel echoes it; the runtime checks it came back
      job.completion.user_tag = ops[i].user_tag;
      pending_.push_back(std::move(job));
    }
    if (accepted > 0) work_cv_.notify_one();
    return accepted;
  }

  std::vector<Completion> dequeue(std::size_t max) override {
    std::lock_guard<std::mutex> lock(mutex_);
    return take(max);
  }

  std::vector<Completion> dequeue_wait(std::size_t max, std::chrono::milliseconds wait) override {
    std::unique_lock<std::mutex> lock(mutex_);
    done_cv_.wait_for(lock, wait, [this] { return !done_.empty(); });
    return take(max);
  }

  std::size_t in_flight() const override {
    std::lock_guard<std::mutex> lock(mutex_);
    return pending_.size() + running_ + done_.size();
  }

  int index() const override { return index_; }

  void close() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (closed_) return;
      closed_ = true;
    }
    work_cv_.notify_all();
    worker_.join();  // the batch in progress finishes (or times out) first
    std::lock_guard<std::mutex> lock(mutex_);
    for (Job& job : pending_) {
      job.completion.status = OpStatus::Error;
      job.completion.error_code = ErrorCode::DeviceClosed;
      job.completion.error = "the device was closed before the op ran";
      done_.push_back(std::move(job.completion));
    }
    pending_.clear();
    done_cv_.notify_all();
  }

 private:
  std::vector<Completion> take(std::size_t max) {
    const std::size_t n = std::min(max, done_.size());
    std::vector<Completion> out(std::make_move_iterator(done_.begin()),
                                std::make_move_iterator(done_.begin() + static_cast<std::ptrdiff_t>(n)));
    done_.erase(done_.begin(), done_.begin() + static_cast<std::ptrdiff_t>(n));
    return out;
  }

  void work() {
    std::vector<Job> batch;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_cv_.wait(lock, [this] { return closed_ || !pending_.empty(); });
        if (closed_) return;
        const std::size_t n = std::min(max_batch_, pending_.size());
        batch.assign(std::make_move_iterator(pending_.begin()),
                     std::make_move_iterator(pending_.begin() + static_cast<std::ptrdiff_t>(n)));
        pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
        running_ = n;
      }
      run_batch(batch);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        for (Job& job : batch) done_.push_back(std::move(job.completion));
        running_ = 0;
      }
      done_cv_.notify_all();
      batch.clear();
    }
  }

  // Every job leaves here with a final completion, whatever the engine did.
  void run_batch(std::vector<Job>& batch) {
    const auto deadline = Clock::now() + op_timeout_ * static_cast<int>(batch.size());
    std::string failure;
    try {
      engine_->run(batch, deadline);
    } catch (const std::exception& e) {
      failure = e.what();
    }
    for (Job& job : batch) {
      if (job.done) continue;
      job.completion.status = OpStatus::Error;
      if (!failure.empty()) {
        job.completion.error_code = ErrorCode::DeviceFailure;
        job.completion.error = failure;
      } else {
        job.completion.error_code = ErrorCode::Timeout;
        job.completion.error = "not completed within the op timeout (" + std::to_string(op_timeout_.count()) +
                               " ms per op of a " + std::to_string(batch.size()) + "-op batch)";
      }
    }
  }

  const int index_;
  const std::size_t depth_;
  const std::size_t max_batch_;
  const std::chrono::milliseconds op_timeout_;
  std::unique_ptr<Engine> engine_;

  mutable std::mutex mutex_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Job> pending_;          // accepted, not started
  std::size_t running_ = 0;          // in the engine now
  std::deque<Completion> done_;      // ready to dequeue, in enqueue order
  std::uint32_t next_tag_ = 0;
  bool closed_ = false;

  std::thread worker_;  // last: starts after everything it uses exists
};

EngineDevice::EngineDevice(Capabilities caps, const DeviceOptions& options, const EngineFactory& make_engine)
    : caps_(std::move(caps)) {
  require_range("num_queues", options.num_queues, 1, 64);
  require_range("queue_depth", options.queue_depth, 1, 65536);
  require_range("max_batch", static_cast<std::int64_t>(options.max_batch), 1, 65536);
  require_range("op_timeout (ms)", options.op_timeout.count(), 1, 3600 * 1000);
  caps_.num_queues = options.num_queues;
  caps_.queue_depth = options.queue_depth;
  for (int q = 0; q < options.num_queues; ++q)
    queues_.push_back(std::make_unique<EngineQueue>(q, options, make_engine(q)));
}

EngineDevice::~EngineDevice() { EngineDevice::close(); }

Queue& EngineDevice::queue(int index) {
  require_range("queue index", index, 0, static_cast<std::int64_t>(queues_.size()) - 1);
  return *queues_[static_cast<std::size_t>(index)];
}

void EngineDevice::close() {
  for (auto& q : queues_) q->close();
}

std::shared_ptr<Buffer> Device::alloc(std::size_t bytes) {
  require(bytes > 0 && bytes <= (std::size_t{1} << 32), "buffer size", static_cast<std::int64_t>(bytes),
          "1 byte .. 4 GiB");
  return std::make_shared<Buffer>(bytes);
}

void check_op_buffers(const LdpcOp& op) {
  const card::LdpcDesc& d = op.desc;
  require(op.input != nullptr, "input buffer", 0, "a buffer from Device::alloc");
  require(op.output != nullptr, "output buffer", 0, "a buffer from Device::alloc");
  auto fits = [](std::uint64_t addr, std::uint64_t len, std::size_t size) { return addr <= size && len <= size - addr; };
  if (!fits(d.in_addr, d.in_len, op.input->size()))
    throw InvalidParameter("in_addr + in_len", std::to_string(d.in_addr) + " + " + std::to_string(d.in_len),
                           "within the input buffer of " + std::to_string(op.input->size()) + " bytes");
  if (!fits(d.out_addr, d.out_cap, op.output->size()))
    throw InvalidParameter("out_addr + out_cap", std::to_string(d.out_addr) + " + " + std::to_string(d.out_cap),
                           "within the output buffer of " + std::to_string(op.output->size()) + " bytes");
  // HARQ buffers matter only to a decode op with the flag (on an encode op the flags are the
  // device's BAD_FLAGS to report).
  if (d.op_type != static_cast<std::uint8_t>(card::OpType::LdpcDec)) return;
  if (d.op_flags & card::ldpc_op_flags::kHqCombineInEnable) {
    require(op.harq_input != nullptr, "harq_input buffer", 0, "a buffer from Device::alloc with HQ_COMBINE_IN_ENABLE");
    if (!fits(d.harq_in_addr, d.harq_in_len, op.harq_input->size()))
      throw InvalidParameter("harq_in_addr + harq_in_len",
                             std::to_string(d.harq_in_addr) + " + " + std::to_string(d.harq_in_len),
                             "within the HARQ input buffer of " + std::to_string(op.harq_input->size()) + " bytes");
  }
  if (d.op_flags & card::ldpc_op_flags::kHqCombineOutEnable) {
    require(op.harq_output != nullptr, "harq_output buffer", 0,
            "a buffer from Device::alloc with HQ_COMBINE_OUT_ENABLE");
    if (!fits(d.harq_out_addr, d.harq_out_cap, op.harq_output->size()))
      throw InvalidParameter("harq_out_addr + harq_out_cap",
                             std::to_string(d.harq_out_addr) + " + " + std::to_string(d.harq_out_cap),
                             "within the HARQ output buffer of " + std::to_string(op.harq_output->size()) + " bytes");
  }
}

// The runtime's codes 1..10 are the card's error_code values (a record's code maps by value).
static_assert(static_cast<int>(ErrorCode::BusError) == static_cast<int>(card::ErrorCode::BusError) &&
              static_cast<int>(ErrorCode::Timeout) == static_cast<int>(card::ErrorCode::Timeout) &&
              static_cast<int>(ErrorCode::BadAddress) == static_cast<int>(card::ErrorCode::BadAddress));

Completion completion_from_cmpl(const card::Cmpl& cmpl, std::uint64_t user_tag, const std::string& error) {
  Completion c;
  c.user_tag = user_tag;
  c.iterations = cmpl.iterations;
  c.out_len = cmpl.out_len;
  c.harq_out_len = cmpl.harq_out_len;
  c.cycles = cmpl.cycles;
  if (!(cmpl.status & card::cmpl_status::kDone)) {
    c.status = OpStatus::Error;
    c.error_code = ErrorCode::DeviceFailure;
    c.error = "the device did not write the completion record";
  } else if (cmpl.status & card::cmpl_status::kErr) {
    c.status = OpStatus::Error;
    const bool known = cmpl.error_code >= 1 && cmpl.error_code <= static_cast<int>(card::ErrorCode::BadAddress);
    c.error_code = known ? static_cast<ErrorCode>(cmpl.error_code) : ErrorCode::DeviceFailure;
    c.error = error.empty() ? card::describe_cmpl(cmpl) : error;
  } else {
    const bool syn = cmpl.status & card::cmpl_status::kSynErr, crc = cmpl.status & card::cmpl_status::kCrcErr;
    c.status = syn && crc ? OpStatus::SynCrc : syn ? OpStatus::Syn : crc ? OpStatus::Crc : OpStatus::Ok;
  }
  return c;
}

const char* to_string(OpStatus status) {
  switch (status) {
    case OpStatus::Ok: return "OK";
    case OpStatus::Syn: return "SYN";
    case OpStatus::Crc: return "CRC";
    case OpStatus::SynCrc: return "SYNCRC";
    case OpStatus::Error: return "ERROR";
  }
  return "?";
}

const char* to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::None: return "NONE";
    case ErrorCode::Timeout: return "TIMEOUT";
    case ErrorCode::DeviceClosed: return "DEVICE_CLOSED";
    case ErrorCode::DeviceFailure: return "DEVICE_FAILURE";
    default: break;
  }
  for (const card::EnumName& e : card::kErrorCodeNames)
    if (e.value == static_cast<unsigned>(code)) return e.name;
  return "?";
}

bool Capabilities::supports(card::OpType op) const {
  return std::find(kernels.begin(), kernels.end(), op) != kernels.end();
}

}  // namespace bbkit::runtime
