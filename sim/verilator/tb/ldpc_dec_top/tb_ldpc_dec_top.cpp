// SPDX-License-Identifier: Apache-2.0
// Bench of bbkit_ldpc_dec_top, the decode datapath of the Vitis kernel, against the cpu device's
// semantics: GoldenLdpc::run() of host/src/runtime/ldpc_exec.cpp on the same descriptor and input
// bytes. Every op compares the output bytes, out_len, the status bits, the error code and the
// iteration count, and checks the stream discipline of the contract (the datapath takes exactly
// ceil(in_len / 64) input beats, none on an error, done_o once after the last output beat). Both
// streams see random valid / ready stalls.
//
// Lists (--list): smoke (a few codes of both graphs), perf (cycle breakdown of BG1/BG2 at the
// largest Zc, rate 1/3, 8 iterations, no stalls), sweep (--count random ops over BG x Zc x rv
// x Qm x E x Ncb x CRC flags x SNR on the codes the model serves), codes (every BG x Zc the model
// serves, once), illegal (a descriptor per error code and check, each must end in done_o with
// the golden error code and no beat taken), vectors (the decode vectors of every --dir, DPDK
// test-bbdev format: the expected output and status, and the golden's iterations), harq (HARQ
// combining, the harq-spec semantics of GoldenLdpc::run: HARQ input only, output only, both,
// chains rv0 -> rv2 -> rv3 -> rv1 of one code block through the HARQ output / input, and the
// HARQ length checks).
// --seed N, --waves file.fst (or BBKIT_WAVES); --count N for sweep and harq.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "Vbbkit_ldpc_dec_top.h"
#include "bbkit/card/desc_util.h"
#include "bbkit/card/generated/desc.h"
#include "bbkit/common/bits.h"
#include "bbkit/common/channel.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/bbdev_adapter.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/runtime/bbdev_ops.h"
#include "bbkit/runtime/device.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "bbkit/sim/harness.h"
#include "bbkit/vectors/ldpc_vector.h"

#ifndef BBKIT_ZMAX
#error "BBKIT_ZMAX: the Zmax the model was verilated with"
#endif

