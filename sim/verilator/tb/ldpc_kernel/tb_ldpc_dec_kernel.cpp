// SPDX-License-Identifier: Apache-2.0
// Bench of the LDPC decoder Vitis kernel (rtl/ldpc/bbkit_ldpc_dec_kernel.sv: register block,
// batch engine, AXI masters and the decode datapath) at a small Zmax, through its Vitis ports
// only: arguments and ap_start over AXI4-Lite by the host's ApCtrlKernel, descriptors, payload,
// HARQ buffers and completion records in the memory behind m_axi_ctrl / m_axi_data /
// m_axi_harq. Every op is compared with the golden model (kernel_bench.h):
//   registers   identity, CAPS (Zmax, MaxIter, LLR format, HARQ), every register of the map
//   codes       every BG x Zc <= Zmax, random K', CRC type (check / drop), early stop, rv, Qm,
//               E (also E < K' and E > Ncb), Ncb (full, limited), iter_max, SNR; in batches
//   illegal     a descriptor per check (op type, BG, Zc, rate matching, lengths, flags,
//               iter_max, HARQ lengths) between legal ops, each must complete with its error
//   harq        HARQ input only / output only / both, and chains rv0 -> rv2 -> rv3 -> rv1 of
//               code blocks whose HARQ output of one batch is the next batch's HARQ input
//   watchdog    a 100-iteration decode past the model's WatchdogCycles: TIMEOUT, then clean ops
//   misaligned, bus errors (payload, descriptor, HARQ), ap_ctrl (interrupt, ISR, auto_restart)
//
//   tb_ldpc_dec_kernel [--seed N] [--timing fast|slow] [--waves file.fst]
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "Vtb_ldpc_dec_kernel.h"
#include "bbkit/card/generated/bbkit_ldpc_dec_regs.h"
#include "bbkit/card/generated/kernels.h"
#include "bbkit/common/channel.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "kernel_bench.h"

#ifndef BBKIT_TB_ZMAX
#error "BBKIT_TB_ZMAX (the Zmax the model is verilated with) must be defined"
#endif

