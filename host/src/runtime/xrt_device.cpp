// SPDX-License-Identifier: Apache-2.0
// The xrt device: a card through XRT's native C++ API. open: validate the xclbin against the
// card contract, xrt::device(index), load_xclbin, one xrt::kernel per kit kernel in it, the
// identity check and CAPS registers through an exclusive kernel handle. Each queue's engine
// gathers a batch into device buffers (descriptors, zeroed completions, payload), starts the
// kernel, waits with the batch's deadline, syncs the completions and payload back.
//
// Under XCL_EMULATION_MODE=noop XRT runs this whole host path with no card, but the shim
// refuses register access and computes nothing: identity and CAPS are not read, capabilities
// say computes = false, and every op completes with an error saying nothing was computed.
#include <xrt/xrt_bo.h>
#include <xrt/xrt_device.h>
#include <xrt/xrt_kernel.h>
#include <experimental/xrt_system.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>

#include "bbkit/card/generated/kernels.h"
#include "bbkit/card/identity.h"
#include "bbkit/common/error.h"
#include "bbkit/runtime/devices.h"
#include "bbkit/runtime/engine.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "bbkit/runtime/platform.h"
#include "bbkit/xclbin/xclbin.h"

namespace bbkit::runtime {
namespace {

constexpr std::size_t kAlign = 64;                      // one 512-bit AXI beat

std::size_t align_up(std::size_t n) { return (n + kAlign - 1) / kAlign * kAlign; }
// Buffer objects in whole pages: XRT's host allocations are page-aligned, and its noop shim
// asks aligned_alloc for page alignment with the size as given (which C11 requires to be a
// multiple of the alignment; AddressSanitizer rejects it otherwise).
std::size_t page_up(std::size_t n) { return (n + 4095) / 4096 * 4096; }

bool noop_shim() {
  const char* mode = std::getenv("XCL_EMULATION_MODE");
  return mode != nullptr && std::string(mode) == "noop";
}

int parse_index(const std::string& name) {
  const std::string digits = name.size() > 4 ? name.substr(4) : "";
  if (digits.empty() || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), ::isdigit))
    throw DeviceError(name + ": an xrt device is named xrt:<index>, e.g. xrt:0");
  return std::stoi(digits);
}

/// What one queue's engine shares with the others: the device and its kernels.
struct XrtContext {
  std::string name;
  xrt::device device;
  xrt::uuid uuid;
  std::map<card::OpType, std::pair<const card::KernelDesc*, xrt::kernel>> kernels;
  bool computes = true;
};

class XrtEngine final : public Engine {
 public:
  XrtEngine(std::shared_ptr<XrtContext> ctx, const Capabilities& caps, std::size_t max_batch)
      : ctx_(std::move(ctx)), caps_(caps), max_batch_(max_batch) {}

  void run(std::vector<Job>& jobs, Clock::time_point deadline) override {
    for (Job& j : jobs)  // no kernel of that type in the xclbin: the card would say BAD_OP_TYPE
      if (!j.done && !caps_.supports(static_cast<card::OpType>(j.op.desc.op_type))) {
        card::Cmpl c{};
        c.status = card::cmpl_status::kDone | card::cmpl_status::kErr;
        c.error_code = static_cast<std::uint8_t>(card::ErrorCode::BadOpType);
        j.completion = completion_from_cmpl(c, j.op.user_tag, ctx_->name + " has no kernel for op_type " +
                                                                  std::to_string(j.op.desc.op_type));
        j.done = true;
      }
    // A kernel runs one op type; a mixed batch becomes one start per kernel, in op-type order.
    for (auto& [type, kernel] : ctx_->kernels) {
      std::vector<Job*> sub;
      for (Job& j : jobs)
        if (j.op.desc.op_type == static_cast<std::uint8_t>(type)) sub.push_back(&j);
      if (!sub.empty()) run_kernel(type, sub, deadline);
    }
  }

 private:
  struct Buffers {
    xrt::bo desc, cmpl, data, harq;
    std::size_t data_size = 0, harq_size = 0;
  };

  Buffers& buffers(card::OpType type, std::size_t data_bytes, std::size_t harq_bytes) {
    auto& [kdesc, kernel] = ctx_->kernels.at(type);
    Buffers& b = buffers_[type];
    if (!b.desc) {
      b.desc = xrt::bo(ctx_->device, page_up(max_batch_ * sizeof(card::LdpcDesc)), kernel.group_id(0));
      b.cmpl = xrt::bo(ctx_->device, page_up(max_batch_ * sizeof(card::Cmpl)), kernel.group_id(1));
    }
    if (b.data_size < data_bytes) {
      b.data_size = page_up(std::max<std::size_t>(data_bytes, 1 << 20));
      b.data = xrt::bo(ctx_->device, b.data_size, kernel.group_id(2));
    }
    if (kdesc->num_args == 5 && (!b.harq || b.harq_size < harq_bytes)) {  // the decoder's HARQ argument
      b.harq_size = page_up(std::max<std::size_t>(harq_bytes, 4096));
      b.harq = xrt::bo(ctx_->device, b.harq_size, kernel.group_id(3));
    }
    return b;
  }

