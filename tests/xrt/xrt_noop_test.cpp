// SPDX-License-Identifier: Apache-2.0
// The kit's own xclbin through real XRT on its noop shim (XCL_EMULATION_MODE=noop: XRT's host
// code path with no card; kernels compute nothing): device open -> load xclbin -> kernel ->
// buffers -> run -> wait -> sync, for every kit kernel. This proves XRT accepts the writer's
// files and sees the register map's argument offsets and the memory connectivity.
#include <gtest/gtest.h>
#include <xrt/xrt_bo.h>
#include <xrt/xrt_device.h>
#include <xrt/xrt_kernel.h>
#include <experimental/xrt_xclbin.h>

#include <cstdlib>
#include <string>

#include "bbkit/card/generated/desc.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/xclbin/xclbin.h"

namespace bbkit::xclbin {
namespace {

std::string write_default_xclbin() {
  const std::string path = testing::TempDir() + "bbkit_noop.xclbin";
  write_xclbin_file(path, default_spec());
  return path;
}

TEST(XrtNoop, XclbinLoadsWithTheRegisterMapOffsets) {
  ASSERT_STREQ(std::getenv("XCL_EMULATION_MODE"), "noop") << "CTest sets the noop shim";
  const std::string path = write_default_xclbin();
  const xrt::xclbin xclbin(path);  // XRT's own parser
  std::vector<std::string> names;
  for (const xrt::xclbin::kernel& k : xclbin.get_kernels()) names.push_back(k.get_name());
  EXPECT_EQ(names.size(), std::size(card::kKernels));
  xrt::device device(0);
  const xrt::uuid uuid = device.load_xclbin(xclbin);
  EXPECT_EQ(xclbin.get_uuid().to_string(), uuid.to_string());
  for (const card::KernelDesc* k : card::kKernels) {
    SCOPED_TRACE(k->name);
    xrt::kernel kernel(device, uuid, k->name);
    for (std::size_t a = 0; a < k->num_args; ++a)
      EXPECT_EQ(kernel.offset(static_cast<int>(a)), k->args[a].offset) << k->args[a].name;
  }
}

TEST(XrtNoop, FullRunFlowOnEveryKernel) {
  xrt::device device(0);
  const xrt::uuid uuid = device.load_xclbin(write_default_xclbin());
  for (const card::KernelDesc* k : card::kKernels) {
    SCOPED_TRACE(k->name);
    xrt::kernel kernel(device, uuid, k->name);
    xrt::run run(kernel);
    std::vector<xrt::bo> buffers;
    for (std::size_t a = 0; a < k->num_args; ++a) {
      const int index = static_cast<int>(a);
      if (card::is_buffer(k->args[a])) {
        buffers.emplace_back(device, 4096, kernel.group_id(index));
        run.set_arg(index, buffers.back());
      } else {
        run.set_arg(index, 1u);  // num_ops
      }
    }
    auto* desc = buffers.front().map<card::LdpcDesc*>();
    *desc = card::LdpcDesc{};
    desc->op_type = static_cast<std::uint8_t>(k->kernel_id == card::kLdpcDec.kernel_id ? card::OpType::LdpcDec
                                                                                      : card::OpType::LdpcEnc);
    buffers.front().sync(XCL_BO_SYNC_BO_TO_DEVICE);
    run.start();
    EXPECT_EQ(run.wait(), ERT_CMD_STATE_COMPLETED);
    buffers[1].sync(XCL_BO_SYNC_BO_FROM_DEVICE);  // the completion array
  }
}

}  // namespace
}  // namespace bbkit::xclbin
