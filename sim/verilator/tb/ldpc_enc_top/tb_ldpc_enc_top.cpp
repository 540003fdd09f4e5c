// SPDX-License-Identifier: Apache-2.0
// Bench of bbkit_ldpc_enc_top, the encode datapath of the LDPC kernel, against the reference
// semantics of one descriptor: runtime::GoldenLdpc::run (host/src/runtime/ldpc_exec.cpp).
//
// Each case is a card::LdpcDesc plus its input bytes. The bench starts the datapath with the
// descriptor, offers the input beats and takes the output beats with random valid/ready stalls,
// and compares every output byte, out_len, status and error code with the golden run; a
// rejected descriptor must end within a few cycles without reading input or writing output.
// Lists (--list): smoke (a few codes and illegal descriptors), codes (every BG x Zc <= Zmax with
// random K', CRC, rv, Qm, E and Ncb), illegal (each error code, and pairs of faults for the order
// of the checks), vectors (the encode vectors of every --dir, DPDK test-bbdev format: golden and
// the file's output), perf (BG1 and BG2 at the largest Zc, no stalls: cycles per code block).
// --seed N, --cases N (codes: rounds over the code list), --waves file.fst (or BBKIT_WAVES).
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "Vbbkit_ldpc_enc_top.h"
#include "bbkit/card/desc_util.h"
#include "bbkit/card/generated/desc.h"
#include "bbkit/common/bits.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/tables.h"
#include "bbkit/runtime/ldpc_exec.h"
#include "bbkit/sim/harness.h"
#include "bbkit/vectors/ldpc_vector.h"

#ifndef BBKIT_TB_ZMAX
#error "BBKIT_TB_ZMAX (the Zmax the model is verilated with) must be defined"
#endif