  // HARQ buffers of a decode op's flags (enqueue checked their ranges); a kernel without HARQ
  // gets them all the same and answers BAD_FLAGS.
  static bool harq_flag(const LdpcOp& op, std::uint32_t flag) {
    return op.desc.op_type == static_cast<std::uint8_t>(card::OpType::LdpcDec) && (op.desc.op_flags & flag);
  }
  static bool has_harq_in(const LdpcOp& op) { return harq_flag(op, card::ldpc_op_flags::kHqCombineInEnable) && op.harq_input; }
  static bool has_harq_out(const LdpcOp& op) {
    return harq_flag(op, card::ldpc_op_flags::kHqCombineOutEnable) && op.harq_output;
  }

  void run_kernel(card::OpType type, std::vector<Job*>& sub, Clock::time_point deadline) {
    // Payload layout in the staging buffer: each op's input then its output, beat-aligned.
    // HARQ buffers likewise in the HARQ buffer object, each at a 64-byte offset.
    std::vector<std::size_t> in_at(sub.size()), out_at(sub.size()), harq_in_at(sub.size()), harq_out_at(sub.size());
    std::size_t bytes = 0, harq_bytes = 0;
    for (std::size_t i = 0; i < sub.size(); ++i) {
      const LdpcOp& op = sub[i]->op;
      in_at[i] = bytes;
      bytes += align_up(op.desc.in_len);
      out_at[i] = bytes;
      bytes += align_up(op.desc.out_cap);
      harq_in_at[i] = harq_bytes;
      if (has_harq_in(op)) harq_bytes += align_up(op.desc.harq_in_len);
      harq_out_at[i] = harq_bytes;
      if (has_harq_out(op)) harq_bytes += align_up(op.desc.harq_out_cap);
    }
    Buffers& b = buffers(type, bytes, harq_bytes);
    auto* desc = b.desc.map<card::LdpcDesc*>();
    auto* cmpl = b.cmpl.map<card::Cmpl*>();
    auto* data = b.data.map<std::uint8_t*>();
    std::uint8_t* harq = b.harq ? b.harq.map<std::uint8_t*>() : nullptr;
    for (std::size_t i = 0; i < sub.size(); ++i) {
      const LdpcOp& op = sub[i]->op;
      desc[i] = op.desc;
      desc[i].in_addr = in_at[i];
      desc[i].out_addr = out_at[i];
      std::memcpy(data + in_at[i], op.input->data() + op.desc.in_addr, op.desc.in_len);
      if (harq != nullptr && has_harq_in(op)) {
        desc[i].harq_in_addr = static_cast<std::uint32_t>(harq_in_at[i]);
        std::memcpy(harq + harq_in_at[i], op.harq_input->data() + op.desc.harq_in_addr, op.desc.harq_in_len);
      }
      if (harq != nullptr && has_harq_out(op)) desc[i].harq_out_addr = static_cast<std::uint32_t>(harq_out_at[i]);
    }
    std::memset(cmpl, 0, sub.size() * sizeof(card::Cmpl));
    b.desc.sync(XCL_BO_SYNC_BO_TO_DEVICE);
    b.cmpl.sync(XCL_BO_SYNC_BO_TO_DEVICE);
    b.data.sync(XCL_BO_SYNC_BO_TO_DEVICE);
    if (harq_bytes > 0 && b.harq) b.harq.sync(XCL_BO_SYNC_BO_TO_DEVICE, harq_bytes, 0);

    xrt::kernel& kernel = ctx_->kernels.at(type).second;
    xrt::run run(kernel);
    run.set_arg(0, b.desc);
    run.set_arg(1, b.cmpl);
    run.set_arg(2, b.data);
    const auto num_ops = static_cast<std::uint32_t>(sub.size());
    if (b.harq) {
      run.set_arg(3, b.harq);
      run.set_arg(4, num_ops);
    } else {
      run.set_arg(3, num_ops);
    }
    run.start();
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    const ert_cmd_state state = run.wait(std::max(left, std::chrono::milliseconds{1}));
    if (state == ERT_CMD_STATE_TIMEOUT) {
      run.abort();
      return;  // the jobs stay undone: Timeout completions
    }
    if (state != ERT_CMD_STATE_COMPLETED)
      throw DeviceError(ctx_->name + ": the kernel run ended in ERT state " + std::to_string(state));
    b.cmpl.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
    b.data.sync(XCL_BO_SYNC_BO_FROM_DEVICE);
    if (harq_bytes > 0 && b.harq) b.harq.sync(XCL_BO_SYNC_BO_FROM_DEVICE, harq_bytes, 0);
    for (std::size_t i = 0; i < sub.size(); ++i) {
      Job& job = *sub[i];
      const card::Cmpl& c = cmpl[i];
      if (!ctx_->computes) {
        job.completion = completion_from_cmpl(c, job.op.user_tag);
        job.completion.error = "XRT noop shim: the run completed, but nothing computes the op (no card)";
      } else if ((c.status & card::cmpl_status::kDone) && c.tag != job.op.desc.tag) {
        job.completion = completion_from_cmpl(card::Cmpl{}, job.op.user_tag);
        job.completion.error = "completion record " + std::to_string(i) + " carries tag " + std::to_string(c.tag) +
                               ", the descriptor's is " + std::to_string(job.op.desc.tag);
      } else {
        job.completion = completion_from_cmpl(c, job.op.user_tag);
        const std::size_t n = std::min<std::size_t>(c.out_len, job.op.desc.out_cap);
        std::memcpy(job.op.output->data() + job.op.desc.out_addr, data + out_at[i], n);
        if (harq != nullptr && has_harq_out(job.op))
          std::memcpy(job.op.harq_output->data() + job.op.desc.harq_out_addr, harq + harq_out_at[i],
                      std::min<std::size_t>(c.harq_out_len, job.op.desc.harq_out_cap));
      }
      job.done = true;
    }
  }

