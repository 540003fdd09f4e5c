// SPDX-License-Identifier: Apache-2.0
// The host runtime: one API whatever executes the ops. A program opens a device by name
// ("cpu", "sim", "xrt:<n>"), reads its capabilities, allocates buffers, enqueues batches of
// LDPC ops on queues and dequeues one completion per op, as with a DPDK bbdev device.
// Ops are the card contract's descriptor (bbkit/card/generated/desc.h), so every device takes
// the same op. docs/runtime.md has the guarantees (threading, ordering, errors) in one page.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "bbkit/card/generated/desc.h"

namespace bbkit::runtime {

/// The device cannot be opened or used: unknown name, device absent, xclbin unreadable or not
/// the kit's, kernel not built. The message says which and why.
class DeviceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What a device can run. Honest per device: a kernel it cannot execute is not listed.
struct Capabilities {
  std::string device;               ///< the name it was opened with, e.g. "xrt:0"
  std::string description;          ///< one line: what executes the ops
  std::vector<card::OpType> kernels;///< op types it executes
  int min_basegraph = 1, max_basegraph = 2;
  int min_zc = 2, max_zc = 384;     ///< lifting sizes of 38.212 Table 5.3.2-1 within [min, max]
  int max_iterations = 0;           ///< decoder iter_max upper bound
  int llr_width = 0, llr_frac = 0;  ///< decoder input LLR format (DPDK llr_size / llr_decimals)
  int num_queues = 0;               ///< queues opened with the device
  int queue_depth = 0;              ///< ops a queue holds between enqueue and dequeue
  bool harq = false;                ///< HQ_COMBINE_IN/OUT supported
  bool computes = true;             ///< false on XRT's noop shim: completions carry no results
  bool supports(card::OpType op) const;
};

/// Memory the ops read and write. Host-visible on every device; a device copies it to and from
/// its own memory around each batch (sim: the platform's memory model; xrt: a buffer object).
class Buffer {
 public:
  explicit Buffer(std::size_t bytes) : bytes_(bytes, 0) {}
  std::uint8_t* data() { return bytes_.data(); }
  const std::uint8_t* data() const { return bytes_.data(); }
  std::size_t size() const { return bytes_.size(); }