namespace {

using namespace bbkit;
using Bench = sim::Harness<Vbbkit_ldpc_enc_top>;
namespace f = card::ldpc_op_flags;

constexpr int kZmax = BBKIT_TB_ZMAX;
constexpr long kOpCycleLimit = 4L << 20;

struct Op {
  std::string what;
  card::LdpcDesc desc{};
  Bytes input;
};

struct Stalls {
  int in_pct = 0, out_pct = 0;  // chance of a stall cycle on each stream
};

struct RtlResult {
  Bytes out;
  int status = 0, error_code = 0, iterations = 0;
  std::uint32_t out_len = 0;
  long cycles = 0, in_beats = 0, out_beats = 0;
  long first_out = -1, last_in = -1;  // cycle of the first output beat, the last input beat
  bool hang = false;
};

template <class Wide>
void put_bytes(Wide& w, const std::uint8_t* bytes, std::size_t n) {
  std::uint32_t words[16] = {};
  std::memcpy(words, bytes, std::min<std::size_t>(n, 64));
  for (int i = 0; i < 16; ++i) w[i] = words[i];
}

RtlResult run_rtl(Bench& tb, const Op& op, const Stalls& stalls, Rng& rng) {
  auto& d = tb.dut();
  RtlResult r;
  std::uniform_int_distribution<int> pct(0, 99);
  if (tb.wait_for([&] { return d.ready_o != 0; }, 100) < 0) {
    r.hang = true;
    return r;
  }
  std::uint8_t desc_bytes[64];
  std::memcpy(desc_bytes, &op.desc, sizeof desc_bytes);
  put_bytes(d.desc_i, desc_bytes, 64);
  d.start_i = 1;
  tb.tick();
  d.start_i = 0;
  const std::size_t beats = (op.input.size() + 63) / 64;
  std::size_t next_beat = 0;
  Bytes out;
  for (long c = 0;; ++c) {
    if (c > kOpCycleLimit) {
      r.hang = true;
      break;
    }
    if (d.done_o) {
      r.cycles = c + 1;
      break;
    }
    // input stream: the shell offers exactly ceil(in_len/64) beats, zero-padded
    const bool offer = next_beat < beats && pct(rng) >= stalls.in_pct;
    d.in_valid_i = offer;
    if (offer) {
      std::uint8_t beat[64] = {};
      const std::size_t at = next_beat * 64;
      std::memcpy(beat, op.input.data() + at, std::min<std::size_t>(64, op.input.size() - at));
      put_bytes(d.in_data_i, beat, 64);
    }
    const bool in_fire = offer && d.in_ready_o;
    const bool take = pct(rng) >= stalls.out_pct;
    d.out_ready_i = take;
    if (d.out_valid_o && take) {
      for (int i = 0; i < 16; ++i)
        for (int b = 0; b < 4; ++b) out.push_back(static_cast<std::uint8_t>(d.out_data_o[i] >> (8 * b)));
      if (r.first_out < 0) r.first_out = c;
      ++r.out_beats;
    }
    if (in_fire) {
      ++next_beat;
      ++r.in_beats;
      r.last_in = c;
    }
    tb.tick();
  }
  d.in_valid_i = 0;
  d.out_ready_i = 0;
  r.status = d.status_o;
  r.error_code = d.error_code_o;
  r.iterations = d.iterations_o;
  r.out_len = d.out_len_o;
  out.resize(std::min<std::size_t>(out.size(), r.out_len));
  r.out = out;
  tb.tick();
  return r;
}

struct Totals {
  int cases = 0, failures = 0;
};

runtime::Capabilities model_caps() {
  runtime::Capabilities caps = runtime::golden_capabilities();
  caps.max_zc = std::min(kZmax, 384);
  return caps;
}

// Runs one op on both sides; on a mismatch re-runs it with waves.
bool run_op(Bench& tb, const Op& op, const Stalls& stalls, Rng& rng, Totals& t, bool verbose,
            const Bytes* expected = nullptr) {
  runtime::GoldenLdpc golden;
  Bytes gold_out(std::max<std::uint32_t>(op.desc.out_cap, 1), 0);
  std::string why;
  const card::Cmpl want = golden.run(op.desc, model_caps(), op.input.data(), gold_out.data(), why);
  gold_out.resize(want.out_len);
  const std::uint64_t case_seed = rng();
  Rng case_rng(case_seed);
  const RtlResult got = run_rtl(tb, op, stalls, case_rng);
  const int want_status = static_cast<int>(want.status & ~card::cmpl_status::kDone);
  const bool err = (want.status & card::cmpl_status::kErr) != 0;
  std::size_t diff = 0;
  while (diff < got.out.size() && diff < gold_out.size() && got.out[diff] == gold_out[diff]) ++diff;
  bool ok = !got.hang && got.status == want_status && got.error_code == want.error_code && got.iterations == 0 &&
            got.out_len == want.out_len && got.out == gold_out;
  if (err) ok = ok && got.in_beats == 0 && got.out_beats == 0 && got.cycles <= 16;
  else ok = ok && got.in_beats == static_cast<long>((op.input.size() + 63) / 64);
  const bool file_ok = !expected || *expected == gold_out;
  ok = ok && file_ok;
  ++t.cases;
  if (!ok) ++t.failures;
  const card::LdpcDesc& d = op.desc;
  if (verbose || !ok)
    std::printf("%s %-22s BG%d Zc=%3d F=%4d Ncb=%5d E=%6u Qm=%d rv=%d flags=0x%06X | status 0x%X err %d (golden 0x%X err %d%s%s) "
                "out %u B (golden %u)%s, first diff byte %zu | %ld cycles, in %ld beats, out %ld beats\n",
                ok ? "PASS" : "FAIL", op.what.c_str(), d.basegraph, d.z_c, d.n_filler, d.n_cb, d.e, d.q_m, d.rv_index,
                d.op_flags, got.status, got.error_code, want_status, want.error_code, err ? ": " : "", err ? why.c_str() : "",
                got.out_len, want.out_len, expected ? (file_ok ? ", = file" : ", golden != file") : "", diff, got.cycles,
                got.in_beats, got.out_beats);
  if (!ok && !tb.waves_on()) {
    const std::string path = tb.name() + "_fail.fst";
    tb.start_waves(path);
    Rng again(case_seed);
    run_rtl(tb, op, stalls, again);
    tb.stop_waves();
    std::printf("     waves of the failing case: %s\n", path.c_str());
  }
  return ok;
}

int kb_of(int bg) { return bg == 1 ? 22 : 10; }

// A legal descriptor around (bg, zc) with random K', CRC, rv, Qm, E (rate 0.15..0.95, so E also
// wraps the circular buffer) and Ncb (derived, N, or a limited buffer), random payload bytes
// (the pad bits of the last byte random too: the datapath must ignore them).
Op random_op(int bg, int zc, Rng& rng) {
  auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  Op op;
  op.what = "random";
  card::LdpcDesc& d = op.desc;
  const int k = kb_of(bg) * zc, n = (bg == 1 ? 66 : 50) * zc;
  d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcEnc);
  d.basegraph = static_cast<std::uint8_t>(bg);
  d.z_c = static_cast<std::uint16_t>(zc);
  const int f_max = std::min(k - 2 * zc - 1, uni(0, 1) ? k / 4 : k - 2 * zc - 1);
  const int filler = uni(0, 3) == 0 ? 0 : uni(0, f_max);
  d.n_filler = static_cast<std::uint16_t>(filler);
  const int k_prime = k - filler;
  static const std::uint32_t crcs[] = {0, f::kCrc24aAttach, f::kCrc24bAttach, f::kCrc16Attach};
  std::uint32_t crc = crcs[uni(0, 3)];
  const int crc_len = crc == f::kCrc16Attach ? 16 : crc ? 24 : 0;
  if (k_prime <= crc_len) crc = 0;
  const int payload = k_prime - (crc == f::kCrc16Attach ? 16 : crc ? 24 : 0);
  d.op_flags = crc | f::kRateMatch;
  static const int qms[] = {1, 2, 4, 6, 8, 10};
  d.q_m = static_cast<std::uint8_t>(qms[uni(0, 5)]);
  d.rv_index = static_cast<std::uint8_t>(uni(0, 3));
  const double rate = std::uniform_real_distribution<double>(0.15, 0.95)(rng);
  int e = static_cast<int>(k_prime / rate);
  e = std::max<int>(d.q_m, e - e % d.q_m);
  d.e = static_cast<std::uint32_t>(e);
  const int ncb_kind = uni(0, 3);
  d.n_cb = static_cast<std::uint16_t>(ncb_kind <= 1 ? 0 : ncb_kind == 2 ? n : uni(k - 2 * zc, n));
  d.iter_max = 0;
  op.input.resize(static_cast<std::size_t>((payload + 7) / 8));
  for (auto& b : op.input) b = static_cast<std::uint8_t>(rng());
  d.in_len = static_cast<std::uint32_t>(op.input.size());
  d.out_cap = static_cast<std::uint32_t>((e + 7) / 8 + uni(0, 1) * uni(0, 100));
  return op;
}

