// SPDX-License-Identifier: Apache-2.0
// The cpu device: each queue's worker runs its ops on its own golden-model instance.
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
      const card::Cmpl cmpl =
          golden_.run(d, caps_, job.op.input->data() + d.in_addr, job.op.output->data() + d.out_addr, error);
      job.completion = completion_from_cmpl(cmpl, job.op.user_tag, error);
      job.done = true;
    }
  }

 private:
  Capabilities caps_;
  GoldenLdpc golden_;
};

}  // namespace

std::unique_ptr<Device> open_cpu_device(const std::string& name, const DeviceOptions& options) {
  Capabilities caps = golden_capabilities();
  caps.device = name;
  return std::make_unique<EngineDevice>(caps, options,
                                        [caps](int) { return std::make_unique<GoldenEngine>(caps); });
}

}  // namespace bbkit::runtime