namespace {

using namespace bbkit;
using tb::KernelOp;
using tb::Totals;
using Bench = tb::KernelBench<Vtb_ldpc_dec_kernel, true>;
namespace f = card::ldpc_op_flags;

constexpr int kZmax = BBKIT_TB_ZMAX;
constexpr int kMaxIter = 100;  // the kernel's MaxIter (default)
#ifndef BBKIT_TB_WATCHDOG
#error "BBKIT_TB_WATCHDOG (the WatchdogCycles the model is verilated with) must be defined"
#endif
constexpr std::uint64_t kWatchdog = BBKIT_TB_WATCHDOG;

int k_of(int bg, int zc) { return (bg == 1 ? 22 : 10) * zc; }
int n_of(int bg, int zc) { return (bg == 1 ? 66 : 50) * zc; }
int uniform(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

std::vector<int> served_sizes() {
  std::vector<int> zs;
  for (int z : ldpc::lifting_sizes())
    if (z <= kZmax) zs.push_back(z);
  return zs;
}

// H = Ncb - F: the HARQ buffer's bytes.
std::uint32_t harq_len_of(const card::LdpcDesc& d) {
  return static_cast<std::uint32_t>((d.n_cb == 0 ? n_of(d.basegraph, d.z_c) : d.n_cb) - d.n_filler);
}

// Channel LLR bytes of a code block of `d`: K' random bits (`info` when given and not empty,
// with a valid CRC when the flags check one), golden encoder, rate matching, AWGN max-log LLRs
// in the kernel's 8-bit format.
Bytes make_llrs(const card::LdpcDesc& d, double snr_db, Rng& rng, Bits* info_io = nullptr) {
  ldpc::CodeConfig c;
  c.bg = d.basegraph;
  c.zc = d.z_c;
  c.k_prime = k_of(d.basegraph, d.z_c) - d.n_filler;
  c.e = static_cast<int>(d.e);
  c.qm = d.q_m;
  c.rv = d.rv_index;
  c.n_cb = d.n_cb;
  const ldpc::CodeParams p = ldpc::derive_code_params(c);
  std::optional<CrcType> crc;
  if (d.op_flags & f::kCrcType24aCheck) crc = CrcType::Crc24A;
  else if (d.op_flags & f::kCrcType16Check) crc = CrcType::Crc16;
  else if (d.op_flags & (f::kCrcType24bCheck | f::kCrcType24bDrop)) crc = CrcType::Crc24B;
  Bits info;
  if (info_io && !info_io->empty()) {
    info = *info_io;
  } else {
    info = random_bits(rng, static_cast<std::size_t>(p.k_prime - (crc ? crc_spec(*crc).length : 0)));
    if (crc) crc_attach(*crc, info);
    if (info_io) *info_io = info;
  }
  const Bits fbits = ldpc::rate_match(p, ldpc::make_ldpc_encoder("golden")->encode(p, info));
  const std::vector<double> soft = awgn_llrs(fbits, p.qm <= 8 ? modulation_from_qm(p.qm) : Modulation::Qpsk, snr_db, rng);
  Bytes bytes(soft.size());
  for (std::size_t i = 0; i < soft.size(); ++i)
    bytes[i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(fxp::LdpcChannelLlr::from_real(soft[i])));
  return bytes;
}

// A legal decode op on (bg, zc): fillers, a CRC type (or none), early stop mostly on, every Qm
// and rv, Ncb full or limited, rate 0.1..0.95 or (one in eight) punctured up to rate 3, iter_max
// 1..max_iter, an SNR 0..8 dB above the Shannon limit of the rate, some slack in out_cap.
KernelOp legal_op(int bg, int zc, Rng& rng, int max_iter = 12) {
  KernelOp op;
  card::LdpcDesc& d = op.desc;
  d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcDec);
  d.basegraph = static_cast<std::uint8_t>(bg);
  d.z_c = static_cast<std::uint16_t>(zc);
  const int k = k_of(bg, zc), n = n_of(bg, zc);
  static const std::uint32_t crcs[] = {0, f::kCrcType24aCheck, f::kCrcType24bCheck, f::kCrcType16Check,
                                       f::kCrcType24bDrop, f::kCrcType24bDrop | f::kCrcType24bCheck};
  std::uint32_t flags = crcs[uniform(rng, 0, 5)];
  const int crc_len = flags == 0 ? 0 : flags == f::kCrcType16Check ? 16 : 24;
  if (std::max(2 * zc + 1, crc_len + 1) > k) flags = 0;
  const int lo = std::max({k - k / 4, 2 * zc + 1, flags ? crc_len + 1 : 0});
  const int k_prime = uniform(rng, std::min(lo, k), k);
  d.n_filler = static_cast<std::uint16_t>(k - k_prime);
  if (uniform(rng, 0, 7) != 0) flags |= f::kIterationStopEnable;
  d.op_flags = flags;
  static const int qms[] = {1, 2, 4, 6, 8, 10};
  d.q_m = static_cast<std::uint8_t>(qms[uniform(rng, 0, 5)]);
  d.rv_index = static_cast<std::uint8_t>(uniform(rng, 0, 3));
  const int ncb_mode = uniform(rng, 0, 3);
  d.n_cb = static_cast<std::uint16_t>(ncb_mode == 0 ? 0 : ncb_mode == 1 ? n : uniform(rng, k - 2 * zc, n));
  const double rate = std::uniform_real_distribution<double>(0.1, uniform(rng, 0, 7) == 0 ? 3.0 : 0.95)(rng);
  const int e = std::max<int>(d.q_m, static_cast<int>(k_prime / rate));
  d.e = static_cast<std::uint32_t>(e - e % d.q_m);
  d.iter_max = static_cast<std::uint8_t>(uniform(rng, 1, max_iter));
  d.tag = static_cast<std::uint32_t>(rng());
  d.in_len = d.e;
  const int out_bits = k_prime - ((flags & f::kCrcType24bDrop) ? 24 : 0);
  d.out_cap = static_cast<std::uint32_t>((out_bits + 7) / 8 + uniform(rng, 0, 1) * uniform(rng, 0, 100));
  const double shannon = 10.0 * std::log10(std::pow(2.0, std::min(rate, 0.95) * std::min(d.q_m, std::uint8_t{8})) - 1.0);
  const double snr = shannon + std::uniform_real_distribution<double>(0.0, 8.0)(rng);
  op.in = make_llrs(d, snr, rng);
  char what[32];
  std::snprintf(what, sizeof what, "snr %.2f dB", snr);
  op.what = what;
  return op;
}

KernelOp any_legal_op(Rng& rng) {
  const std::vector<int> zs = served_sizes();
  return legal_op(uniform(rng, 1, 2), zs[static_cast<std::size_t>(uniform(rng, 0, static_cast<int>(zs.size()) - 1))],
                  rng);
}

void test_registers(Bench& b, Totals& t) {
  runtime::Capabilities caps = runtime::golden_capabilities();
  b.ap().read_caps(caps);
  Bench::check(caps.max_zc == kZmax && caps.max_iterations == kMaxIter && caps.llr_width == 8 && caps.llr_frac == 2 &&
                   caps.harq,
               t, "CAPS: zmax %d, max_iter %d, LLR %d.%d, harq %d", caps.max_zc, caps.max_iterations, caps.llr_width,
               caps.llr_frac, caps.harq);
  caps.device = "bbkit_ldpc_dec kernel";
  caps.kernels = {card::OpType::LdpcDec};
  b.set_caps(caps);  // the golden's view of this kernel, as the sim device builds it
  const std::uint32_t caps0 = b.read(tb::reg(offsetof(bbkit_ldpc_dec_t, CAPS0)));
  const std::uint32_t caps1 = b.read(tb::reg(offsetof(bbkit_ldpc_dec_t, CAPS1)));
  tb::test_registers(b, t,
                     {{tb::reg(offsetof(bbkit_ldpc_dec_t, id.MAGIC)), 0x424B4954u},  // first: the overlapped reads read it
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, OPS_DONE)), 0u},
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, CAPS0)), caps0},
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, CAPS1)), caps1},
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, id.CONTRACT)), b.read(tb::reg(offsetof(bbkit_ldpc_dec_t, id.CONTRACT)))},
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, id.KIT_VERSION)), 0u},
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, id.GIT_HASH)), 0u},
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, id.BUILD_FLAGS)), 0u},
                      {tb::reg(offsetof(bbkit_ldpc_dec_t, id.KERNEL)), 1u}},
                     {tb::reg(offsetof(bbkit_ldpc_dec_t, DESC.LO)), tb::reg(offsetof(bbkit_ldpc_dec_t, DESC.HI)),
                      tb::reg(offsetof(bbkit_ldpc_dec_t, CMPL.LO)), tb::reg(offsetof(bbkit_ldpc_dec_t, CMPL.HI)),
                      tb::reg(offsetof(bbkit_ldpc_dec_t, DATA.LO)), tb::reg(offsetof(bbkit_ldpc_dec_t, DATA.HI)),
                      tb::reg(offsetof(bbkit_ldpc_dec_t, HARQ.LO)), tb::reg(offsetof(bbkit_ldpc_dec_t, HARQ.HI)),
                      tb::reg(offsetof(bbkit_ldpc_dec_t, NUM_OPS)), tb::reg(offsetof(bbkit_ldpc_dec_t, id.SCRATCH))});
}

