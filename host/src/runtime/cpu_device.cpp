// SPDX-License-Identifier: Apache-2.0
// The cpu device: each queue's worker runs its ops on its own golden-model instance.
#include <stdexcept>

#include "bbkit/runtime/devices.h"
#include "bbkit/runtime/engine.h"
#include "bbkit/runtime/ldpc_exec.h"

namespace bbkit::runtime {
namespace {

class GoldenEngine final : public Engine {
 public:
  explicit GoldenEngine(Capabilities caps) : caps_(std::move(caps)) {}
  void run(std::vector<Job>& jobs, Clock::time_point deadline) override {
    for (Job& job : jobs) {
      if (Clock::now() > deadline) return;  // the rest complete with Timeout
      const card::LdpcDesc& d = job.op.desc;
      std::string error;
      try {
        // enqueue checked the HARQ ranges of the decode flags set; without a flag a buffer is unused
        namespace f = card::ldpc_op_flags;
        const bool hq_in = (d.op_flags & f::kHqCombineInEnable) && job.op.harq_input;
        const bool hq_out = (d.op_flags & f::kHqCombineOutEnable) && job.op.harq_output;
        const std::uint8_t* harq_in = hq_in ? job.op.harq_input->data() + d.harq_in_addr : nullptr;
        std::uint8_t* harq_out = hq_out ? job.op.harq_output->data() + d.harq_out_addr : nullptr;
        const card::Cmpl cmpl = golden_.run(d, caps_, job.op.input->data() + d.in_addr,
                                            job.op.output->data() + d.out_addr, error, harq_in, harq_out);
        job.completion = completion_from_cmpl(cmpl, job.op.user_tag, error);
      } catch (const std::exception& e) {  // the descriptor checks should leave nothing to throw; if
        job.completion.status = OpStatus::Error;  // the model still does, only this op fails
        job.completion.error_code = ErrorCode::DeviceFailure;
        job.completion.error = std::string("golden model: ") + e.what();
      }
      job.done = true;
    }
  }

 private:
  Capabilities caps_;
  GoldenLdpc golden_;
};

}  // namespace

std::unique_ptr<Device> open_cpu_device(const std::string& name, const DeviceOptions& options) {
  if (name != "cpu") throw DeviceError(name + ": the cpu device is named 'cpu' (no index)");
  Capabilities caps = golden_capabilities();
  caps.device = name;
  caps.harq = true;  // GoldenLdpc::run combines (docs/card-contract.md "HARQ buffer")
  return std::make_unique<EngineDevice>(caps, options,
                                        [caps](int) { return std::make_unique<GoldenEngine>(caps); });
}

}  // namespace bbkit::runtime