namespace {

using namespace bbkit;
using Bench = sim::Harness<Vbbkit_ldpc_dec_top>;
namespace f = card::ldpc_op_flags;

constexpr int kZmax = BBKIT_ZMAX;
constexpr int kMaxIter = 100;  // the model's MaxIter (default)

runtime::Capabilities model_caps() {
  runtime::Capabilities caps = runtime::golden_capabilities();
  caps.max_zc = 2;
  for (int z : ldpc::lifting_sizes())
    if (z <= kZmax) caps.max_zc = z;
  caps.max_iterations = kMaxIter;
  caps.harq = true;  // the datapath combines HARQ (the kernel reports CAPS1.harq = 1)
  return caps;
}

struct Op {
  card::LdpcDesc desc{};
  std::vector<std::uint8_t> in;
  std::vector<std::uint8_t> harq_in;  // the HARQ input stream (HQ_COMBINE_IN_ENABLE)
  std::string what;
};

struct RtlResult {
  std::vector<std::uint8_t> out, harq_out;
  std::uint32_t harq_out_len = 0;
  long harq_in_beats = 0, harq_out_beats = 0;
  card::Cmpl cmpl{};
  long in_beats = 0, out_beats = 0, cycles = 0;
  // cycles from start_i to: the first input beat taken, the last one, the first output beat, done_o
  long first_in = -1, last_in = -1, first_out = -1;
  bool hang = false;
};

// One op through the datapath as the shell drives it: start with the descriptor, offer the
// ceil(in_len/64) input beats and, with HQ_COMBINE_IN_ENABLE, the ceil(harq_in_len/64) HARQ
// input beats (dropping the rest once done_o comes), take output and HARQ output beats; with
// `stalls`, every stream pauses at random (valid and ready low a quarter of the cycles).
RtlResult run_rtl(Bench& tb, const Op& op, Rng& stall, bool stalls = true) {
  auto& d = tb.dut();
  RtlResult r;
  const long limit = 4'000'000;
  long waited = tb.wait_for([&] { return d.ready_o != 0; }, 1000);
  if (waited < 0) {
    r.hang = true;
    return r;
  }
  static_assert(sizeof(card::LdpcDesc) == sizeof(d.desc_i), "descriptor port is 64 bytes");
  std::memcpy(d.desc_i.data(), &op.desc, sizeof op.desc);  // little-endian host: byte 0 in bits [7:0]
  d.start_i = 1;
  tb.tick();
  d.start_i = 0;
  const long beats = static_cast<long>((op.desc.in_len + 63) / 64);
  const long harq_beats =
      (op.desc.op_flags & f::kHqCombineInEnable) ? static_cast<long>((op.desc.harq_in_len + 63) / 64) : 0;
  std::uniform_int_distribution<int> coin(0, 3);
  const std::uint64_t start = tb.cycles();
  bool done = false;
  while (!done) {
    if (static_cast<long>(tb.cycles() - start) > limit) {
      r.hang = true;
      break;
    }
    // input: the next beat, offered with random gaps
    const bool offer = r.in_beats < beats && (!stalls || coin(stall) != 0);
    d.in_valid_i = offer;
    for (int w = 0; w < 16; ++w) {
      std::uint32_t v = 0;
      for (int b = 0; b < 4; ++b) {
        const std::size_t i = static_cast<std::size_t>(r.in_beats * 64 + w * 4 + b);
        if (offer && i < op.in.size()) v |= static_cast<std::uint32_t>(op.in[i]) << (8 * b);
      }
      d.in_data_i[w] = v;
    }
    const bool hoffer = r.harq_in_beats < harq_beats && (!stalls || coin(stall) != 0);
    d.hin_valid_i = hoffer;
    for (int w = 0; w < 16; ++w) {
      std::uint32_t v = 0;
      for (int b = 0; b < 4; ++b) {
        const std::size_t i = static_cast<std::size_t>(r.harq_in_beats * 64 + w * 4 + b);
        if (hoffer && i < op.harq_in.size()) v |= static_cast<std::uint32_t>(op.harq_in[i]) << (8 * b);
      }
      d.hin_data_i[w] = v;
    }
    d.out_ready_i = !stalls || coin(stall) != 0;
    d.hout_ready_i = !stalls || coin(stall) != 0;
    d.eval();
    const bool in_fire = d.in_valid_i && d.in_ready_o;
    const bool out_fire = d.out_valid_o && d.out_ready_i;
    const bool hin_fire = d.hin_valid_i && d.hin_ready_o;
    const bool hout_fire = d.hout_valid_o && d.hout_ready_i;
    if (hout_fire) {
      for (int i = 0; i < 64; ++i)
        r.harq_out.push_back(static_cast<std::uint8_t>(d.hout_data_o[i / 4] >> (8 * (i % 4))));
      ++r.harq_out_beats;
    }
    const long now = static_cast<long>(tb.cycles() - start);
    if (in_fire) {
      if (r.first_in < 0) r.first_in = now;
      r.last_in = now;
    }
    if (out_fire && r.first_out < 0) r.first_out = now;
    if (out_fire) {
      for (int i = 0; i < 64; ++i) r.out.push_back(static_cast<std::uint8_t>(d.out_data_o[i / 4] >> (8 * (i % 4))));
      ++r.out_beats;
    }
    if (d.done_o) {
      done = true;
      r.cmpl.status = static_cast<std::uint16_t>(d.status_o | card::cmpl_status::kDone);
      r.cmpl.error_code = d.error_code_o;
      r.cmpl.iterations = d.iterations_o;
      r.cmpl.out_len = d.out_len_o;
      r.cmpl.harq_out_len = d.harq_out_len_o;
    }
    tb.tick();
    if (in_fire) ++r.in_beats;
    if (hin_fire) ++r.harq_in_beats;
  }
  d.in_valid_i = 0;
  d.hin_valid_i = 0;
  d.out_ready_i = 0;
  d.hout_ready_i = 0;
  r.cycles = static_cast<long>(tb.cycles() - start);
  return r;
}

struct Totals {
  int cases = 0, failures = 0;
};

// Checks one op against the golden; `harq_out` (if given) gets the datapath's HARQ output bytes.
bool check_op(Bench& tb, const Op& op, Rng& stall, Totals& t, bool verbose,
              std::vector<std::uint8_t>* harq_out = nullptr) {
  runtime::GoldenLdpc golden;
  std::vector<std::uint8_t> want(std::max<std::size_t>(op.desc.out_cap, 1), 0);
  std::vector<std::uint8_t> harq_in = op.harq_in;
  harq_in.resize(std::max<std::size_t>(op.desc.harq_in_len, 1), 0);  // the golden reads harq_in_len bytes
  std::vector<std::uint8_t> harq_want(std::max<std::size_t>(op.desc.harq_out_cap, 1), 0);
  std::string why;
  const card::Cmpl g =
      golden.run(op.desc, model_caps(), op.in.data(), want.data(), why, harq_in.data(), harq_want.data());
  const RtlResult r = run_rtl(tb, op, stall);
  const bool err = (g.status & card::cmpl_status::kErr) != 0;
  const long want_in_beats = err ? 0 : static_cast<long>((op.desc.in_len + 63) / 64);
  const long want_out_beats = static_cast<long>((g.out_len + 63) / 64);
  const long want_hin_beats =
      err || !(op.desc.op_flags & f::kHqCombineInEnable) ? 0 : static_cast<long>((op.desc.harq_in_len + 63) / 64);
  const long want_hout_beats = static_cast<long>((g.harq_out_len + 63) / 64);
  int byte_diff = 0;
  for (std::size_t i = 0; i < g.out_len; ++i) byte_diff += i >= r.out.size() || r.out[i] != want[i];
  // past out_len the last beat is zero-padded
  for (std::size_t i = g.out_len; i < r.out.size(); ++i) byte_diff += r.out[i] != 0;
  int harq_diff = 0;
  for (std::size_t i = 0; i < g.harq_out_len; ++i) harq_diff += i >= r.harq_out.size() || r.harq_out[i] != harq_want[i];
  for (std::size_t i = g.harq_out_len; i < r.harq_out.size(); ++i) harq_diff += r.harq_out[i] != 0;
  if (harq_out) harq_out->assign(r.harq_out.begin(), r.harq_out.begin() + std::min<std::size_t>(r.harq_out.size(), r.cmpl.harq_out_len));
  const bool ok = !r.hang && r.cmpl.status == g.status && r.cmpl.error_code == g.error_code &&
                  r.cmpl.iterations == g.iterations && r.cmpl.out_len == g.out_len && byte_diff == 0 &&
                  r.in_beats == want_in_beats && r.out_beats == want_out_beats &&
                  r.cmpl.harq_out_len == g.harq_out_len && harq_diff == 0 && r.harq_in_beats == want_hin_beats &&
                  r.harq_out_beats == want_hout_beats;
  ++t.cases;
  if (!ok) ++t.failures;
  if (verbose || !ok) {
    const auto& d = op.desc;
    std::printf("%s %s BG%d Zc=%d F=%d Ncb=%d E=%u Qm=%d rv=%d flags=0x%02x it_max=%d | golden %s | rtl %s%s "
                "in %ld/%ld out %ld/%ld beats, %d bytes differ, %ld cycles\n",
                ok ? "PASS" : "FAIL", op.what.c_str(), d.basegraph, d.z_c, d.n_filler, d.n_cb, d.e, d.q_m,
                d.rv_index, d.op_flags, d.iter_max, card::describe_cmpl(g).c_str(),
                card::describe_cmpl(r.cmpl).c_str(), r.hang ? " HANG" : "", r.in_beats, want_in_beats,
                r.out_beats, want_out_beats, byte_diff, r.cycles);
    if (op.desc.op_flags & (f::kHqCombineInEnable | f::kHqCombineOutEnable))
      std::printf("     HARQ in_len %u out_cap %u: in %ld/%ld out %ld/%ld beats, harq_out_len %u/%u, %d bytes differ\n",
                  op.desc.harq_in_len, op.desc.harq_out_cap, r.harq_in_beats, want_hin_beats, r.harq_out_beats,
                  want_hout_beats, r.cmpl.harq_out_len, g.harq_out_len, harq_diff);
    if (!ok && err) std::printf("     golden error: %s\n", why.c_str());
  }
  if (!ok && !tb.waves_on()) {  // re-run the failing op with waves
    const std::string path = tb.name() + "_fail.fst";
    tb.reset();
    tb.start_waves(path);
    run_rtl(tb, op, stall);
    tb.stop_waves();
    tb.reset();
    std::printf("     waves of the failing op: %s\n", path.c_str());
  }
  return ok;
}

// LLR bytes of a code block: K' random bits (a valid CRC at the end when the flags check one)
// -> golden encoder -> rate matching -> AWGN max-log LLRs -> channel format as signed bytes; a
// few -127 are sent as -128, which the datapath must read as -127.
std::vector<std::uint8_t> make_llrs(const card::LdpcDesc& d, double snr_db, Rng& rng, Bits* info_io = nullptr) {
  ldpc::CodeConfig c;
  c.bg = d.basegraph;
  c.zc = d.z_c;
  c.k_prime = (d.basegraph == 1 ? 22 : 10) * d.z_c - d.n_filler;
  c.e = static_cast<int>(d.e);
  c.qm = d.q_m;
  c.rv = d.rv_index;
  c.n_cb = d.n_cb;
  const ldpc::CodeParams p = ldpc::derive_code_params(c);
  std::optional<CrcType> crc;
  if (d.op_flags & f::kCrcType24aCheck) crc = CrcType::Crc24A;
  else if (d.op_flags & f::kCrcType16Check) crc = CrcType::Crc16;
  else if (d.op_flags & (f::kCrcType24bCheck | f::kCrcType24bDrop)) crc = CrcType::Crc24B;
  const int crc_len = crc ? crc_spec(*crc).length : 0;
  Bits info;
  if (info_io && !info_io->empty()) {
    info = *info_io;  // the same code block again (another rv of a HARQ chain)
  } else {
    info = random_bits(rng, static_cast<std::size_t>(p.k_prime - crc_len));
    if (crc) crc_attach(*crc, info);
    if (info_io) *info_io = info;
  }
  const Bits fbits = ldpc::rate_match(p, ldpc::make_ldpc_encoder("golden")->encode(p, info));
  const Modulation mod = p.qm <= 8 ? modulation_from_qm(p.qm) : Modulation::Qpsk;
  const std::vector<double> soft = awgn_llrs(fbits, mod, snr_db, rng);
  std::vector<std::uint8_t> bytes(soft.size());
  std::uniform_int_distribution<int> one_in(0, 3);
  for (std::size_t i = 0; i < soft.size(); ++i) {
    auto v = static_cast<int>(fxp::LdpcChannelLlr::from_real(soft[i]));
    if (v == -127 && one_in(rng) == 0) v = -128;
    bytes[i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(v));
  }
  return bytes;
}

// A random legal decode op on (bg, zc): fillers, rate 0.1..0.95 (below ~0.3, E passes Ncb and the
// dematcher combines) or, one in eight, up to 3 (E below K', down to Qm), Ncb full or limited (LBRM), every rv and Qm, a CRC
// type (with drop), early stop mostly on, SNR 0..8 dB above the Shannon limit.
Op random_op(int bg, int zc, Rng& rng, int max_iter) {
  Op op;
  card::LdpcDesc& d = op.desc;
  d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcDec);
  d.basegraph = static_cast<std::uint8_t>(bg);
  d.z_c = static_cast<std::uint16_t>(zc);
  const int k = (bg == 1 ? 22 : 10) * zc;
  const int n = (bg == 1 ? 66 : 50) * zc;
  static const std::uint32_t crcs[] = {0, f::kCrcType24aCheck, f::kCrcType24bCheck, f::kCrcType16Check,
                                       f::kCrcType24bDrop, f::kCrcType24bDrop | f::kCrcType24bCheck};
  std::uint32_t flags = crcs[std::uniform_int_distribution<int>(0, 5)(rng)];
  const int crc_len = flags == 0 ? 0 : (flags == f::kCrcType16Check ? 16 : 24);
  // K' > 2 Zc and K' > the CRC length
  const int min_kp = std::max(2 * zc + 1, crc_len + 1);
  if (min_kp > k) flags = 0;
  const int lo = std::max(k - k / 4, std::min(k, std::max(2 * zc + 1, flags ? crc_len + 1 : 0)));
  const int k_prime = std::uniform_int_distribution<int>(std::min(lo, k), k)(rng);
  d.n_filler = static_cast<std::uint16_t>(k - k_prime);
  if (std::uniform_int_distribution<int>(0, 7)(rng) != 0) flags |= f::kIterationStopEnable;
  d.op_flags = flags;
  static const int qms[] = {1, 2, 4, 6, 8, 10};
  d.q_m = static_cast<std::uint8_t>(qms[std::uniform_int_distribution<int>(0, 5)(rng)]);
  d.rv_index = static_cast<std::uint8_t>(std::uniform_int_distribution<int>(0, 3)(rng));
  const int ncb_mode = std::uniform_int_distribution<int>(0, 3)(rng);
  d.n_cb = static_cast<std::uint16_t>(ncb_mode == 0 ? 0 : ncb_mode == 1 ? n
                                      : std::uniform_int_distribution<int>(k - 2 * zc, n)(rng));
  // mostly rate 0.1..0.95; one op in eight punctures hard (rate up to 3, E down to Qm)
  const bool punctured = std::uniform_int_distribution<int>(0, 7)(rng) == 0;
  const double rate = std::uniform_real_distribution<double>(0.1, punctured ? 3.0 : 0.95)(rng);
  const int e = std::max<int>(d.q_m, static_cast<int>(k_prime / rate));
  d.e = static_cast<std::uint32_t>(e - e % d.q_m);
  d.iter_max = static_cast<std::uint8_t>(max_iter);
  d.tag = static_cast<std::uint32_t>(rng());
  d.in_len = d.e;
  const int out_bits = k_prime - ((flags & f::kCrcType24bDrop) ? 24 : 0);
  d.out_cap = static_cast<std::uint32_t>((out_bits + 7) / 8 + std::uniform_int_distribution<int>(0, 70)(rng));
  const int qm_eff = std::min<int>(d.q_m, 8);
  const double shannon = 10.0 * std::log10(std::pow(2.0, std::min(rate, 0.95) * qm_eff) - 1.0);
  const double snr = shannon + std::uniform_real_distribution<double>(0.0, 8.0)(rng);
  op.in = make_llrs(d, snr, rng);
  char what[32];
  std::snprintf(what, sizeof what, "snr=%5.2f", snr);
  op.what = what;
  return op;
}

