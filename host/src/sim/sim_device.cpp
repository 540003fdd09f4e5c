// SPDX-License-Identifier: Apache-2.0
#include "sim_device.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <map>
#include <mutex>

#include "bbkit/card/generated/bbkit_ldpc_enc_regs.h"
#include "bbkit/card/generated/desc.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/runtime/engine.h"
#include "bbkit/runtime/devices.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "verilated_kernel.h"

namespace bbkit::runtime {
namespace {

constexpr std::uint64_t kAlign = 64;  // one 512-bit AXI beat

std::uint64_t align_up(std::uint64_t n) { return (n + kAlign - 1) / kAlign * kAlign; }

card::OpType op_type_of(const card::KernelDesc& k) {
  return k.kernel_id == card::kLdpcDec.kernel_id ? card::OpType::LdpcDec : card::OpType::LdpcEnc;
}

// HARQ bytes an op moves: only a decode op with the flag and its buffer (enqueue checked the
// range) has any; a device without HARQ still passes them and its kernel answers BAD_FLAGS.
bool harq_op(const LdpcOp& op, std::uint32_t flag) {
  return op.desc.op_type == static_cast<std::uint8_t>(card::OpType::LdpcDec) && (op.desc.op_flags & flag);
}
bool has_harq_in(const LdpcOp& op) { return harq_op(op, card::ldpc_op_flags::kHqCombineInEnable) && op.harq_input; }
bool has_harq_out(const LdpcOp& op) { return harq_op(op, card::ldpc_op_flags::kHqCombineOutEnable) && op.harq_output; }
std::uint32_t harq_in_len(const LdpcOp& op) { return has_harq_in(op) ? op.desc.harq_in_len : 0; }
std::uint32_t harq_out_cap(const LdpcOp& op) { return has_harq_out(op) ? op.desc.harq_out_cap : 0; }

struct SimPlatform {
  std::string name;
  std::mutex mutex;
  DeviceMemory memory;
  DeviceMemoryAxi axi_memory{memory};
  std::map<card::OpType, SimKernelSlot> slots;
  explicit SimPlatform(std::uint64_t bytes) : memory(bytes) {}
};

class SimEngine final : public Engine {
 public:
  SimEngine(std::shared_ptr<SimPlatform> platform, Capabilities caps)
      : platform_(std::move(platform)), caps_(std::move(caps)) {}

  void run(std::vector<Job>& jobs, Clock::time_point deadline) override {
    std::lock_guard<std::mutex> lock(platform_->mutex);
    for (Job& j : jobs)  // no kernel of that type on the platform: a card would say BAD_OP_TYPE
      if (!caps_.supports(static_cast<card::OpType>(j.op.desc.op_type))) {
        card::Cmpl c{};
        c.status = card::cmpl_status::kDone | card::cmpl_status::kErr;
        c.error_code = static_cast<std::uint8_t>(card::ErrorCode::BadOpType);
        j.completion = completion_from_cmpl(c, j.op.user_tag, platform_->name + " has no kernel for op_type " +
                                                                  std::to_string(j.op.desc.op_type));
        j.done = true;
      }
    // A kernel runs one op type; a mixed batch becomes one start per kernel, in op-type order.
    for (auto& [type, slot] : platform_->slots) {
      std::vector<Job*> sub;
      for (Job& j : jobs)
        if (j.op.desc.op_type == static_cast<std::uint8_t>(type)) sub.push_back(&j);
      if (!sub.empty() && !run_kernel(slot, sub, deadline)) return;  // timed out: the rest too
    }
  }

