// SPDX-License-Identifier: Apache-2.0
// baseband_bbkit: a DPDK 22.11 bbdev virtual device whose LDPC ops run on a bbkit runtime
// device ("cpu", "sim", "xrt:<n>"; docs/drivers-dpdk.md). Each bbdev queue is one runtime
// queue: enqueue turns rte_bbdev ops into card descriptors (mbuf payloads copied into runtime
// buffers), dequeue returns them in enqueue order with the completion's status bits, output
// and iteration count. An op the device cannot run is never dropped: it comes back with
// RTE_BBDEV_DATA_ERROR, a log line, and counts in the queue's statistics.
#include <rte_bbdev.h>
#include <rte_bbdev_pmd.h>
#include <rte_common.h>
#include <rte_dev.h>
#include <rte_devargs.h>
#include <rte_kvargs.h>
#include <rte_log.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <type_traits>
#include <cstdarg>
#include <cstdio>
#include <deque>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "bbkit/runtime/device.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "mbuf_io.h"
#include "op_flags.h"
#include "vdev_bus.h"

namespace bbkit::dpdk {
namespace {

constexpr const char* kDriverName = "baseband_bbkit";
constexpr const char* kArgDevice = "device";
constexpr const char* kArgQueues = "max_nb_queues";
constexpr const char* kArgQueueSize = "queue_size";
constexpr const char* kArgSocket = "socket_id";
constexpr const char* const kValidArgs[] = {kArgDevice, kArgQueues, kArgQueueSize, kArgSocket, nullptr};

int g_logtype = -1;

__attribute__((format(printf, 2, 3))) void pmd_log(std::uint32_t level, const char* fmt, ...) {
  char line[512];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  rte_log(level, static_cast<std::uint32_t>(g_logtype), "%s: %s\n", kDriverName, line);
}

/// One op between enqueue and dequeue. `sent` false: rejected at enqueue, its status is set.
struct Pending {
  void* op = nullptr;  // rte_bbdev_dec_op* or rte_bbdev_enc_op*
  runtime::LdpcOp rt;
  bool sent = false;
  std::string reject_reason;
};

struct DeviceState;

struct QueueState {
  const DeviceState* dev = nullptr;
  runtime::Queue* rt = nullptr;
  bool decode = false;
  std::uint32_t depth = 0;
  std::deque<Pending> pending;
  std::deque<runtime::Completion> done;
  std::uint64_t next_tag = 0;
};

struct DeviceState {
  std::string device_name;
  std::unique_ptr<runtime::Device> device;
  runtime::Capabilities caps;
  std::uint32_t dec_flags = 0, enc_flags = 0;
  rte_bbdev_op_cap op_caps[3]{};
  std::vector<std::unique_ptr<QueueState>> queues;
};

DeviceState* state(rte_bbdev* dev) { return static_cast<DeviceState*>(dev->data->dev_private); }

// --- control path -------------------------------------------------------------------------

void info_get(rte_bbdev* dev, rte_bbdev_driver_info* info) {
  DeviceState* s = state(dev);
  const auto queues = static_cast<unsigned>(s->caps.num_queues);
  info->driver_name = kDriverName;
  info->max_num_queues = queues;
  info->num_queues[RTE_BBDEV_OP_LDPC_DEC] = queues;
  info->num_queues[RTE_BBDEV_OP_LDPC_ENC] = queues;
  info->queue_size_lim = static_cast<std::uint32_t>(s->caps.queue_depth);
  info->hardware_accelerated = s->device_name.rfind("xrt", 0) == 0;
  info->max_dl_queue_priority = 0;
  info->max_ul_queue_priority = 0;
  info->queue_intr_supported = false;
  info->device_status = RTE_BBDEV_DEV_NOSTATUS;
  info->harq_buffer_size = 0;
  info->min_alignment = 1;
  info->data_endianness = RTE_LITTLE_ENDIAN;
  info->default_queue_conf.socket = dev->data->socket_id;
  info->default_queue_conf.queue_size = info->queue_size_lim;
  info->capabilities = s->op_caps;
  info->cpu_flag_reqs = nullptr;
}

int queue_setup(rte_bbdev* dev, std::uint16_t queue_id, const rte_bbdev_queue_conf* conf) {
  DeviceState* s = state(dev);
  if (conf->op_type != RTE_BBDEV_OP_LDPC_DEC && conf->op_type != RTE_BBDEV_OP_LDPC_ENC) {
    pmd_log(RTE_LOG_ERR, "queue %u: op type %d is not LDPC_DEC or LDPC_ENC", queue_id, static_cast<int>(conf->op_type));
    return -EINVAL;
  }
  auto q = std::make_unique<QueueState>();
  q->dev = s;
  q->rt = &s->device->queue(queue_id);
  q->decode = conf->op_type == RTE_BBDEV_OP_LDPC_DEC;
  q->depth = conf->queue_size;
  if (s->queues.size() <= queue_id) s->queues.resize(queue_id + 1u);
  dev->data->queues[queue_id].queue_private = q.get();
  s->queues[queue_id] = std::move(q);
  return 0;
}

int queue_release(rte_bbdev* dev, std::uint16_t queue_id) {
  DeviceState* s = state(dev);
  if (queue_id < s->queues.size() && s->queues[queue_id]) {
    QueueState& q = *s->queues[queue_id];
    // Ops the application never dequeued: let the device finish them so the runtime queue is
    // empty for the next setup; their completions are dropped with the queue.
    for (int tries = 0; q.rt->in_flight() > 0 && tries < 100; ++tries)
      q.rt->dequeue_wait(q.rt->in_flight(), std::chrono::milliseconds(100));
    s->queues[queue_id].reset();
  }
  dev->data->queues[queue_id].queue_private = nullptr;
  return 0;
}

void stats_get(rte_bbdev* dev, rte_bbdev_stats* stats) {
  *stats = {};
  for (std::uint16_t i = 0; i < dev->data->num_queues; ++i) {
    const rte_bbdev_stats& q = dev->data->queues[i].queue_stats;
    stats->enqueued_count += q.enqueued_count;
    stats->dequeued_count += q.dequeued_count;
    stats->enqueue_err_count += q.enqueue_err_count;
    stats->dequeue_err_count += q.dequeue_err_count;
    stats->enqueue_warn_count += q.enqueue_warn_count;
    stats->dequeue_warn_count += q.dequeue_warn_count;
    for (int k = 0; k < RTE_BBDEV_ENQ_STATUS_SIZE_MAX; ++k) stats->enqueue_status_count[k] += q.enqueue_status_count[k];
    stats->acc_offload_cycles += q.acc_offload_cycles;
  }
}

void stats_reset(rte_bbdev* dev) {
  for (std::uint16_t i = 0; i < dev->data->num_queues; ++i) dev->data->queues[i].queue_stats = {};
}

// rte_bbdev_close has released the queues; the runtime device stays open, because bbdev lets
// an application set the queues up again after a close. remove() closes it.
int dev_close(rte_bbdev*) { return 0; }

const rte_bbdev_ops kOps = [] {
  rte_bbdev_ops ops{};
  ops.close = dev_close;
  ops.info_get = info_get;
  ops.stats_get = stats_get;
  ops.stats_reset = stats_reset;
  ops.queue_setup = queue_setup;
  ops.queue_release = queue_release;
  return ops;
}();

// --- data path ----------------------------------------------------------------------------

/// What an rte_bbdev LDPC op says, decode or encode, in one shape.
struct OpView {
  rte_bbdev_op_data* input;
  rte_bbdev_op_data* output;
  std::uint32_t flags;
  std::uint8_t rv_index, basegraph, q_m, code_block_mode, iter_max;
  std::uint16_t z_c, n_cb, n_filler;
  std::uint32_t e;
  rte_bbdev_op_data* harq_input;   // decode: harq_combined_input; encode: none
  rte_bbdev_op_data* harq_output;  // decode: harq_combined_output; encode: none
};

OpView view(rte_bbdev_dec_op* op) {
  rte_bbdev_op_ldpc_dec& p = op->ldpc_dec;
  return {&p.input, &p.hard_output, p.op_flags, p.rv_index, p.basegraph, p.q_m, p.code_block_mode, p.iter_max,
          p.z_c, p.n_cb, p.n_filler, p.cb_params.e, &p.harq_combined_input, &p.harq_combined_output};
}
OpView view(rte_bbdev_enc_op* op) {
  rte_bbdev_op_ldpc_enc& p = op->ldpc_enc;
  return {&p.input, &p.output, p.op_flags, p.rv_index, p.basegraph, p.q_m, p.code_block_mode, 0,
          p.z_c, p.n_cb, p.n_filler, p.cb_params.e, nullptr, nullptr};
}

/// The runtime op for `v`, or false with the reason it cannot be sent to the device.
bool to_runtime(const OpView& v, bool decode, const DeviceState& s, runtime::LdpcOp& out, std::string& why) {
  if (v.code_block_mode != 1) {
    why = "transport-block mode (code_block_mode 0) is not supported: enqueue one op per code block";
    return false;
  }
  std::uint32_t unmapped = 0;
  const std::uint32_t card = card_flags(v.flags, decode, unmapped);
  const std::uint32_t unsupported = v.flags & ~(decode ? s.dec_flags : s.enc_flags);
  if (unsupported != 0) {
    why = "op_flags " + bbdev_flag_names(unsupported, decode) + " not supported by device '" + s.device_name + "'";
    return false;
  }
  if (v.output->data == nullptr) {
    why = "output has no mbuf";
    return false;
  }
  card::LdpcDesc& d = out.desc;
  d.op_type = static_cast<std::uint8_t>(decode ? card::OpType::LdpcDec : card::OpType::LdpcEnc);
  d.basegraph = v.basegraph;
  d.z_c = v.z_c;
  d.op_flags = card;
  d.n_filler = v.n_filler;
  d.n_cb = v.n_cb;
  d.e = v.e;
  d.q_m = v.q_m;
  d.rv_index = v.rv_index;
  d.iter_max = v.iter_max;
  d.in_len = v.input->length;
  out.input = s.device->alloc(std::max<std::size_t>(d.in_len, 1));
  if (!gather(*v.input, out.input->data(), why)) return false;
  // HARQ buffers (docs/card-contract.md "HARQ buffer": H = Ncb - F signed bytes, no fillers):
  // the input is read whole from its chain, the output sized below like the hard output.
  const bool harq_in = decode && (card & card::ldpc_op_flags::kHqCombineInEnable);
  const bool harq_out = decode && (card & card::ldpc_op_flags::kHqCombineOutEnable);
  if (harq_in) {
    d.harq_in_len = v.harq_input->length;
    out.harq_input = s.device->alloc(std::max<std::size_t>(d.harq_in_len, 1));
    if (!gather(*v.harq_input, out.harq_input->data(), why)) {
      why = "harq_combined_input: " + why;
      return false;
    }
  }
  if (harq_out && v.harq_output->data == nullptr) {
    why = "harq_combined_output has no mbuf (HQ_COMBINE_OUT_ENABLE)";
    return false;
  }
  // Size the outputs by what the op writes when the descriptor is sound (else by the chain, and
  // the device reports what is wrong). A chain too short for an output is the device's BAD_LENGTH.
  constexpr std::size_t kMaxOut = 1u << 20;  // more than any code block's output
  const std::size_t room = std::min(capacity(*v.output), kMaxOut);
  const std::size_t harq_room = harq_out ? std::min(capacity(*v.harq_output), kMaxOut) : 0;
  d.out_cap = static_cast<std::uint32_t>(room);
  d.harq_out_cap = static_cast<std::uint32_t>(harq_room);
  const runtime::DescCheck check = runtime::check_ldpc_desc(d, s.caps);
  const bool sound = check.code == card::ErrorCode::None;
  d.out_cap = static_cast<std::uint32_t>(std::min(room, sound ? std::size_t{check.out_bytes} : kMaxOut));
  if (!sound) pmd_log(RTE_LOG_DEBUG, "descriptor check: %s", check.why.c_str());
  out.output = s.device->alloc(std::max<std::uint32_t>(d.out_cap, 1));
  if (harq_out) {
    d.harq_out_cap = static_cast<std::uint32_t>(std::min(harq_room, sound ? std::size_t{check.harq_bytes} : kMaxOut));
    out.harq_output = s.device->alloc(std::max<std::uint32_t>(d.harq_out_cap, 1));
  }
  return true;
}

void reject(rte_bbdev_dec_op* op) { op->status = 1 << RTE_BBDEV_DATA_ERROR; }
void reject(rte_bbdev_enc_op* op) { op->status = 1 << RTE_BBDEV_DATA_ERROR; }

template <class RteOp>
std::uint16_t enqueue(rte_bbdev_queue_data* q_data, RteOp** ops, std::uint16_t num) {
  constexpr bool decode = std::is_same_v<RteOp, rte_bbdev_dec_op>;
  auto* q = static_cast<QueueState*>(q_data->queue_private);
  rte_bbdev_stats& stats = q_data->queue_stats;
  const std::size_t room = q->depth > q->pending.size() ? q->depth - q->pending.size() : 0;
  const auto n = static_cast<std::uint16_t>(std::min<std::size_t>(num, room));
  std::vector<Pending> batch(n);
  std::vector<runtime::LdpcOp> to_send;
  std::vector<std::uint16_t> sent_at;  // position in `ops` of each op in to_send
  to_send.reserve(n);
  for (std::uint16_t i = 0; i < n; ++i) {
    Pending& p = batch[i];
    p.op = ops[i];
    ops[i]->status = 0;
    std::string why;
    try {
      p.sent = to_runtime(view(ops[i]), decode, *q->dev, p.rt, why);
    } catch (const std::exception& e) {  // allocation failure and the like: this op only
      why = e.what();
      p.sent = false;
    }
    if (!p.sent) {
      p.reject_reason = std::move(why);
      continue;
    }
    p.rt.user_tag = q->next_tag + to_send.size();
    to_send.push_back(p.rt);
    sent_at.push_back(i);
  }
  std::size_t accepted = 0;
  try {
    accepted = to_send.empty() ? 0 : q->rt->enqueue(to_send.data(), to_send.size());
  } catch (const std::exception& e) {
    pmd_log(RTE_LOG_ERR, "device '%s' refused a batch: %s", q->dev->device_name.c_str(), e.what());
    accepted = 0;
  }
  // Ops after the first one the device could not take stay with the caller (queue full).
  std::uint16_t taken = n;
  if (accepted < to_send.size()) {
    taken = sent_at[accepted];
    q_data->enqueue_status = RTE_BBDEV_ENQ_STATUS_QUEUE_FULL;
    ++stats.enqueue_status_count[RTE_BBDEV_ENQ_STATUS_QUEUE_FULL];
  } else if (n < num) {
    q_data->enqueue_status = RTE_BBDEV_ENQ_STATUS_QUEUE_FULL;
    ++stats.enqueue_status_count[RTE_BBDEV_ENQ_STATUS_QUEUE_FULL];
  } else {
    q_data->enqueue_status = RTE_BBDEV_ENQ_STATUS_NONE;
  }
  q->next_tag += accepted;
  for (std::uint16_t i = 0; i < taken; ++i) {
    if (!batch[i].sent) {  // taken, rejected: it completes with DATA_ERROR at its turn
      reject(ops[i]);
      ++stats.enqueue_err_count;
      pmd_log(RTE_LOG_ERR, "%s op rejected at enqueue (RTE_BBDEV_DATA_ERROR): %s", decode ? "LDPC_DEC" : "LDPC_ENC",
              batch[i].reject_reason.c_str());
    }
    q->pending.push_back(std::move(batch[i]));
  }
  stats.enqueued_count += taken;
  return taken;
}

void complete(rte_bbdev_dec_op* op, const runtime::Completion& c) { op->ldpc_dec.iter_count = static_cast<std::uint8_t>(c.iterations); }
void complete(rte_bbdev_enc_op*, const runtime::Completion&) {}

template <class RteOp>
std::uint16_t dequeue(rte_bbdev_queue_data* q_data, RteOp** ops, std::uint16_t num) {
  constexpr bool decode = std::is_same_v<RteOp, rte_bbdev_dec_op>;
  auto* q = static_cast<QueueState*>(q_data->queue_private);
  rte_bbdev_stats& stats = q_data->queue_stats;
  std::uint16_t n = 0;
  while (n < num && !q->pending.empty()) {
    Pending& p = q->pending.front();
    auto* op = static_cast<RteOp*>(p.op);
    if (!p.sent) {
      ++stats.dequeue_err_count;
    } else {
      if (q->done.empty()) {
        std::vector<runtime::Completion> got = q->rt->dequeue(num - n);
        if (got.empty()) break;  // the device is still on it
        for (runtime::Completion& c : got) q->done.push_back(std::move(c));
      }
      const runtime::Completion c = std::move(q->done.front());
      q->done.pop_front();
      if (c.user_tag != p.rt.user_tag)  // the runtime completes a queue in order; say so if not
        pmd_log(RTE_LOG_CRIT, "completion tag %llu where %llu was due", static_cast<unsigned long long>(c.user_tag),
            static_cast<unsigned long long>(p.rt.user_tag));
      if (c.status == runtime::OpStatus::Error) {
        op->status = 1 << RTE_BBDEV_DATA_ERROR;
        ++stats.dequeue_err_count;
        pmd_log(RTE_LOG_ERR, "%s op failed on device '%s' (RTE_BBDEV_DATA_ERROR): %s: %s",
            decode ? "LDPC_DEC" : "LDPC_ENC", q->dev->device_name.c_str(), runtime::to_string(c.error_code),
            c.error.c_str());
      } else {
        const OpView v = view(op);
        rte_bbdev_op_data& out = *v.output;
        const bool harq_out = c.harq_out_len > 0 && p.rt.harq_output != nullptr;
        if (c.out_len > capacity(out) || (harq_out && c.harq_out_len > capacity(*v.harq_output))) {
          op->status = 1 << RTE_BBDEV_DATA_ERROR;  // cannot happen: the caps came from capacity()
          ++stats.dequeue_err_count;
          pmd_log(RTE_LOG_ERR, "%s op: the device wrote more than the output mbufs hold", decode ? "LDPC_DEC" : "LDPC_ENC");
        } else {
          scatter(out, p.rt.output->data(), c.out_len);
          if (harq_out) scatter(*v.harq_output, p.rt.harq_output->data(), c.harq_out_len);
          if (c.status == runtime::OpStatus::Syn || c.status == runtime::OpStatus::SynCrc)
            op->status |= 1 << RTE_BBDEV_SYNDROME_ERROR;
          if (c.status == runtime::OpStatus::Crc || c.status == runtime::OpStatus::SynCrc)
            op->status |= 1 << RTE_BBDEV_CRC_ERROR;
          complete(op, c);
        }
      }
    }
    ops[n++] = op;
    q->pending.pop_front();
  }
  stats.dequeued_count += n;
  return n;
}

std::uint16_t enqueue_dec(rte_bbdev_queue_data* q, rte_bbdev_dec_op** ops, std::uint16_t n) { return enqueue(q, ops, n); }
std::uint16_t enqueue_enc(rte_bbdev_queue_data* q, rte_bbdev_enc_op** ops, std::uint16_t n) { return enqueue(q, ops, n); }
std::uint16_t dequeue_dec(rte_bbdev_queue_data* q, rte_bbdev_dec_op** ops, std::uint16_t n) { return dequeue(q, ops, n); }
std::uint16_t dequeue_enc(rte_bbdev_queue_data* q, rte_bbdev_enc_op** ops, std::uint16_t n) { return dequeue(q, ops, n); }

// --- probe / remove -----------------------------------------------------------------------

struct Args {
  std::string device = "cpu";
  int queues = 4;
  int queue_size = 1024;
  int socket = 0;
};

int parse_int(const char* key, const char* value, void* out) {
  char* end = nullptr;
  const long v = std::strtol(value, &end, 0);
  if (end == value || *end != '\0' || v < 0 || v > 1 << 20) {
    pmd_log(RTE_LOG_ERR, "devarg %s=%s is not a non-negative integer", key, value);
    return -EINVAL;
  }
  *static_cast<int*>(out) = static_cast<int>(v);
  return 0;
}

int parse_string(const char*, const char* value, void* out) {
  *static_cast<std::string*>(out) = value;
  return 0;
}

bool parse_args(const char* text, Args& args) {
  if (text == nullptr || *text == '\0') return true;
  rte_kvargs* kv = rte_kvargs_parse(text, kValidArgs);
  if (kv == nullptr) {
    pmd_log(RTE_LOG_ERR, "devargs '%s': keys are device, max_nb_queues, queue_size, socket_id", text);
    return false;
  }
  const bool ok = rte_kvargs_process(kv, kArgDevice, parse_string, &args.device) == 0 &&
                  rte_kvargs_process(kv, kArgQueues, parse_int, &args.queues) == 0 &&
                  rte_kvargs_process(kv, kArgQueueSize, parse_int, &args.queue_size) == 0 &&
                  rte_kvargs_process(kv, kArgSocket, parse_int, &args.socket) == 0;
  rte_kvargs_free(kv);
  return ok;
}

void fill_caps(DeviceState& s) {
  s.dec_flags = supported_bbdev_flags(true, s.caps);
  s.enc_flags = supported_bbdev_flags(false, s.caps);
  int k = 0;
  if (s.caps.supports(card::OpType::LdpcDec)) {
    rte_bbdev_op_cap& c = s.op_caps[k++];
    c.type = RTE_BBDEV_OP_LDPC_DEC;
    c.cap.ldpc_dec.capability_flags = s.dec_flags;
    c.cap.ldpc_dec.llr_size = static_cast<std::int8_t>(s.caps.llr_width);
    c.cap.ldpc_dec.llr_decimals = static_cast<std::int8_t>(s.caps.llr_frac);
    c.cap.ldpc_dec.num_buffers_src = 1;
    c.cap.ldpc_dec.num_buffers_hard_out = 1;
    c.cap.ldpc_dec.num_buffers_soft_out = 0;
  }
  if (s.caps.supports(card::OpType::LdpcEnc)) {
    rte_bbdev_op_cap& c = s.op_caps[k++];
    c.type = RTE_BBDEV_OP_LDPC_ENC;
    c.cap.ldpc_enc.capability_flags = s.enc_flags;
    c.cap.ldpc_enc.num_buffers_src = 1;
    c.cap.ldpc_enc.num_buffers_dst = 1;
  }
  s.op_caps[k].type = RTE_BBDEV_OP_NONE;  // RTE_BBDEV_END_OF_CAPABILITIES_LIST
}

int probe(rte_vdev_device* vdev) {
  rte_device* device = vdev_device(vdev);
  const char* name = rte_dev_name(device);
  const rte_devargs* devargs = rte_dev_devargs(device);
  Args args;
  if (name == nullptr || !parse_args(devargs != nullptr ? devargs->args : nullptr, args)) return -EINVAL;
  if (args.queue_size < 1 || !rte_is_power_of_2(static_cast<std::uint32_t>(args.queue_size))) {
    pmd_log(RTE_LOG_ERR, "%s: queue_size=%d is not a power of 2 (bbdev queues are)", name, args.queue_size);
    return -EINVAL;
  }
  auto s = std::make_unique<DeviceState>();
  s->device_name = args.device;
  try {
    runtime::DeviceOptions options;
    options.num_queues = args.queues;
    options.queue_depth = args.queue_size;
    s->device = runtime::open_device(args.device, options);
    s->caps = s->device->capabilities();
    if (!s->caps.computes) throw runtime::DeviceError(args.device + " does not compute results (noop shim)");
  } catch (const std::exception& e) {
    pmd_log(RTE_LOG_ERR, "vdev %s: cannot open runtime device '%s': %s", name, args.device.c_str(), e.what());
    return -ENODEV;
  }
  s->caps.num_queues = args.queues;
  s->caps.queue_depth = args.queue_size;
  fill_caps(*s);

  rte_bbdev* bbdev = rte_bbdev_allocate(name);
  if (bbdev == nullptr) {
    pmd_log(RTE_LOG_ERR, "%s: rte_bbdev_allocate failed", name);
    return -ENODEV;
  }
  bbdev->dev_ops = &kOps;
  bbdev->device = device;
  bbdev->data->socket_id = args.socket;
  bbdev->enqueue_ldpc_dec_ops = enqueue_dec;
  bbdev->enqueue_ldpc_enc_ops = enqueue_enc;
  bbdev->dequeue_ldpc_dec_ops = dequeue_dec;
  bbdev->dequeue_ldpc_enc_ops = dequeue_enc;
  pmd_log(RTE_LOG_INFO, "vdev %s: runtime device '%s' (%s), %d queues of %d ops, LLR S%d.%d, dec flags 0x%X, enc flags 0x%X",
      name, args.device.c_str(), s->caps.description.c_str(), args.queues, args.queue_size, s->caps.llr_width,
      s->caps.llr_frac, s->dec_flags, s->enc_flags);
  bbdev->data->dev_private = s.release();
  return 0;
}

int remove(rte_vdev_device* vdev) {
  const char* name = rte_dev_name(vdev_device(vdev));
  rte_bbdev* bbdev = name != nullptr ? rte_bbdev_get_named_dev(name) : nullptr;
  if (bbdev == nullptr) return -EINVAL;
  delete state(bbdev);
  bbdev->data->dev_private = nullptr;
  return rte_bbdev_release(bbdev);
}

bbkit_vdev_driver g_driver = [] {
  bbkit_vdev_driver d{};
  d.probe = probe;
  d.remove = remove;
  return d;
}();

// What RTE_PMD_REGISTER_VDEV and RTE_LOG_REGISTER_DEFAULT expand to, at load time (the library
// is LD_PRELOADed or linked, so this runs before rte_eal_init scans the vdev bus).
__attribute__((constructor)) void register_driver() {
  g_logtype = rte_log_register_type_and_pick_level("pmd.bb.bbkit", RTE_LOG_INFO);
  g_driver.driver.name = kDriverName;
  rte_vdev_register(&g_driver);
}

}  // namespace
}  // namespace bbkit::dpdk
