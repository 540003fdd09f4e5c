// SPDX-License-Identifier: Apache-2.0
// Bench of the LDPC encoder Vitis kernel (rtl/ldpc/bbkit_ldpc_enc_kernel.sv: register block,
// batch engine, AXI masters and the encode datapath) at a small Zmax, through its Vitis ports
// only: arguments and ap_start over AXI4-Lite by the host's ApCtrlKernel, descriptors, payload
// and completion records in the memory behind m_axi_ctrl / m_axi_data. Every op is compared
// with the golden model (kernel_bench.h):
//   registers   identity, CAPS (Zmax, parallelism, CRC, LBRM), every register of the map
//   codes       every BG x Zc <= Zmax, random K' (fillers), CRC attach type, rv, Qm, E (rate
//               0.15..0.95: E also wraps the circular buffer), Ncb (derived, N, limited); batches
//   illegal     a descriptor per check (op type, BG, Zc, flags, iter_max, fillers, rate
//               matching, lengths) between legal ops, each must complete with its error
//   misaligned, bus errors (payload, descriptor), ap_ctrl (interrupt, ISR, auto_restart)
//
//   tb_ldpc_enc_kernel [--seed N] [--timing fast|slow] [--waves file.fst]
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "Vtb_ldpc_enc_kernel.h"
#include "bbkit/card/generated/bbkit_ldpc_enc_regs.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/ldpc/tables.h"
#include "kernel_bench.h"

#ifndef BBKIT_TB_ZMAX
#error "BBKIT_TB_ZMAX (the Zmax the model is verilated with) must be defined"
#endif