// Descriptors that must be rejected, one fault each, then pairs of faults (the first check wins).
std::vector<Op> illegal_ops(Rng& rng) {
  const int z = kZmax >= 384 ? 384 : (kZmax >= 32 ? 32 : 2);
  std::vector<Op> ops;
  auto base = [&](const char* what) {
    Op op = random_op(1, z, rng);
    op.what = what;
    return op;
  };
  auto add = [&](Op op) { ops.push_back(op); };
  { Op o = base("basegraph 0"); o.desc.basegraph = 0; add(o); }
  { Op o = base("basegraph 3"); o.desc.basegraph = 3; add(o); }
  { Op o = base("Zc 0"); o.desc.z_c = 0; add(o); }
  { Op o = base("Zc 17"); o.desc.z_c = 17; add(o); }
  { Op o = base("Zc 385"); o.desc.z_c = 385; add(o); }
  { Op o = base("Zc 512+32"); o.desc.z_c = 512 + 32; add(o); }
  if (kZmax < 384) { Op o = base("Zc above Zmax"); o.desc.z_c = 36; add(o); }
  { Op o = base("flag HQ combine"); o.desc.op_flags |= f::kHqCombineInEnable; add(o); }
  { Op o = base("flag interleaver bypass"); o.desc.op_flags |= f::kInterleaverBypass; add(o); }
  { Op o = base("flag bit 31"); o.desc.op_flags |= 1u << 31; add(o); }
  { Op o = base("two CRC types"); o.desc.op_flags |= f::kCrc24aAttach | f::kCrc16Attach; add(o); }
  { Op o = base("no RATE_MATCH"); o.desc.op_flags &= ~f::kRateMatch; add(o); }
  { Op o = base("iter_max 1"); o.desc.iter_max = 1; add(o); }
  { Op o = base("F = K - 2Zc"); o.desc.n_filler = static_cast<std::uint16_t>(20 * z); add(o); }
  { Op o = base("F = 65535"); o.desc.n_filler = 65535; add(o); }
  { Op o = base("Qm 3"); o.desc.q_m = 3; add(o); }
  { Op o = base("Qm 0"); o.desc.q_m = 0; add(o); }
  { Op o = base("Qm 12"); o.desc.q_m = 12; o.desc.e = 1200; add(o); }
  { Op o = base("E 0"); o.desc.e = 0; add(o); }
  { Op o = base("E 7, Qm 2"); o.desc.q_m = 2; o.desc.e = 7; add(o); }
  { Op o = base("E 6k+2, Qm 6"); o.desc.q_m = 6; o.desc.e = 6 * 1000 + 2; add(o); }
  { Op o = base("E 6k+3, Qm 6"); o.desc.q_m = 6; o.desc.e = 6 * 1000 + 3; add(o); }
  { Op o = base("E 10k+5, Qm 10"); o.desc.q_m = 10; o.desc.e = 10 * 1000 + 5; add(o); }
  { Op o = base("E 10k+4, Qm 10"); o.desc.q_m = 10; o.desc.e = 10 * 1000 + 4; add(o); }
  { Op o = base("E 2^22 + 2"); o.desc.q_m = 2; o.desc.e = (1u << 22) + 2; add(o); }
  { Op o = base("E 2^32 - 2"); o.desc.q_m = 2; o.desc.e = 0xFFFFFFFEu; add(o); }
  { Op o = base("rv 4"); o.desc.rv_index = 4; add(o); }
  { Op o = base("Ncb below K-2Zc"); o.desc.n_cb = static_cast<std::uint16_t>(20 * z - 1); add(o); }
  { Op o = base("Ncb above N"); o.desc.n_cb = static_cast<std::uint16_t>(66 * z + 1); add(o); }
  {  // K' <= CRC length: BG2 Zc=2 has K = 20 < 24
    Op o = random_op(2, 2, rng);
    o.what = "K' <= CRC24";
    o.desc.op_flags = f::kCrc24bAttach | f::kRateMatch;
    add(o);
  }
  { Op o = base("in_len + 1"); o.desc.in_len += 1; o.input.push_back(0); add(o); }
  { Op o = base("in_len - 1"); o.desc.in_len -= 1; o.input.pop_back(); add(o); }
  { Op o = base("out_cap - 1"); o.desc.out_cap = (o.desc.e + 7) / 8 - 1; add(o); }
  { Op o = base("out_cap 0"); o.desc.out_cap = 0; add(o); }
  // pairs: the earlier check decides
  { Op o = base("BG 3 + Zc 17"); o.desc.basegraph = 3; o.desc.z_c = 17; add(o); }
  { Op o = base("Zc 17 + flags"); o.desc.z_c = 17; o.desc.op_flags = 0; add(o); }
  { Op o = base("flags + iter_max"); o.desc.op_flags = 0; o.desc.iter_max = 5; add(o); }
  { Op o = base("iter_max + E 0"); o.desc.iter_max = 5; o.desc.e = 0; add(o); }
  { Op o = base("rv 5 + in_len"); o.desc.rv_index = 5; o.desc.in_len += 3; add(o); }
  { Op o = base("in_len + out_cap"); o.desc.in_len += 1; o.desc.out_cap = 0; o.input.push_back(0); add(o); }
  return ops;
}