 private:
  std::vector<std::uint8_t> bytes_;
};

/// One LDPC op: the card descriptor plus where its payload lives. desc.in_addr/out_addr are
/// byte offsets into `input`/`output`, desc.in_len/out_cap their lengths. A decode op with
/// HQ_COMBINE_IN_ENABLE reads desc.harq_in_len bytes at desc.harq_in_addr of `harq_input`; with
/// HQ_COMBINE_OUT_ENABLE it writes its HARQ buffer (H = Ncb - F bytes, docs/card-contract.md
/// "HARQ buffer") at desc.harq_out_addr of `harq_output`, desc.harq_out_cap bytes available.
/// The HARQ buffers are needed only with those flags. A device may read an op's HARQ input
/// when its batch starts (sim and xrt copy it to device memory then), so an op must not read a
/// HARQ output that an op still in flight writes: combine a retransmission after the completion
/// of the previous one, as a HARQ process does. desc.tag is the runtime's (overwritten at
/// enqueue); the caller's id goes in user_tag.
struct LdpcOp {
  card::LdpcDesc desc{};
  std::shared_ptr<Buffer> input, output;
  std::shared_ptr<Buffer> harq_input, harq_output;
  std::uint64_t user_tag = 0;
};

/// bbdev-like result of an op.
enum class OpStatus {
  Ok,      ///< done, no error bit
  Syn,     ///< decode: syndrome still failing (RTE_BBDEV_SYNDROME_ERROR)
  Crc,     ///< decode: CRC check failed (RTE_BBDEV_CRC_ERROR)
  SynCrc,  ///< both
  Error,   ///< not processed: see error_code / error
};
const char* to_string(OpStatus status);  ///< "OK", "SYN", "CRC", "SYNCRC", "ERROR" (test-bbdev names)

/// Why an op ended in OpStatus::Error. The descriptor errors are the card contract's (what
/// the kernel reports); the rest are the runtime's.
enum class ErrorCode {
  None = 0,
  BadOpType, BadBasegraph, BadZc, BadRateMatch, BadLength, BadFlags, BadIter, BusError,  // = card::ErrorCode
  Timeout,       ///< the op exceeded DeviceOptions::op_timeout, or the kernel's watchdog (card TIMEOUT)
  BadAddress,    ///< = card BAD_ADDRESS: a payload address the kernel cannot use (not 64-byte aligned)
  DeviceClosed,  ///< the device was closed before the op ran
  DeviceFailure, ///< the device failed while running the batch (message in `error`)
};
const char* to_string(ErrorCode code);

struct Completion {
  std::uint64_t user_tag = 0;
  OpStatus status = OpStatus::Error;
  ErrorCode error_code = ErrorCode::None;
  std::string error;            ///< human-readable reason when status is Error
  int iterations = 0;           ///< decode: iterations run
  std::uint32_t out_len = 0;    ///< bytes written at the op's output
  std::uint32_t harq_out_len = 0;  ///< decode with HQ_COMBINE_OUT_ENABLE: bytes written at harq_output (H), else 0
  std::uint64_t cycles = 0;     ///< sim/card: kernel cycles for the op; cpu: 0
};

/// One submission/completion queue. Thread-safe: any thread may enqueue and dequeue.
/// Completions of a queue come out in enqueue order; every accepted op is dequeued exactly once.
class Queue {
 public:
  virtual ~Queue() = default;
  /// Accepts ops[0..k) and returns k: k < n only when the queue is full (the rest are not
  /// taken; retry them after dequeueing). Throws InvalidParameter, accepting none, when an op
  /// has no buffer or its in/out range lies outside its buffer (for a decode op with an HQ flag,
  /// also the HARQ buffer and range of that flag); throws DeviceError after close.
  /// Descriptor errors (Zc, E, Qm, rv, flags, lengths vs the code) are reported by the device
  /// in the op's completion, as a card reports them.
  virtual std::size_t enqueue(const LdpcOp* ops, std::size_t n) = 0;
  std::size_t enqueue(const std::vector<LdpcOp>& ops) { return enqueue(ops.data(), ops.size()); }
  /// Up to `max` completions that are ready, oldest first; never blocks.
  virtual std::vector<Completion> dequeue(std::size_t max) = 0;
  /// Like dequeue, but waits up to `wait` for at least one completion.
  virtual std::vector<Completion> dequeue_wait(std::size_t max, std::chrono::milliseconds wait) = 0;
  /// Ops accepted and not yet dequeued.
  virtual std::size_t in_flight() const = 0;
  virtual int index() const = 0;
};

struct DeviceOptions {
  int num_queues = 1;                       ///< 1..64
  int queue_depth = 256;                    ///< 1..65536
  std::size_t max_batch = 64;               ///< ops per kernel start
  std::chrono::milliseconds op_timeout{10000};  ///< per op of a batch; exceeded -> Timeout completions
  std::string xclbin;                       ///< xrt: the xclbin to load (required)
};

class Device {
 public:
  virtual ~Device() = default;
  virtual const Capabilities& capabilities() const = 0;
  /// A buffer for op payloads; InvalidParameter for 0 bytes.
  virtual std::shared_ptr<Buffer> alloc(std::size_t bytes);
  virtual Queue& queue(int index) = 0;  ///< InvalidParameter for an index out of range
  /// Stops the device. Ops not yet run complete with DeviceClosed; completions stay dequeueable
  /// until the Device is destroyed. Idempotent; the destructor calls it.
  virtual void close() = 0;
};

/// Opens "cpu", "sim" or "xrt:<index>". Throws DeviceError naming the device and the reason,
/// InvalidParameter for options out of range.
std::unique_ptr<Device> open_device(const std::string& name, const DeviceOptions& options = {});

/// What `bbkit info` lists: every device kind of this build and whether it can be opened.
struct DeviceInfo {
  std::string name;    ///< "cpu", "sim", "xrt:<index>"
  bool built = false;  ///< compiled into this build
  std::string what;    ///< what executes the ops, or why it is not available
};
std::vector<DeviceInfo> list_devices();

/// Adds a device kind to the registry (a vendor's device, a test double). `prefix` is matched
/// against the name before any ':'; the factory receives the full name.
using DeviceFactory = std::function<std::unique_ptr<Device>(const std::string& name, const DeviceOptions&)>;
void register_device(const std::string& prefix, DeviceFactory factory, DeviceInfo info);

}  // namespace bbkit::runtime