std::vector<int> served_sizes() {
  std::vector<int> zs;
  for (int z : ldpc::lifting_sizes())
    if (z <= kZmax) zs.push_back(z);
  return zs;
}

// Descriptors that must fail, one per check of check_ldpc_desc (the golden decides the code).
void run_illegal(Bench& tb, Rng& rng, Totals& t) {
  const int z = served_sizes().back();
  Op base = random_op(1, z, rng, 4);
  const int k = 22 * z, n = 66 * z;
  struct Bad {
    const char* what;
    void (*edit)(card::LdpcDesc&, int z, int k, int n);
  };
  const Bad bad[] = {
      {"op_type 0", [](card::LdpcDesc& d, int, int, int) { d.op_type = 0; }},
      {"op_type 7", [](card::LdpcDesc& d, int, int, int) { d.op_type = 7; }},
      {"basegraph 0", [](card::LdpcDesc& d, int, int, int) { d.basegraph = 0; }},
      {"basegraph 3", [](card::LdpcDesc& d, int, int, int) { d.basegraph = 3; }},
      {"Zc 0", [](card::LdpcDesc& d, int, int, int) { d.z_c = 0; }},
      {"Zc 17", [](card::LdpcDesc& d, int, int, int) { d.z_c = 17; }},
      {"Zc above Zmax", [](card::LdpcDesc& d, int, int, int) { d.z_c = kZmax >= 384 ? 416 : 40; }},
      {"Zc 0x8020", [](card::LdpcDesc& d, int, int, int) { d.z_c = 0x8020; }},
      {"HQ_COMBINE_IN", [](card::LdpcDesc& d, int, int, int) { d.op_flags |= f::kHqCombineInEnable; }},
      {"HQ_COMBINE_OUT", [](card::LdpcDesc& d, int, int, int) { d.op_flags |= f::kHqCombineOutEnable; }},
      {"DEINTERLEAVER_BYPASS", [](card::LdpcDesc& d, int, int, int) { d.op_flags |= f::kDeinterleaverBypass; }},
      {"encode flag", [](card::LdpcDesc& d, int, int, int) { d.op_flags |= f::kCrc24aAttach; }},
      {"flag bit 31", [](card::LdpcDesc& d, int, int, int) { d.op_flags |= 0x80000000u; }},
      {"two CRC types", [](card::LdpcDesc& d, int, int, int) { d.op_flags = f::kCrcType24aCheck | f::kCrcType16Check; }},
      {"24B drop + 24A", [](card::LdpcDesc& d, int, int, int) { d.op_flags = f::kCrcType24aCheck | f::kCrcType24bDrop; }},
      {"24B drop + 16", [](card::LdpcDesc& d, int, int, int) { d.op_flags = f::kCrcType16Check | f::kCrcType24bDrop; }},
      {"iter_max 0", [](card::LdpcDesc& d, int, int, int) { d.iter_max = 0; }},
      {"iter_max 101", [](card::LdpcDesc& d, int, int, int) { d.iter_max = 101; }},
      {"iter_max 255", [](card::LdpcDesc& d, int, int, int) { d.iter_max = 255; }},
      {"K' = 2 Zc", [](card::LdpcDesc& d, int zz, int kk, int) { d.n_filler = static_cast<std::uint16_t>(kk - 2 * zz); }},
      {"F > K", [](card::LdpcDesc& d, int, int, int) { d.n_filler = 0xffff; }},
      {"Qm 3", [](card::LdpcDesc& d, int, int, int) { d.q_m = 3; d.e = 3 * 200; d.in_len = d.e; }},
      {"Qm 0", [](card::LdpcDesc& d, int, int, int) { d.q_m = 0; }},
      {"E 0", [](card::LdpcDesc& d, int, int, int) { d.e = 0; d.in_len = 0; }},
      {"E below Qm", [](card::LdpcDesc& d, int, int, int) { d.q_m = 6; d.e = 4; d.in_len = 4; }},
      {"E not a multiple of Qm 6", [](card::LdpcDesc& d, int, int, int) { d.q_m = 6; d.e = 6 * 50 + 3; d.in_len = d.e; }},
      {"E not a multiple of Qm 10", [](card::LdpcDesc& d, int, int, int) { d.q_m = 10; d.e = 10 * 50 + 5; d.in_len = d.e; }},
      {"E 2^22 + 2", [](card::LdpcDesc& d, int, int, int) { d.q_m = 2; d.e = (1u << 22) + 2; d.in_len = d.e; }},
      {"E 2^31", [](card::LdpcDesc& d, int, int, int) { d.q_m = 2; d.e = 1u << 31; d.in_len = d.e; }},
      {"rv 4", [](card::LdpcDesc& d, int, int, int) { d.rv_index = 4; }},
      {"Ncb below K - 2Zc", [](card::LdpcDesc& d, int zz, int kk, int) { d.n_cb = static_cast<std::uint16_t>(kk - 2 * zz - 1); }},
      {"Ncb above N", [](card::LdpcDesc& d, int, int, int nn) { d.n_cb = static_cast<std::uint16_t>(nn + 1); }},
      {"in_len E - 1", [](card::LdpcDesc& d, int, int, int) { d.in_len = d.e - 1; }},
      {"in_len E + 64", [](card::LdpcDesc& d, int, int, int) { d.in_len = d.e + 64; }},
      {"out_cap 1 short", [](card::LdpcDesc& d, int, int, int) {
         const int out_bits = (22 * d.z_c - d.n_filler) - ((d.op_flags & f::kCrcType24bDrop) ? 24 : 0);
         d.out_cap = static_cast<std::uint32_t>((out_bits + 7) / 8 - 1);
       }},
      {"out_cap 0", [](card::LdpcDesc& d, int, int, int) { d.out_cap = 0; }},
  };
  for (const Bad& b : bad) {
    Op op = base;
    b.edit(op.desc, z, k, n);
    op.in.resize(std::min<std::size_t>(op.desc.in_len, 1u << 16));
    op.what = b.what;
    check_op(tb, op, rng, t, true);
  }
  // K' not above the CRC: BG2 Zc = 2 has K = 20 < 24 (legal without a CRC)
  Op small = random_op(2, 2, rng, 4);
  small.desc.op_flags = f::kCrcType24aCheck | f::kIterationStopEnable;
  small.what = "K' <= CRC length";
  check_op(tb, small, rng, t, true);
  small.desc.op_flags = f::kCrcType16Check;
  small.desc.n_filler = 5;  // K' = 15 < 16
  small.what = "K' <= CRC16 length";
  check_op(tb, small, rng, t, true);
  // the shell's watchdog resets the datapath in the middle of an op: the next op must be clean
  {
    Op cut = random_op(1, z, rng, 4);
    auto& d = tb.dut();
    std::memcpy(d.desc_i.data(), &cut.desc, sizeof cut.desc);
    d.start_i = 1;
    tb.tick();
    d.start_i = 0;
    d.in_valid_i = 1;  // whatever is on the bus: the op is abandoned
    for (int i = 0; i < 300; ++i) tb.tick();
    d.in_valid_i = 0;
    tb.reset(1);
    std::printf("reset after 300 cycles of an op\n");
  }
  // and a legal op right after the illegal ones: nothing stuck
  Op after = random_op(2, z, rng, 4);
  after.what = "legal after the illegal ones";
  check_op(tb, after, rng, t, true);
}