 private:
  bool run_kernel(SimKernelSlot& slot, std::vector<Job*>& sub, Clock::time_point deadline) {
    DeviceMemory& mem = platform_->memory;
    mem.free_all();  // one batch at a time on the platform
    BatchArgs args;
    args.num_ops = static_cast<std::uint32_t>(sub.size());
    args.desc = mem.alloc(sub.size() * sizeof(card::LdpcDesc));
    args.cmpl = mem.alloc(sub.size() * sizeof(card::Cmpl));
    std::uint64_t payload = 0, harq_bytes = 0;
    for (const Job* j : sub) {
      payload += align_up(j->op.desc.in_len) + align_up(j->op.desc.out_cap);
      harq_bytes += align_up(harq_in_len(j->op)) + align_up(harq_out_cap(j->op));
    }
    args.data = mem.alloc(std::max<std::uint64_t>(payload, kAlign));
    args.harq = mem.alloc(std::max<std::uint64_t>(harq_bytes, kAlign));  // never 0: a valid address
    std::vector<std::uint64_t> out_at(sub.size()), harq_out_at(sub.size());
    std::uint64_t at = 0, harq_at = 0;
    for (std::size_t i = 0; i < sub.size(); ++i) {
      const LdpcOp& op = sub[i]->op;
      card::LdpcDesc d = op.desc;
      d.in_addr = at;  // offsets from DATA (docs/card-contract.md)
      mem.write(args.data + at, op.input->data() + op.desc.in_addr, op.desc.in_len);
      at += align_up(op.desc.in_len);
      d.out_addr = out_at[i] = at;
      at += align_up(op.desc.out_cap);
      // HARQ buffers of the flags set, at 64-byte offsets from HARQ (the kernel's rule)
      if (has_harq_in(op)) {
        d.harq_in_addr = static_cast<std::uint32_t>(harq_at);
        mem.write(args.harq + harq_at, op.harq_input->data() + op.desc.harq_in_addr, op.desc.harq_in_len);
        harq_at += align_up(op.desc.harq_in_len);
      }
      if (has_harq_out(op)) {
        d.harq_out_addr = static_cast<std::uint32_t>(harq_out_at[i] = harq_at);
        harq_at += align_up(op.desc.harq_out_cap);
      }
      mem.write(args.desc + i * sizeof d, &d, sizeof d);
      const card::Cmpl zero{};
      mem.write(args.cmpl + i * sizeof zero, &zero, sizeof zero);
    }
    ApCtrlKernel kernel(*slot.kernel, *slot.port, platform_->name + " " + slot.kernel->name);
    kernel.start(args);
    if (!kernel.wait_done(deadline)) return false;
    for (std::size_t i = 0; i < sub.size(); ++i) {
      Job& job = *sub[i];
      card::Cmpl c{};
      mem.read(args.cmpl + i * sizeof c, &c, sizeof c);
      if ((c.status & card::cmpl_status::kDone) && c.tag != job.op.desc.tag) {
        job.completion = completion_from_cmpl(card::Cmpl{}, job.op.user_tag);
        job.completion.error = "completion record " + std::to_string(i) + " carries tag " + std::to_string(c.tag) +
                               ", the descriptor's is " + std::to_string(job.op.desc.tag);
      } else {
        job.completion = completion_from_cmpl(c, job.op.user_tag);
        mem.read(args.data + out_at[i], job.op.output->data() + job.op.desc.out_addr,
                 std::min<std::size_t>(c.out_len, job.op.desc.out_cap));
        if (has_harq_out(job.op))
          mem.read(args.harq + harq_out_at[i], job.op.harq_output->data() + job.op.desc.harq_out_addr,
                   std::min<std::size_t>(c.harq_out_len, job.op.desc.harq_out_cap));
      }
      job.done = true;
    }
    return true;
  }

  std::shared_ptr<SimPlatform> platform_;
  Capabilities caps_;
};

}  // namespace

bool DeviceMemoryAxi::read(std::uint64_t addr, std::uint8_t* dst, std::size_t n) {
  try {
    memory_.read(addr, dst, n);
    return true;
  } catch (const DeviceError&) {
    return false;
  }
}

bool DeviceMemoryAxi::write(std::uint64_t addr, const std::uint8_t* src, std::size_t n) {
  try {
    memory_.write(addr, src, n);
    return true;
  } catch (const DeviceError&) {
    return false;
  }
}

std::unique_ptr<Device> open_sim_platform_device(const std::string& name, const DeviceOptions& options,
                                                 const SimSlotFactory& make_slots, std::uint64_t memory_bytes) {
  auto platform = std::make_shared<SimPlatform>(memory_bytes);
  platform->name = name;
  Capabilities caps = golden_capabilities();
  caps.device = name;
  caps.kernels.clear();
  caps.harq = false;  // the decoder kernel's CAPS1.harq says (read_caps)
  for (SimKernelSlot& slot : make_slots(platform->axi_memory)) {
    ApCtrlKernel kernel(*slot.kernel, *slot.port, name + " " + slot.kernel->name);
    try {
      kernel.check_identity();
    } catch (const card::IdentityError& e) {
      throw DeviceError(name + ": " + e.what());
    }
    const card::OpType type = op_type_of(*slot.kernel);
    if (type == card::OpType::LdpcDec) kernel.read_caps(caps);
    if (type == card::OpType::LdpcEnc) {  // the encoder's lifting-size limit binds too
      const std::uint32_t caps0 = slot.port->read(offsetof(bbkit_ldpc_enc_t, CAPS0));
      caps.max_zc = std::min<int>(caps.max_zc, static_cast<int>((caps0 & BBKIT_LDPC_ENC__CAPS0__ZMAX_bm) >>
                                                                   BBKIT_LDPC_ENC__CAPS0__ZMAX_bp));
    }
    caps.kernels.push_back(type);
    platform->slots[type] = std::move(slot);
  }
  caps.description = "emulated platform: device memory, AXI4-Lite control, ap_ctrl_hs";
  return std::make_unique<EngineDevice>(caps, options,
                                        [platform, caps](int) { return std::make_unique<SimEngine>(platform, caps); });
}

bool sim_device_built() { return true; }

std::unique_ptr<Device> open_sim_device(const std::string& name, const DeviceOptions& options) {
  if (name != "sim") throw DeviceError(name + ": the sim device is named 'sim' (no index)");
  return open_sim_platform_device(name, options, [](sim::AxiMemory& memory) {
    std::vector<SimKernelSlot> slots;
    slots.push_back({&card::kLdpcDec, make_verilated_ldpc_dec_kernel(memory)});
    slots.push_back({&card::kLdpcEnc, make_verilated_ldpc_enc_kernel(memory)});
    return slots;
  });
}

}  // namespace bbkit::runtime