// Encode vectors (DPDK test-bbdev files): the descriptor as runtime::op_from_vector builds it.
void run_vectors(Bench& tb, const std::vector<std::string>& dirs, const Stalls& stalls, Rng& rng, Totals& t) {
  for (const std::string& dir : dirs) {
    if (!std::filesystem::is_directory(dir)) {
      std::printf("SKIP vectors: %s not found\n", dir.c_str());
      continue;
    }
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".data" && e.path().filename().string().find("enc") != std::string::npos)
        files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) std::printf("SKIP vectors: no encode vectors in %s\n", dir.c_str());
    for (const std::string& file : files) {
      const auto v = vectors::LdpcVector::load(file);
      if (v.z_c > kZmax) {
        std::printf("SKIP %s: Zc %d > Zmax %d of this model\n", std::filesystem::path(file).filename().c_str(), v.z_c, kZmax);
        continue;
      }
      Op op;
      op.what = std::filesystem::path(file).filename().string();
      card::LdpcDesc& d = op.desc;
      d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcEnc);
      d.basegraph = static_cast<std::uint8_t>(v.basegraph);
      d.z_c = static_cast<std::uint16_t>(v.z_c);
      d.op_flags = card::ldpc_op_flags_from_bbdev(v.op_flags);
      d.n_filler = static_cast<std::uint16_t>(v.n_filler);
      d.n_cb = static_cast<std::uint16_t>(v.n_cb);
      d.e = static_cast<std::uint32_t>(v.e);
      d.q_m = static_cast<std::uint8_t>(v.q_m);
      d.rv_index = static_cast<std::uint8_t>(v.rv_index);
      op.input = v.input.at(0);
      d.in_len = static_cast<std::uint32_t>(op.input.size());
      d.out_cap = static_cast<std::uint32_t>(std::max<std::size_t>(v.output.at(0).size(), 1));
      run_op(tb, op, stalls, rng, t, true, &v.output.at(0));
    }
  }
}