// Every served BG x Zc once, shuffled into batches of 12.
void test_codes(Bench& b, Totals& t, Rng& rng) {
  std::vector<KernelOp> all;
  for (int bg : {1, 2})
    for (int zc : served_sizes()) all.push_back(legal_op(bg, zc, rng));
  tb::run_shuffled(b, all, 12, "codes", t, rng);
}

// One descriptor per check, each between legal ops (the datapath is reset or drained between).
void test_illegal(Bench& b, Totals& t, Rng& rng) {
  const int z = served_sizes().back();
  struct Bad {
    const char* what;
    void (*edit)(card::LdpcDesc&);
  };
  static const Bad bad[] = {
      {"op_type 2 (encode)", [](card::LdpcDesc& d) { d.op_type = 2; }},
      {"op_type 0", [](card::LdpcDesc& d) { d.op_type = 0; }},
      {"basegraph 3", [](card::LdpcDesc& d) { d.basegraph = 3; }},
      {"Zc 17", [](card::LdpcDesc& d) { d.z_c = 17; }},
      {"Zc above Zmax", [](card::LdpcDesc& d) { d.z_c = kZmax >= 384 ? 416 : 40; }},
      {"encode flag", [](card::LdpcDesc& d) { d.op_flags |= f::kCrc24aAttach; }},
      {"two CRC types", [](card::LdpcDesc& d) { d.op_flags = f::kCrcType24aCheck | f::kCrcType16Check; }},
      {"iter_max 0", [](card::LdpcDesc& d) { d.iter_max = 0; }},
      {"iter_max 101", [](card::LdpcDesc& d) { d.iter_max = 101; }},
      {"K' = 2 Zc", [](card::LdpcDesc& d) { d.n_filler = static_cast<std::uint16_t>(k_of(1, d.z_c) - 2 * d.z_c); }},
      {"Qm 3", [](card::LdpcDesc& d) { d.q_m = 3; d.e = 600; d.in_len = 600; }},
      {"E 0", [](card::LdpcDesc& d) { d.e = 0; d.in_len = 0; }},
      {"E 2^22 + 2", [](card::LdpcDesc& d) { d.q_m = 2; d.e = (1u << 22) + 2; }},
      {"rv 4", [](card::LdpcDesc& d) { d.rv_index = 4; }},
      {"Ncb above N", [](card::LdpcDesc& d) { d.n_cb = static_cast<std::uint16_t>(n_of(1, d.z_c) + 1); }},
      {"in_len E - 1", [](card::LdpcDesc& d) { d.in_len = d.e - 1; }},
      {"in_len E + 64", [](card::LdpcDesc& d) { d.in_len = d.e + 64; }},
      {"out_cap 0", [](card::LdpcDesc& d) { d.out_cap = 0; }},
      {"HQ in, harq_in_len H - 1", [](card::LdpcDesc& d) { d.op_flags |= f::kHqCombineInEnable; d.harq_in_len = harq_len_of(d) - 1; }},
      {"HQ out, harq_out_cap H - 1", [](card::LdpcDesc& d) { d.op_flags |= f::kHqCombineOutEnable; d.harq_out_cap = harq_len_of(d) - 1; }},
      {"HQ in + bypass flag", [](card::LdpcDesc& d) { d.op_flags |= f::kHqCombineInEnable | f::kDeinterleaverBypass; d.harq_in_len = harq_len_of(d); }},
  };
  std::vector<KernelOp> ops;
  for (const Bad& x : bad) {
    KernelOp op = legal_op(1, z, rng, 4);
    x.edit(op.desc);
    op.what = x.what;
    op.in.resize(std::min<std::size_t>(op.in.size(), op.desc.in_len));
    ops.push_back(op);
    if (ops.size() % 4 == 3) ops.push_back(any_legal_op(rng));
  }
  ops.push_back(any_legal_op(rng));
  b.run_batch(ops, "illegal", t, rng);
}

