// SPDX-License-Identifier: Apache-2.0
#include "bbkit/runtime/platform.h"

#include <cstddef>
#include <cstring>

#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/common/error.h"

namespace bbkit::runtime {

namespace {
// Both kernels share the ap_ctrl block and the CAPS offsets; the decoder's header names them.
constexpr std::uint32_t kCtrl = offsetof(bbkit_ldpc_dec_t, ap_ctrl.CTRL);
constexpr std::uint32_t kCaps0 = offsetof(bbkit_ldpc_dec_t, CAPS0);
constexpr std::uint32_t kCaps1 = offsetof(bbkit_ldpc_dec_t, CAPS1);

std::uint32_t field(std::uint32_t reg, std::uint32_t mask, unsigned pos) { return (reg & mask) >> pos; }

std::string hex(std::uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llX", static_cast<unsigned long long>(v));
  return buf;
}
}  // namespace

DeviceMemory::DeviceMemory(std::uint64_t bytes) : bytes_(static_cast<std::size_t>(bytes), 0) {
  require(bytes > kBase, "device memory", static_cast<std::int64_t>(bytes), "more than 4 KiB");
}

std::uint64_t DeviceMemory::alloc(std::uint64_t bytes, std::uint64_t align) {
  const std::uint64_t at = (next_ + align - 1) / align * align;
  if (bytes > bytes_.size() || at > bytes_.size() - bytes)
    throw DeviceError("sim device memory: " + std::to_string(bytes) + " bytes do not fit (" +
                      std::to_string(bytes_.size() - std::min<std::uint64_t>(at, bytes_.size())) + " left)");
  next_ = at + bytes;
  return at;
}

void DeviceMemory::check(std::uint64_t addr, std::size_t n) const {
  if (addr > bytes_.size() || n > bytes_.size() - addr)
    throw DeviceError("sim device memory: access of " + std::to_string(n) + " bytes at " + hex(addr) +
                      " is outside the " + std::to_string(bytes_.size()) + "-byte memory");
}

void DeviceMemory::write(std::uint64_t addr, const void* src, std::size_t n) {
  check(addr, n);
  std::memcpy(bytes_.data() + addr, src, n);
}

void DeviceMemory::read(std::uint64_t addr, void* dst, std::size_t n) const {
  check(addr, n);
  std::memcpy(dst, bytes_.data() + addr, n);
}

ApCtrlKernel::ApCtrlKernel(const card::KernelDesc& kernel, ControlPort& port, std::string where)
    : kernel_(kernel), port_(port), where_(std::move(where)) {}

card::Identity ApCtrlKernel::check_identity() {
  return card::check_identity(kernel_, [this](std::uint32_t offset) { return port_.read(offset); }, where_);
}

void ApCtrlKernel::read_caps(Capabilities& caps) {
  const std::uint32_t c0 = port_.read(kCaps0), c1 = port_.read(kCaps1);
  caps.max_zc = static_cast<int>(field(c0, BBKIT_LDPC_DEC__CAPS0__ZMAX_bm, BBKIT_LDPC_DEC__CAPS0__ZMAX_bp));
  caps.max_iterations =
      static_cast<int>(field(c0, BBKIT_LDPC_DEC__CAPS0__MAX_ITER_bm, BBKIT_LDPC_DEC__CAPS0__MAX_ITER_bp));
  caps.llr_width =
      static_cast<int>(field(c1, BBKIT_LDPC_DEC__CAPS1__LLR_WIDTH_bm, BBKIT_LDPC_DEC__CAPS1__LLR_WIDTH_bp));
  caps.llr_frac = static_cast<int>(field(c1, BBKIT_LDPC_DEC__CAPS1__LLR_FRAC_bm, BBKIT_LDPC_DEC__CAPS1__LLR_FRAC_bp));
  caps.harq = field(c1, BBKIT_LDPC_DEC__CAPS1__HARQ_bm, BBKIT_LDPC_DEC__CAPS1__HARQ_bp) != 0;
}

std::uint32_t ApCtrlKernel::ctrl() { return port_.read(kCtrl); }

void ApCtrlKernel::start(const BatchArgs& args) {
  const std::uint32_t c = ctrl();
  if (!(c & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_IDLE_bm) || (c & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_START_bm))
    throw DeviceError(where_ + ": not idle (CTRL " + hex(c) + "), a batch is still running");
  for (std::size_t a = 0; a < kernel_.num_args; ++a) {
    const card::KernelArg& arg = kernel_.args[a];
    const std::string name = arg.name;
    const std::uint64_t v = name == "desc"    ? args.desc
                            : name == "cmpl"  ? args.cmpl
                            : name == "data"  ? args.data
                            : name == "harq"  ? args.harq
                            : name == "num_ops" ? args.num_ops
                                                : throw DeviceError(where_ + ": unknown kernel argument " + name);
    port_.write(arg.offset, static_cast<std::uint32_t>(v));
    if (arg.size == 8) port_.write(arg.offset + 4, static_cast<std::uint32_t>(v >> 32));
  }
  port_.write(kCtrl, BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_START_bm);
}

bool ApCtrlKernel::wait_done(std::chrono::steady_clock::time_point deadline, std::uint64_t poll) {
  while (std::chrono::steady_clock::now() < deadline) {
    if (ctrl() & BBKIT_LDPC_DEC__AP_CTRL__CTRL__AP_DONE_bm) return true;
    port_.step(poll);
  }
  return false;
}

}  // namespace bbkit::runtime