// No stalls, full K, Qm 2, rv 0, CRC24B, E = 3K (rate 1/3; = N on BG1) and on BG2 also E = N
// (every parity column): the cycles of one code block.
void run_perf(Bench& tb, Rng& rng, Totals& t) {
  const int zc = std::min(384, kZmax);
  for (int bg : {1, 2})
    for (bool full : {false, true}) {
      if (bg == 1 && full) continue;  // 3K = N = 66 Zc
    Op op;
    op.what = "perf";
    card::LdpcDesc& d = op.desc;
    const int k = kb_of(bg) * zc;
    d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcEnc);
    d.basegraph = static_cast<std::uint8_t>(bg);
    d.z_c = static_cast<std::uint16_t>(zc);
    d.op_flags = f::kCrc24bAttach | f::kRateMatch;
    d.q_m = 2;
    d.e = static_cast<std::uint32_t>(full ? (bg == 1 ? 66 : 50) * zc : 3 * k);
    op.input.resize(static_cast<std::size_t>((k - 24 + 7) / 8));
    for (auto& b : op.input) b = static_cast<std::uint8_t>(rng());
    d.in_len = static_cast<std::uint32_t>(op.input.size());
    d.out_cap = (d.e + 7) / 8;
    run_op(tb, op, Stalls{}, rng, t, false);
    Rng r2(1);
    const RtlResult got = run_rtl(tb, op, Stalls{}, r2);
    std::printf("PERF BG%d Zc=%d K=%d E=%u Qm=2: %ld cycles per code block (input %ld, encode %ld, output %ld), "
                "%.3f information bits/cycle, %.3f output bits/cycle\n",
                bg, zc, k, d.e, got.cycles, got.last_in + 1, got.first_out - got.last_in, got.cycles - got.first_out,
                static_cast<double>(k) / static_cast<double>(got.cycles),
                static_cast<double>(d.e) / static_cast<double>(got.cycles));
    }
}

}  // namespace

int main(int argc, char** argv) {
  Verilated::commandArgs(argc, argv);
  const std::string list = sim::arg_value(argc, argv, "list", "smoke");
  const std::uint64_t seed = std::stoull(sim::arg_value(argc, argv, "seed", "1"));
  const int rounds = std::stoi(sim::arg_value(argc, argv, "cases", "1"));
  Bench tb("ldpc_enc_top_" + list);
  const std::string waves = sim::arg_value(argc, argv, "waves", "");
  if (!waves.empty()) tb.start_waves(waves);
  tb.reset();
  Rng rng(seed);
  Totals t;
  const Stalls stalls{30, 30};
  try {
    if (list == "illegal") {
      for (const Op& op : illegal_ops(rng)) run_op(tb, op, stalls, rng, t, true);
    } else if (list == "vectors") {
      std::vector<std::string> dirs;
      for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--dir") dirs.push_back(argv[i + 1]);
      run_vectors(tb, dirs, stalls, rng, t);
    } else if (list == "perf") {
      run_perf(tb, rng, t);
    } else if (list == "smoke") {
      const std::pair<int, int> codes[] = {{1, 2}, {2, 2}, {1, 7}, {2, 15}, {1, 32}, {2, 30}, {1, 384}, {2, 384}};
      for (auto [bg, zc] : codes)
        if (zc <= kZmax) run_op(tb, random_op(bg, zc, rng), stalls, rng, t, true);
      const std::vector<Op> bad = illegal_ops(rng);
      for (std::size_t i = 0; i < bad.size(); i += 7) run_op(tb, bad[i], stalls, rng, t, true);
    } else if (list == "codes") {
      for (int round = 0; round < rounds; ++round)
        for (int bg : {1, 2})
          for (int zc : ldpc::lifting_sizes())
            if (zc <= kZmax) run_op(tb, random_op(bg, zc, rng), stalls, rng, t, true);
    } else {
      std::fprintf(stderr, "unknown --list %s (smoke, codes, illegal, vectors, perf)\n", list.c_str());
      return 2;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench error: %s\n", e.what());
    return 1;
  }
  std::printf("ldpc_enc_top (Zmax %d) %s seed %llu: %d cases, %d failures, %llu cycles simulated\n", kZmax, list.c_str(),
              static_cast<unsigned long long>(seed), t.cases, t.failures, static_cast<unsigned long long>(tb.cycles()));
  return t.failures ? 1 : 0;
}