// HARQ input only (random soft bytes, -128 included: read as -127), output only, both, on random
// codes; the HARQ addresses' alignment; HARQ bus errors; then chains of three code blocks
// rv0 -> rv2 -> rv3 -> rv1 at rate ~1 and a low SNR, one batch per rv, each op's HARQ input the
// kernel's HARQ output of the batch before (the golden gets the same bytes).
void test_harq(Bench& b, Totals& t, Rng& rng) {
  std::vector<KernelOp> ops;
  for (int i = 0; i < 4; ++i) {
    const KernelOp base = any_legal_op(rng);
    const std::uint32_t h = harq_len_of(base.desc);
    KernelOp in = base, out = base, both = base;
    in.desc.op_flags |= f::kHqCombineInEnable;
    in.desc.harq_in_len = h;
    in.harq_in.resize(h);
    for (auto& x : in.harq_in) x = static_cast<std::uint8_t>(rng());
    in.what = "HQ in";
    out.desc.op_flags |= f::kHqCombineOutEnable;
    out.desc.harq_out_cap = h + static_cast<std::uint32_t>(uniform(rng, 0, 100));
    out.what = "HQ out";
    both.desc.op_flags |= f::kHqCombineInEnable | f::kHqCombineOutEnable;
    both.desc.harq_in_len = h;
    both.harq_in = in.harq_in;
    both.desc.harq_out_cap = out.desc.harq_out_cap;
    both.what = "HQ in+out";
    ops.insert(ops.end(), {in, out, both});
  }
  b.run_batch(ops, "harq", t, rng);

  // BAD_ADDRESS for misaligned HARQ offsets (only with their flag), BUS_ERROR on m_axi_harq
  ops.clear();
  for (int i = 0; i < 6; ++i) {
    KernelOp op = any_legal_op(rng);
    const std::uint32_t h = harq_len_of(op.desc);
    op.desc.op_flags |= f::kHqCombineInEnable | f::kHqCombineOutEnable;
    op.desc.harq_in_len = h;
    op.harq_in.assign(h, 0x11);
    op.desc.harq_out_cap = h;
    ops.push_back(op);
  }
  ops[1].harq_in_skew = 8;
  ops[1].what = "harq_in_addr + 8";
  ops[1].expect = card::ErrorCode::BadAddress;
  ops[2].harq_out_skew = 32;
  ops[2].what = "harq_out_addr + 32";
  ops[2].expect = card::ErrorCode::BadAddress;
  ops[3].what = "HARQ read SLVERR";
  ops[3].expect = card::ErrorCode::BusError;
  ops[4].what = "HARQ write SLVERR";
  ops[4].expect = card::ErrorCode::BusError;
  b.lay_out(ops, rng);
  const std::uint64_t rd = tb::MemoryMap::kHarq + ops[3].desc.harq_in_addr + ops[3].desc.harq_in_len / 2;
  const std::uint64_t wr = tb::MemoryMap::kHarq + ops[4].desc.harq_out_addr + ops[4].desc.harq_out_cap / 2;
  b.harq_port().inject_error(rd, rd + 1, true, false);
  b.harq_port().inject_error(wr, wr + 1, false, true);
  b.ap().start(Bench::args(ops.size()));
  Bench::check(b.ap().wait_done(std::chrono::steady_clock::now() + std::chrono::minutes(2), 32), t,
               "HARQ errors: no ap_done");
  b.verify(ops, "harq errors", t);
  b.harq_port().clear_errors();

  // chains across batches
  std::vector<KernelOp> chain;
  std::vector<Bits> info(3);
  for (int c = 0; c < 3; ++c) {
    KernelOp op = any_legal_op(rng);
    card::LdpcDesc& d = op.desc;
    d.q_m = 2;
    const int k_prime = k_of(d.basegraph, d.z_c) - d.n_filler;
    d.e = static_cast<std::uint32_t>(k_prime - k_prime % 2);
    d.in_len = d.e;
    d.op_flags |= f::kHqCombineOutEnable;
    d.harq_out_cap = harq_len_of(d);
    d.iter_max = 8;
    chain.push_back(op);
  }
  std::vector<tb::KernelResult> results;
  const double snr = std::uniform_real_distribution<double>(0.0, 2.5)(rng);
  for (int rv : {0, 2, 3, 1}) {
    for (std::size_t c = 0; c < chain.size(); ++c) {
      card::LdpcDesc& d = chain[c].desc;
      d.rv_index = static_cast<std::uint8_t>(rv);
      if (rv != 0) {
        d.op_flags |= f::kHqCombineInEnable;
        d.harq_in_len = harq_len_of(d);
        chain[c].harq_in = results.at(c).harq_out;
      }
      chain[c].in = make_llrs(d, snr, rng, &info[c]);
      chain[c].what = "HQ chain rv" + std::to_string(rv);
    }
    b.run_batch(chain, "harq chain", t, rng, &results);
  }
}