namespace {

using namespace bbkit;
using tb::KernelOp;
using tb::Totals;
using Bench = tb::KernelBench<Vtb_ldpc_enc_kernel, false>;
namespace f = card::ldpc_op_flags;

constexpr int kZmax = BBKIT_TB_ZMAX;

int k_of(int bg, int zc) { return (bg == 1 ? 22 : 10) * zc; }
int n_of(int bg, int zc) { return (bg == 1 ? 66 : 50) * zc; }
int uniform(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

std::vector<int> served_sizes() {
  std::vector<int> zs;
  for (int z : ldpc::lifting_sizes())
    if (z <= kZmax) zs.push_back(z);
  return zs;
}

// A legal encode op on (bg, zc): fillers, a CRC to attach (or none), every Qm and rv, rate
// 0.15..0.95, Ncb derived / N / limited, random payload bytes (the pad bits of the last byte
// too: the kernel must ignore them), some slack in out_cap.
KernelOp legal_op(int bg, int zc, Rng& rng) {
  KernelOp op;
  card::LdpcDesc& d = op.desc;
  const int k = k_of(bg, zc), n = n_of(bg, zc);
  d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcEnc);
  d.basegraph = static_cast<std::uint8_t>(bg);
  d.z_c = static_cast<std::uint16_t>(zc);
  const int f_max = std::min(k - 2 * zc - 1, uniform(rng, 0, 1) ? k / 4 : k - 2 * zc - 1);
  const int filler = uniform(rng, 0, 3) == 0 ? 0 : uniform(rng, 0, f_max);
  d.n_filler = static_cast<std::uint16_t>(filler);
  const int k_prime = k - filler;
  static const std::uint32_t crcs[] = {0, f::kCrc24aAttach, f::kCrc24bAttach, f::kCrc16Attach};
  std::uint32_t crc = crcs[uniform(rng, 0, 3)];
  if (k_prime <= (crc == f::kCrc16Attach ? 16 : 24)) crc = 0;
  const int payload = k_prime - (crc == f::kCrc16Attach ? 16 : crc ? 24 : 0);
  d.op_flags = crc | f::kRateMatch;
  static const int qms[] = {1, 2, 4, 6, 8, 10};
  d.q_m = static_cast<std::uint8_t>(qms[uniform(rng, 0, 5)]);
  d.rv_index = static_cast<std::uint8_t>(uniform(rng, 0, 3));
  const double rate = std::uniform_real_distribution<double>(0.15, 0.95)(rng);
  int e = static_cast<int>(k_prime / rate);
  e = std::max<int>(d.q_m, e - e % d.q_m);
  d.e = static_cast<std::uint32_t>(e);
  const int ncb_kind = uniform(rng, 0, 3);
  d.n_cb = static_cast<std::uint16_t>(ncb_kind <= 1 ? 0 : ncb_kind == 2 ? n : uniform(rng, k - 2 * zc, n));
  d.tag = static_cast<std::uint32_t>(rng());
  op.in.resize(static_cast<std::size_t>((payload + 7) / 8));
  for (auto& b : op.in) b = static_cast<std::uint8_t>(rng());
  d.in_len = static_cast<std::uint32_t>(op.in.size());
  d.out_cap = static_cast<std::uint32_t>((e + 7) / 8 + uniform(rng, 0, 1) * uniform(rng, 0, 100));
  op.what = "random";
  return op;
}

KernelOp any_legal_op(Rng& rng) {
  const std::vector<int> zs = served_sizes();
  return legal_op(uniform(rng, 1, 2), zs[static_cast<std::size_t>(uniform(rng, 0, static_cast<int>(zs.size()) - 1))],
                  rng);
}

void test_registers(Bench& b, Totals& t) {
  const std::uint32_t caps0 = b.read(tb::reg(offsetof(bbkit_ldpc_enc_t, CAPS0)));
  const std::uint32_t caps1 = b.read(tb::reg(offsetof(bbkit_ldpc_enc_t, CAPS1)));
  const auto zmax = (caps0 & BBKIT_LDPC_ENC__CAPS0__ZMAX_bm) >> BBKIT_LDPC_ENC__CAPS0__ZMAX_bp;
  const auto lanes = (caps0 & BBKIT_LDPC_ENC__CAPS0__PARALLELISM_bm) >> BBKIT_LDPC_ENC__CAPS0__PARALLELISM_bp;
  Bench::check(zmax == kZmax && lanes == 1 && (caps1 & BBKIT_LDPC_ENC__CAPS1__CRC_bm) &&
                   (caps1 & BBKIT_LDPC_ENC__CAPS1__LBRM_bm),
               t, "CAPS0 0x%08X (zmax %u, parallelism %u), CAPS1 0x%08X", caps0, zmax, lanes, caps1);
  runtime::Capabilities caps = runtime::golden_capabilities();  // as the sim device builds it
  caps.device = "bbkit_ldpc_enc kernel";
  caps.kernels = {card::OpType::LdpcEnc};
  caps.max_zc = static_cast<int>(zmax);
  b.set_caps(caps);
  tb::test_registers(
      b, t,
      {{tb::reg(offsetof(bbkit_ldpc_enc_t, id.MAGIC)), 0x424B4954u},  // first: the overlapped reads read it
       {tb::reg(offsetof(bbkit_ldpc_enc_t, OPS_DONE)), 0u},
       {tb::reg(offsetof(bbkit_ldpc_enc_t, CAPS0)), caps0},
       {tb::reg(offsetof(bbkit_ldpc_enc_t, CAPS1)), caps1},
       {tb::reg(offsetof(bbkit_ldpc_enc_t, id.CONTRACT)), b.read(tb::reg(offsetof(bbkit_ldpc_enc_t, id.CONTRACT)))},
       {tb::reg(offsetof(bbkit_ldpc_enc_t, id.KIT_VERSION)), 0u},
       {tb::reg(offsetof(bbkit_ldpc_enc_t, id.GIT_HASH)), 0u},
       {tb::reg(offsetof(bbkit_ldpc_enc_t, id.BUILD_FLAGS)), 0u},
       {tb::reg(offsetof(bbkit_ldpc_enc_t, id.KERNEL)), 2u}},
      {tb::reg(offsetof(bbkit_ldpc_enc_t, DESC.LO)), tb::reg(offsetof(bbkit_ldpc_enc_t, DESC.HI)),
       tb::reg(offsetof(bbkit_ldpc_enc_t, CMPL.LO)), tb::reg(offsetof(bbkit_ldpc_enc_t, CMPL.HI)),
       tb::reg(offsetof(bbkit_ldpc_enc_t, DATA.LO)), tb::reg(offsetof(bbkit_ldpc_enc_t, DATA.HI)),
       tb::reg(offsetof(bbkit_ldpc_enc_t, NUM_OPS)), tb::reg(offsetof(bbkit_ldpc_enc_t, id.SCRATCH))});
}

// Every served BG x Zc twice, shuffled into batches of 16.
void test_codes(Bench& b, Totals& t, Rng& rng) {
  std::vector<KernelOp> all;
  for (int round = 0; round < 2; ++round)
    for (int bg : {1, 2})
      for (int zc : served_sizes()) all.push_back(legal_op(bg, zc, rng));
  tb::run_shuffled(b, all, 16, "codes", t, rng);
}

// One descriptor per check, between legal ops.
void test_illegal(Bench& b, Totals& t, Rng& rng) {
  const int z = served_sizes().back();
  struct Bad {
    const char* what;
    void (*edit)(card::LdpcDesc&);
  };
  static const Bad bad[] = {
      {"op_type 1 (decode)", [](card::LdpcDesc& d) { d.op_type = 1; }},
      {"op_type 0", [](card::LdpcDesc& d) { d.op_type = 0; }},
      {"basegraph 0", [](card::LdpcDesc& d) { d.basegraph = 0; }},
      {"Zc 17", [](card::LdpcDesc& d) { d.z_c = 17; }},
      {"Zc above Zmax", [](card::LdpcDesc& d) { d.z_c = kZmax >= 384 ? 416 : 36; }},
      {"flag HQ combine", [](card::LdpcDesc& d) { d.op_flags |= f::kHqCombineInEnable; }},
      {"flag bit 31", [](card::LdpcDesc& d) { d.op_flags |= 1u << 31; }},
      {"two CRC types", [](card::LdpcDesc& d) { d.op_flags |= f::kCrc24aAttach | f::kCrc16Attach; }},
      {"no RATE_MATCH", [](card::LdpcDesc& d) { d.op_flags &= ~f::kRateMatch; }},
      {"iter_max 1", [](card::LdpcDesc& d) { d.iter_max = 1; }},
      {"F = K - 2Zc", [](card::LdpcDesc& d) { d.n_filler = static_cast<std::uint16_t>(k_of(1, d.z_c) - 2 * d.z_c); }},
      {"Qm 3", [](card::LdpcDesc& d) { d.q_m = 3; }},
      {"E 0", [](card::LdpcDesc& d) { d.e = 0; }},
      {"E 7, Qm 2", [](card::LdpcDesc& d) { d.q_m = 2; d.e = 7; }},
      {"E 2^22 + 2", [](card::LdpcDesc& d) { d.q_m = 2; d.e = (1u << 22) + 2; }},
      {"rv 4", [](card::LdpcDesc& d) { d.rv_index = 4; }},
      {"Ncb below K - 2Zc", [](card::LdpcDesc& d) { d.n_cb = static_cast<std::uint16_t>(k_of(1, d.z_c) - 2 * d.z_c - 1); }},
      {"Ncb above N", [](card::LdpcDesc& d) { d.n_cb = static_cast<std::uint16_t>(n_of(1, d.z_c) + 1); }},
      {"in_len + 1", [](card::LdpcDesc& d) { d.in_len += 1; }},
      {"in_len - 1", [](card::LdpcDesc& d) { d.in_len -= 1; }},
      {"out_cap 1 short", [](card::LdpcDesc& d) { d.out_cap = (d.e + 7) / 8 - 1; }},
      {"out_cap 0", [](card::LdpcDesc& d) { d.out_cap = 0; }},
  };
  std::vector<KernelOp> ops;
  for (const Bad& x : bad) {
    KernelOp op = legal_op(1, z, rng);
    x.edit(op.desc);
    op.what = x.what;
    ops.push_back(op);
    if (ops.size() % 4 == 3) ops.push_back(any_legal_op(rng));
  }
  ops.push_back(any_legal_op(rng));
  b.run_batch(ops, "illegal", t, rng);
}

}  // namespace

int main(int argc, char** argv) {
  return tb::kernel_main<Bench>(argc, argv, "tb_ldpc_enc_kernel", card::kLdpcEnc, kZmax, any_legal_op,
                                [](Bench& b, Totals& t) { test_registers(b, t); },
                                [](Bench& b, Totals& t, Rng& rng) {
                                  test_codes(b, t, rng);
                                  test_illegal(b, t, rng);
                                });
}