// H = Ncb - F of a legal descriptor: the HARQ buffer's bytes.
std::uint32_t harq_len_of(const card::LdpcDesc& d) {
  const int n = (d.basegraph == 1 ? 66 : 50) * d.z_c;
  return static_cast<std::uint32_t>((d.n_cb == 0 ? n : d.n_cb) - d.n_filler);
}

std::vector<std::uint8_t> random_bytes(std::size_t n, Rng& rng) {
  std::vector<std::uint8_t> b(n);
  for (auto& x : b) x = static_cast<std::uint8_t>(rng());  // -128 included: read as -127
  return b;
}

// HARQ combining: `count` random codes, each as HARQ input only (random soft values), output
// only, both, and a chain rv0 -> rv2 -> rv3 -> rv1 of one code block at a low SNR, each op's
// HARQ input being the datapath's HARQ output of the previous one (the golden gets the same
// bytes, so every op of the chain is compared); then the HARQ length checks.
void run_harq(Bench& tb, Rng& rng, Totals& t, int count, int max_iter) {
  const std::vector<int> zs = served_sizes();
  for (int i = 0; i < count; ++i) {
    const int bg = std::uniform_int_distribution<int>(1, 2)(rng);
    const int zc = zs[std::uniform_int_distribution<std::size_t>(0, zs.size() - 1)(rng)];
    Op base = random_op(bg, zc, rng, max_iter);
    const std::uint32_t h = harq_len_of(base.desc);
    const std::uint32_t slack = std::uniform_int_distribution<std::uint32_t>(0, 100)(rng);
    Op in_only = base;
    in_only.desc.op_flags |= f::kHqCombineInEnable;
    in_only.desc.harq_in_len = h;
    in_only.harq_in = random_bytes(h, rng);
    in_only.what = "HQ in";
    check_op(tb, in_only, rng, t, true);
    Op out_only = base;
    out_only.desc.op_flags |= f::kHqCombineOutEnable;
    out_only.desc.harq_out_cap = h + slack;
    out_only.what = "HQ out";
    check_op(tb, out_only, rng, t, true);
    Op both = in_only;
    both.desc.op_flags |= f::kHqCombineOutEnable;
    both.desc.harq_out_cap = h + slack;
    both.what = "HQ in+out";
    check_op(tb, both, rng, t, true);
    // the chain: the same info bits, rv 0, 2, 3, 1, QPSK, E about K' at an SNR where one rv alone
    // (rate ~1, Shannon limit 4.8 dB) fails and the combined ones (rate ~1/4) mostly decode
    Bits info;
    std::vector<std::uint8_t> harq;
    const double snr = std::uniform_real_distribution<double>(0.0, 2.5)(rng);
    const int rvs[] = {0, 2, 3, 1};
    for (int step = 0; step < 4; ++step) {
      Op op = base;
      card::LdpcDesc& d = op.desc;
      d.rv_index = static_cast<std::uint8_t>(rvs[step]);
      d.q_m = 2;
      const int k_prime = (bg == 1 ? 22 : 10) * zc - d.n_filler;
      const int e = std::max<int>(d.q_m, k_prime);
      d.e = static_cast<std::uint32_t>(e - e % d.q_m);
      d.in_len = d.e;
      d.op_flags |= f::kHqCombineOutEnable;
      d.harq_out_cap = h;
      if (step > 0) {
        d.op_flags |= f::kHqCombineInEnable;
        d.harq_in_len = h;
        op.harq_in = harq;
      }
      op.in = make_llrs(d, snr, rng, &info);
      char what[48];
      std::snprintf(what, sizeof what, "HQ chain rv%d snr=%5.2f", rvs[step], snr);
      op.what = what;
      check_op(tb, op, rng, t, true, &harq);
      if (harq.size() != h) break;  // the op failed (reported): no chain to follow
    }
  }
  std::printf("HARQ chains: %d\n", count);
  // the HARQ length checks (BAD_LENGTH, after every other check), and the order with others
  const int z = zs.back();
  Op base = random_op(1, z, rng, 4);
  const std::uint32_t h = harq_len_of(base.desc);
  struct Bad {
    const char* what;
    std::uint32_t flags, in_len, out_cap;
  };
  const Bad bad[] = {
      {"harq_in_len H - 1", f::kHqCombineInEnable, h - 1, 0},
      {"harq_in_len H + 1", f::kHqCombineInEnable, h + 1, 0},
      {"harq_in_len 0", f::kHqCombineInEnable, 0, 0},
      {"harq_out_cap H - 1", f::kHqCombineOutEnable, 0, h - 1},
      {"harq_out_cap 0", f::kHqCombineOutEnable, 0, 0},
      {"harq_out_cap H + 1000 (legal)", f::kHqCombineOutEnable, 0, h + 1000},
      {"HQ in+out, out_cap H - 1", f::kHqCombineInEnable | f::kHqCombineOutEnable, h, h - 1},
      {"no HQ flag, harq fields garbage (ignored)", 0, 12345, 1},
  };
  for (const Bad& b : bad) {
    Op op = base;
    op.desc.op_flags |= b.flags;
    op.desc.harq_in_len = b.in_len;
    op.desc.harq_out_cap = b.out_cap;
    op.harq_in = random_bytes(std::min<std::uint32_t>(b.in_len, 1u << 16), rng);
    op.what = b.what;
    check_op(tb, op, rng, t, true);
  }
  // a HARQ length error behind an earlier check: the earlier code wins
  Op both_bad = base;
  both_bad.desc.op_flags |= f::kHqCombineInEnable;
  both_bad.desc.harq_in_len = 1;
  both_bad.desc.in_len = both_bad.desc.e + 1;
  both_bad.what = "harq_in_len and in_len wrong";
  check_op(tb, both_bad, rng, t, true);
  both_bad = base;
  both_bad.desc.op_flags |= f::kHqCombineOutEnable;
  both_bad.desc.rv_index = 4;
  both_bad.what = "harq_out_cap 0 and rv 4";
  check_op(tb, both_bad, rng, t, true);
  both_bad = base;
  both_bad.desc.op_flags |= f::kHqCombineInEnable | f::kDeinterleaverBypass;
  both_bad.desc.harq_in_len = h;
  both_bad.harq_in = random_bytes(h, rng);
  both_bad.what = "HQ in + a bypass flag";
  check_op(tb, both_bad, rng, t, true);
}