// The watchdog on the real datapath: a 100-iteration decode of noise without early stop runs
// past WatchdogCycles and completes with TIMEOUT (the datapath reset, its reads drained); the
// ops around it are clean.
void test_watchdog(Bench& b, Totals& t, Rng& rng) {
  std::vector<KernelOp> ops{any_legal_op(rng), legal_op(1, served_sizes().back(), rng), any_legal_op(rng)};
  KernelOp& slow = ops[1];
  card::LdpcDesc& d = slow.desc;  // every layer of BG1 (E = N - 2Zc, full Ncb), no early stop
  d.n_filler = 0;
  d.n_cb = 0;
  d.q_m = 2;
  d.rv_index = 0;
  d.e = d.in_len = static_cast<std::uint32_t>(64 * d.z_c);
  d.op_flags = f::kCrcType24bCheck;
  d.out_cap = static_cast<std::uint32_t>(k_of(1, d.z_c) / 8);
  d.iter_max = kMaxIter;
  slow.in.resize(d.in_len);
  for (auto& x : slow.in) x = static_cast<std::uint8_t>(rng() % 5 - 2);  // no code word in sight
  slow.what = "100 iterations: TIMEOUT";
  slow.expect = card::ErrorCode::Timeout;
  b.run_batch(ops, "watchdog", t, rng);
  card::Cmpl c{};
  std::memcpy(&c, b.mem().at(tb::MemoryMap::kCmpl + 32), sizeof c);
  Bench::check(c.cycles >= kWatchdog, t, "TIMEOUT after %llu cycles, WatchdogCycles %llu",
               static_cast<unsigned long long>(c.cycles), static_cast<unsigned long long>(kWatchdog));
}

}  // namespace

int main(int argc, char** argv) {
  return tb::kernel_main<Bench>(argc, argv, "tb_ldpc_dec_kernel", card::kLdpcDec, kZmax, any_legal_op,
                                [](Bench& b, Totals& t) { test_registers(b, t); },
                                [](Bench& b, Totals& t, Rng& rng) {
                                  test_codes(b, t, rng);
                                  test_illegal(b, t, rng);
                                  test_harq(b, t, rng);
                                  test_watchdog(b, t, rng);
                                });
}