  std::shared_ptr<XrtContext> ctx_;
  Capabilities caps_;
  std::size_t max_batch_;
  std::map<card::OpType, Buffers> buffers_;
};

card::OpType op_type_of(const card::KernelDesc& k) {
  return k.kernel_id == card::kLdpcDec.kernel_id ? card::OpType::LdpcDec : card::OpType::LdpcEnc;
}

// A CU's registers through an exclusive kernel handle (XRT allows register reads only there),
// so identity and CAPS are read by the same ApCtrlKernel code as on the sim platform.
class XrtControlPort final : public ControlPort {
 public:
  XrtControlPort(XrtContext& ctx, const char* kernel)
      : kernel_(ctx.device, ctx.uuid, kernel, xrt::kernel::cu_access_mode::exclusive) {}
  std::uint32_t read(std::uint32_t offset) override { return kernel_.read_register(offset); }
  void write(std::uint32_t offset, std::uint32_t value) override { kernel_.write_register(offset, value); }
  void step(std::uint64_t) override {}  // a card's clock runs by itself
  std::uint64_t cycle() const override { return 0; }

 private:
  xrt::kernel kernel_;
};

void read_card(XrtContext& ctx, const card::KernelDesc& k, Capabilities& caps) {
  XrtControlPort port(ctx, k.name);
  ApCtrlKernel kernel(k, port, ctx.name + " " + k.name);
  kernel.check_identity();
  if (op_type_of(k) == card::OpType::LdpcDec) kernel.read_caps(caps);
}

}  // namespace

bool xrt_device_built() { return true; }

std::unique_ptr<Device> open_xrt_device(const std::string& name, const DeviceOptions& options) {
  const int index = parse_index(name);
  if (options.xclbin.empty()) throw DeviceError(name + ": needs an xclbin (DeviceOptions::xclbin, --xclbin FILE)");
  xclbin::XclbinInfo info;
  try {
    info = xclbin::read_xclbin_file(options.xclbin);
    xclbin::validate_against_contract(info);
  } catch (const xclbin::XclbinError& e) {
    throw DeviceError(name + ": " + e.what());
  }
  auto ctx = std::make_shared<XrtContext>();
  ctx->name = name;
  ctx->computes = !noop_shim();
  Capabilities caps = golden_capabilities();  // the contract's limits until the card's CAPS say otherwise
  caps.device = name;
  caps.kernels.clear();
  caps.computes = ctx->computes;
  try {
    // The noop shim opens any index and enumerates none, so only a real system is counted.
    if (ctx->computes) {
      const std::size_t count = xrt::system::enumerate_devices();
      if (static_cast<std::size_t>(index) >= count)
        throw DeviceError(name + ": XRT sees " + std::to_string(count) + " device(s) on this host" +
                          (count ? ", indices 0.." + std::to_string(count - 1) : std::string(" (no card)")));
    }
    ctx->device = xrt::device(static_cast<unsigned>(index));
    ctx->uuid = ctx->device.load_xclbin(options.xclbin);
    for (const xclbin::XmlKernel& xk : info.kernels)
      for (const card::KernelDesc* k : card::kKernels)
        if (xk.name == k->name) {
          if (ctx->computes) read_card(*ctx, *k, caps);
          ctx->kernels[op_type_of(*k)] = {k, xrt::kernel(ctx->device, ctx->uuid, k->name)};
          caps.kernels.push_back(op_type_of(*k));
        }
  } catch (const DeviceError&) {
    throw;
  } catch (const card::IdentityError& e) {
    throw DeviceError(name + ": " + e.what());
  } catch (const std::exception& e) {
    throw DeviceError(name + ": XRT: " + e.what());
  }
  caps.description = std::string(ctx->computes ? "card" : "XRT noop shim (no card: plumbing only, computes nothing)") +
                     ", xclbin " + info.uuid;
  const std::size_t max_batch = options.max_batch;
  return std::make_unique<EngineDevice>(
      caps, options, [ctx, caps, max_batch](int) { return std::make_unique<XrtEngine>(ctx, caps, max_batch); });
}

}  // namespace bbkit::runtime