void run_vectors(Bench& tb, const std::vector<std::string>& dirs, Rng& rng, Totals& t) {
  // runtime::op_from_vector takes its buffers from a device; the cpu device's LLR format is the datapath's
  const std::unique_ptr<runtime::Device> cpu = runtime::open_device("cpu");
  for (const std::string& dir : dirs) {
    if (!std::filesystem::is_directory(dir)) {
      std::printf("SKIP vectors: %s not found\n", dir.c_str());
      continue;
    }
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".data" && e.path().filename().string().find("dec") != std::string::npos)
        files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
      const auto v = vectors::LdpcVector::load(file);
      const std::string name = std::filesystem::path(file).filename().string();
      if (v.z_c > kZmax) {
        std::printf("SKIP %s: Zc %d > Zmax %d of this model\n", name.c_str(), v.z_c, kZmax);
        continue;
      }
      const bool hq_in = (card::ldpc_op_flags_from_bbdev(v.op_flags) & f::kHqCombineInEnable) != 0;
      const bool hq_out = (card::ldpc_op_flags_from_bbdev(v.op_flags) & f::kHqCombineOutEnable) != 0;
      if (v.code_block_mode != 1 || v.input.size() != 1 || v.output.size() != 1 ||
          (hq_in && v.harq_input.size() != 1) || (hq_out && v.harq_output.size() != 1)) {
        std::printf("SKIP %s: not one code block\n", name.c_str());
        continue;
      }
      // the op as the runtime builds it for any device (descriptor, LLRs scaled to the device format)
      const runtime::LdpcOp vop = runtime::op_from_vector(v, *cpu);
      Op op;
      card::LdpcDesc& d = op.desc;
      d = vop.desc;
      op.in.assign(vop.input->data(), vop.input->data() + d.in_len);
      if (hq_in) op.harq_in.assign(vop.harq_input->data(), vop.harq_input->data() + d.harq_in_len);
      const Bytes& want_out = v.output[0];
      op.what = name;
      const int before = t.failures;
      std::vector<std::uint8_t> rtl_harq;
      check_op(tb, op, rng, t, true, &rtl_harq);
      // and the vector's own expectation, through the golden (the datapath equals it when PASS)
      runtime::GoldenLdpc golden;
      std::vector<std::uint8_t> out(d.out_cap);
      std::string why;
      std::vector<std::uint8_t> harq_in = op.harq_in, harq_out(std::max<std::uint32_t>(d.harq_out_cap, 1));
      harq_in.resize(std::max<std::size_t>(harq_in.size(), 1));
      const card::Cmpl g = golden.run(d, model_caps(), op.in.data(), out.data(), why, harq_in.data(), harq_out.data());
      bool same = want_out.empty() || (g.out_len == want_out.size() && std::equal(want_out.begin(), want_out.end(), out.begin()));
      if (hq_out) {  // the HARQ output in the file's grid (ldpc::vector_bytes_from_llrs), from the datapath's bytes
        std::vector<std::int16_t> llr;
        for (std::uint8_t b : rtl_harq) llr.push_back(static_cast<std::int8_t>(b));
        same = same && ldpc::vector_bytes_from_llrs(llr) == v.harq_output[0];
      }
      const bool syn = g.status & card::cmpl_status::kSynErr, crc = g.status & card::cmpl_status::kCrcErr;
      const std::string status = syn && crc ? "SYNCRC" : syn ? "SYN" : crc ? "CRC" : "OK";
      if (!same || (!v.expected_status.empty() && status != v.expected_status)) {
        std::printf("FAIL %s: golden differs from the vector (output %s, status %s expected %s)\n", name.c_str(),
                    same ? "same" : "differs", status.c_str(), v.expected_status.c_str());
        if (t.failures == before) ++t.failures;
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  Verilated::commandArgs(argc, argv);
  const std::string list = sim::arg_value(argc, argv, "list", "smoke");
  const std::uint64_t seed = std::stoull(sim::arg_value(argc, argv, "seed", "1"));
  const int count = std::stoi(sim::arg_value(argc, argv, "count", "40"));
  const int max_iter = std::stoi(sim::arg_value(argc, argv, "iter", "6"));
  Bench tb("ldpc_dec_top_" + list);
  const std::string waves = sim::arg_value(argc, argv, "waves", "");
  if (!waves.empty()) tb.start_waves(waves);
  tb.reset();
  Rng rng(seed);
  Totals t;
  try {
    const std::vector<int> zs = served_sizes();
    if (list == "illegal") {
      run_illegal(tb, rng, t);
    } else if (list == "vectors") {
      std::vector<std::string> dirs;
      for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--dir") dirs.push_back(argv[i + 1]);
      run_vectors(tb, dirs, rng, t);
    } else if (list == "smoke") {
      const std::pair<int, int> codes[] = {{1, 384}, {2, 384}, {1, 2}, {2, 15}, {1, 7}, {2, 32}, {1, 32}, {2, 4}};
      for (auto [bg, zc] : codes)
        if (zc <= kZmax) check_op(tb, random_op(bg, zc, rng, max_iter), rng, t, true);
    } else if (list == "perf") {
      // Where the cycles of an op go, at rate 1/3, QPSK, 8 iterations without early stop (the
      // core's figure in docs/results/ldpc-rtl.md): dematching grows with E / (64 / Qm) beats.
      const int zc = zs.back();
      for (int bg : {1, 2}) {
        Op op = random_op(bg, zc, rng, 8);
        card::LdpcDesc& d = op.desc;
        const int k = (bg == 1 ? 22 : 10) * zc;
        d.n_filler = 0;
        d.n_cb = 0;
        d.q_m = 2;
        d.rv_index = 0;
        d.op_flags = f::kCrcType24aCheck;
        d.e = static_cast<std::uint32_t>(3 * k);
        d.in_len = d.e;
        d.out_cap = static_cast<std::uint32_t>(k / 8);
        op.in = make_llrs(d, 3.0, rng);
        op.what = "perf";
        const RtlResult r = run_rtl(tb, op, rng, false);
        check_op(tb, op, rng, t, true);
        std::printf("perf BG%d Zc=%d K=%d E=%u Qm=2 (no stalls): check+setup %ld, input %ld (%ld beats), "
                    "load+decode %ld, output %ld cycles, total %ld\n",
                    bg, zc, k, d.e, r.first_in, r.last_in - r.first_in + 1, r.in_beats, r.first_out - r.last_in,
                    r.cycles - r.first_out, r.cycles);
        // the same op with HARQ input and output (H = N bytes each way): what combining adds
        Op hq = op;
        const std::uint32_t h = harq_len_of(d);
        hq.desc.op_flags |= f::kHqCombineInEnable | f::kHqCombineOutEnable;
        hq.desc.harq_in_len = h;
        hq.desc.harq_out_cap = h;
        hq.harq_in = random_bytes(h, rng);
        hq.what = "perf HQ in+out";
        const RtlResult rh = run_rtl(tb, hq, rng, false);
        check_op(tb, hq, rng, t, true);
        std::printf("perf BG%d Zc=%d with HQ in+out (H = %u bytes each way, no stalls): total %ld cycles (+%ld)\n",
                    bg, zc, h, rh.cycles, rh.cycles - r.cycles);
      }
    } else if (list == "sweep") {
      for (int i = 0; i < count; ++i) {
        const int bg = std::uniform_int_distribution<int>(1, 2)(rng);
        const int zc = zs[std::uniform_int_distribution<std::size_t>(0, zs.size() - 1)(rng)];
        check_op(tb, random_op(bg, zc, rng, max_iter), rng, t, true);
      }
    } else if (list == "harq") {
      run_harq(tb, rng, t, count, max_iter);
    } else if (list == "codes") {
      for (int bg : {1, 2})
        for (int zc : zs) check_op(tb, random_op(bg, zc, rng, max_iter), rng, t, true);
    } else {
      std::fprintf(stderr, "unknown --list %s (smoke, perf, sweep, codes, illegal, vectors, harq)\n", list.c_str());
      return 2;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench error: %s\n", e.what());
    return 1;
  }
  std::printf("ldpc_dec_top (Zmax %d) %s seed %llu: %d ops, %d failures, %llu cycles simulated\n", kZmax, list.c_str(),
              static_cast<unsigned long long>(seed), t.cases, t.failures, static_cast<unsigned long long>(tb.cycles()));
  return t.failures ? 1 : 0;
}
