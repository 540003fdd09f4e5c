// SPDX-License-Identifier: Apache-2.0
// HARQ combining through the runtime (docs/card-contract.md "HARQ buffer"): the golden
// semantics (HARQ input = soft buffer, + E LLRs, = HARQ output and decoder input), the
// descriptor checks that name the field, and the same through the cpu device's queues.
#include <gtest/gtest.h>

#include <algorithm>

#include "bbkit/common/bits.h"
#include "bbkit/common/channel.h"
#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/common/fixed_point.h"
#include "bbkit/common/rng.h"
#include "bbkit/ldpc/code_params.h"
#include "bbkit/ldpc/decoder.h"
#include "bbkit/ldpc/encoder.h"
#include "bbkit/ldpc/rate_match.h"
#include "bbkit/runtime/device.h"
#include "bbkit/runtime/engine.h"
#include "bbkit/runtime/ldpc_exec.h"

namespace bbkit::runtime {
namespace {

namespace f = card::ldpc_op_flags;
using namespace std::chrono_literals;

// BG2, Zc 64, K' = 600 of K = 640 (40 fillers), E = 700: rv 0 alone often fails at 3 dB.
ldpc::CodeParams code(int rv) {
  ldpc::CodeConfig c;
  c.bg = 2;
  c.zc = 64;
  c.k_prime = 600;
  c.e = 700;
  c.qm = 2;
  c.rv = rv;
  return ldpc::derive_code_params(c);
}

card::LdpcDesc decode_desc(const ldpc::CodeParams& p, std::uint32_t harq_flags) {
  card::LdpcDesc d{};
  d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcDec);
  d.basegraph = static_cast<std::uint8_t>(p.bg);
  d.z_c = static_cast<std::uint16_t>(p.zc);
  d.n_filler = static_cast<std::uint16_t>(p.n_filler);
  d.e = static_cast<std::uint32_t>(p.e);
  d.q_m = static_cast<std::uint8_t>(p.qm);
  d.rv_index = static_cast<std::uint8_t>(p.rv);
  d.n_cb = static_cast<std::uint16_t>(p.n_cb);
  d.iter_max = 10;
  d.op_flags = f::kCrcType24bCheck | f::kIterationStopEnable | harq_flags;
  d.in_len = static_cast<std::uint32_t>(p.e);
  d.out_cap = static_cast<std::uint32_t>((p.k_prime + 7) / 8);
  const auto h = static_cast<std::uint32_t>(ldpc::harq_length(p));
  if (harq_flags & f::kHqCombineInEnable) d.harq_in_len = h;
  if (harq_flags & f::kHqCombineOutEnable) d.harq_out_cap = h;
  return d;
}

// The channel LLR bytes of rv 0 and rv 2 of one random code block (CRC24B attached).
struct Transmission {
  Bits info;
  std::vector<std::int16_t> llr0, llr2;
};

Transmission transmit(std::uint64_t seed, double es_n0_db) {
  Rng rng(seed);
  Transmission t;
  t.info = random_bits(rng, 600 - 24);
  crc_attach(CrcType::Crc24B, t.info);
  const Bits d = ldpc::make_ldpc_encoder("golden")->encode(code(0), t.info);
  auto llrs = [&](int rv) {
    const std::vector<double> real = awgn_llrs(ldpc::rate_match(code(rv), d), Modulation::Qpsk, es_n0_db, rng);
    std::vector<std::int16_t> q(real.size());
    for (std::size_t i = 0; i < q.size(); ++i) q[i] = static_cast<std::int16_t>(fxp::LdpcChannelLlr::from_real(real[i]));
    return q;
  };
  t.llr0 = llrs(0);
  t.llr2 = llrs(2);
  return t;
}

Bytes to_bytes(const std::vector<std::int16_t>& llr) {
  Bytes b(llr.size());
  for (std::size_t i = 0; i < b.size(); ++i) b[i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(llr[i]));
  return b;
}

Capabilities harq_caps() {
  Capabilities caps = golden_capabilities();
  EXPECT_FALSE(caps.harq) << "HARQ is the device's to turn on (kernel models follow CAPS1.harq)";
  caps.harq = true;
  return caps;
}

// rv 0 with HQ_COMBINE_OUT, then rv 2 with that HARQ buffer in and out: the second HARQ output
// and the decode are those of one soft buffer into which both rvs were rate-dematched.
TEST(HarqGolden, TwoRvsThroughHarqEqualOneSoftBufferOfBoth) {
  const Capabilities caps = harq_caps();
  GoldenLdpc golden;
  int rv0_failed = 0;
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    SCOPED_TRACE(seed);
    const Transmission t = transmit(seed, 3.0);
    std::string error;
    Bytes out0((600 + 7) / 8), out2(out0.size());
    Bytes harq1(static_cast<std::size_t>(ldpc::harq_length(code(0))), 0xAA), harq2(harq1.size(), 0xAA);

    const card::LdpcDesc d0 = decode_desc(code(0), f::kHqCombineOutEnable);
    const Bytes in0 = to_bytes(t.llr0);
    const card::Cmpl c0 = golden.run(d0, caps, in0.data(), out0.data(), error, nullptr, harq1.data());
    ASSERT_FALSE(c0.status & card::cmpl_status::kErr) << error;
    EXPECT_EQ(c0.harq_out_len, harq1.size());
    rv0_failed += (c0.status & card::cmpl_status::kCrcErr) != 0;

    const card::LdpcDesc d2 = decode_desc(code(2), f::kHqCombineInEnable | f::kHqCombineOutEnable);
    const Bytes in2 = to_bytes(t.llr2);
    const card::Cmpl c2 = golden.run(d2, caps, in2.data(), out2.data(), error, harq1.data(), harq2.data());
    ASSERT_FALSE(c2.status & card::cmpl_status::kErr) << error;
    EXPECT_EQ(c2.harq_out_len, harq2.size());

    ldpc::SoftBuffer both = ldpc::make_soft_buffer(code(0));
    ldpc::rate_dematch(code(0), t.llr0, both);
    ldpc::rate_dematch(code(2), t.llr2, both);
    EXPECT_EQ(harq2, ldpc::store_harq(code(2), both));

    ldpc::DecoderConfig cfg;
    cfg.max_iterations = 10;
    cfg.early_stop = true;
    cfg.crc = CrcType::Crc24B;
    const ldpc::DecoderResult r = ldpc::make_ldpc_decoder("golden")->decode(code(2), cfg, both);
    EXPECT_EQ(out2, pack_bits(r.hard));
    EXPECT_EQ(c2.iterations, r.iterations);
    EXPECT_FALSE(c2.status & (card::cmpl_status::kCrcErr | card::cmpl_status::kSynErr)) << "combined rvs decode";
    EXPECT_EQ(unpack_bits(out2.data(), out2.size(), 600), t.info);
  }
  EXPECT_GT(rv0_failed, 0) << "the combining should matter: rv 0 alone fails some blocks at 3 dB";
}

// HARQ output without HARQ input starts from a fresh soft buffer: the HARQ bytes are the E
// LLRs rate-dematched, and without HQ_COMBINE_OUT nothing is written and harq_out_len is 0.
TEST(HarqGolden, OutputAloneIsTheRateDematchedLlrsAndNoFlagWritesNothing) {
  const Capabilities caps = harq_caps();
  GoldenLdpc golden;
  const Transmission t = transmit(9, 1.0);
  const Bytes in = to_bytes(t.llr0);
  Bytes out((600 + 7) / 8), harq(static_cast<std::size_t>(ldpc::harq_length(code(0))), 0xAA);
  std::string error;
  card::Cmpl c = golden.run(decode_desc(code(0), f::kHqCombineOutEnable), caps, in.data(), out.data(), error,
                            nullptr, harq.data());
  ldpc::SoftBuffer buf = ldpc::make_soft_buffer(code(0));
  ldpc::rate_dematch(code(0), t.llr0, buf);
  EXPECT_EQ(harq, ldpc::store_harq(code(0), buf));
  std::fill(harq.begin(), harq.end(), 0xAA);
  card::LdpcDesc d = decode_desc(code(0), 0);
  d.harq_out_cap = static_cast<std::uint32_t>(harq.size());  // ignored without the flag
  c = golden.run(d, caps, in.data(), out.data(), error, nullptr, harq.data());
  EXPECT_EQ(c.harq_out_len, 0u);
  EXPECT_TRUE(std::all_of(harq.begin(), harq.end(), [](std::uint8_t b) { return b == 0xAA; }));
}

card::Cmpl run_expecting_error(const card::LdpcDesc& d, const Capabilities& caps, card::ErrorCode code,
                               const std::string& names) {
  GoldenLdpc golden;
  Bytes in(d.in_len + 1), out(d.out_cap + 1), harq_in(d.harq_in_len + 1), harq_out(d.harq_out_cap + 64, 0xAA);
  std::string error;
  const card::Cmpl c = golden.run(d, caps, in.data(), out.data(), error, harq_in.data(), harq_out.data());
  EXPECT_TRUE(c.status & card::cmpl_status::kErr);
  EXPECT_EQ(c.error_code, static_cast<std::uint8_t>(code)) << error;
  EXPECT_NE(error.find(names), std::string::npos) << "'" << error << "' should name " << names;
  EXPECT_EQ(c.harq_out_len, 0u);
  EXPECT_TRUE(std::all_of(harq_out.begin(), harq_out.end(), [](std::uint8_t b) { return b == 0xAA; }))
      << "an error op writes nothing at harq_out_addr";
  return c;
}

TEST(HarqGolden, LengthErrorsNameTheFieldAndTheAllowedValue) {
  const Capabilities caps = harq_caps();
  const auto h = std::to_string(ldpc::harq_length(code(0)));
  card::LdpcDesc d = decode_desc(code(0), f::kHqCombineInEnable | f::kHqCombineOutEnable);
  d.harq_in_len -= 1;
  run_expecting_error(d, caps, card::ErrorCode::BadLength, "harq_in_len");
  run_expecting_error(d, caps, card::ErrorCode::BadLength, h);
  d.harq_in_len += 2;
  run_expecting_error(d, caps, card::ErrorCode::BadLength, "harq_in_len");
  d = decode_desc(code(0), f::kHqCombineInEnable | f::kHqCombineOutEnable);
  d.harq_out_cap -= 1;
  run_expecting_error(d, caps, card::ErrorCode::BadLength, "harq_out_cap");
  run_expecting_error(d, caps, card::ErrorCode::BadLength, h);
  d.harq_out_cap += 100;  // a larger capacity is fine
  EXPECT_EQ(check_ldpc_desc(d, caps).code, card::ErrorCode::None);
  EXPECT_EQ(check_ldpc_desc(d, caps).harq_bytes, static_cast<std::uint32_t>(ldpc::harq_length(code(0))));
  // Without the flags the four fields are ignored.
  d = decode_desc(code(0), 0);
  d.harq_in_addr = 3;
  d.harq_in_len = 1;
  d.harq_out_addr = 5;
  d.harq_out_cap = 1;
  EXPECT_EQ(check_ldpc_desc(d, caps).code, card::ErrorCode::None) << check_ldpc_desc(d, caps).why;
}

TEST(HarqGolden, HqFlagsOnEncodeAreBadFlags) {
  card::LdpcDesc d{};
  d.op_type = static_cast<std::uint8_t>(card::OpType::LdpcEnc);
  d.basegraph = 2;
  d.z_c = 64;
  d.e = 700;
  d.q_m = 2;
  d.op_flags = f::kCrc24bAttach | f::kRateMatch;
  d.in_len = (640 - 24) / 8;
  d.out_cap = (700 + 7) / 8;
  ASSERT_EQ(check_ldpc_desc(d, harq_caps()).code, card::ErrorCode::None) << check_ldpc_desc(d, harq_caps()).why;
  for (std::uint32_t flag : {f::kHqCombineInEnable, f::kHqCombineOutEnable}) {
    d.op_flags = f::kCrc24bAttach | f::kRateMatch | flag;
    run_expecting_error(d, harq_caps(), card::ErrorCode::BadFlags, "decode flags");
  }
}

TEST(HarqGolden, ADeviceWithoutHarqAnswersBadFlags) {
  Capabilities caps = golden_capabilities();  // harq = false
  caps.device = "no-harq";
  for (std::uint32_t flag : {f::kHqCombineInEnable, f::kHqCombineOutEnable})
    run_expecting_error(decode_desc(code(0), flag), caps, card::ErrorCode::BadFlags, "HARQ");
  EXPECT_EQ(check_ldpc_desc(decode_desc(code(0), 0), caps).code, card::ErrorCode::None);
}

std::vector<Completion> drain(Queue& q, std::size_t n) {
  std::vector<Completion> all;
  const auto give_up = Clock::now() + 30s;
  while (all.size() < n && Clock::now() < give_up) {
    auto got = q.dequeue_wait(n - all.size(), 100ms);
    all.insert(all.end(), got.begin(), got.end());
  }
  return all;
}

// The same two transmissions through the cpu device: HARQ buffers at offsets inside larger
// buffers, the rv 2 op (enqueued after the rv 0 op completed, as device.h asks) reading the
// buffer the rv 0 op wrote.
TEST(HarqCpuDevice, CombinesThroughHarqBuffersAtOffsets) {
  auto dev = open_device("cpu");
  ASSERT_TRUE(dev->capabilities().harq);
  const Transmission t = transmit(4, 3.0);
  const auto h = static_cast<std::size_t>(ldpc::harq_length(code(0)));
  auto harq = dev->alloc(64 + 2 * h + 64);
  auto make = [&](int rv, std::uint32_t flags, const std::vector<std::int16_t>& llr) {
    LdpcOp op;
    op.desc = decode_desc(code(rv), flags);
    const Bytes bytes = to_bytes(llr);
    op.input = dev->alloc(bytes.size());
    std::copy(bytes.begin(), bytes.end(), op.input->data());
    op.output = dev->alloc(op.desc.out_cap);
    op.harq_input = op.harq_output = harq;
    op.desc.harq_in_addr = 64;
    op.desc.harq_out_addr = static_cast<std::uint32_t>(rv == 0 ? 64 : 64 + h);
    op.user_tag = static_cast<std::uint64_t>(rv);
    return op;
  };
  const std::vector<LdpcOp> ops = {make(0, f::kHqCombineOutEnable, t.llr0),
                                   make(2, f::kHqCombineInEnable | f::kHqCombineOutEnable, t.llr2)};
  std::vector<Completion> done;
  for (const LdpcOp& op : ops) {
    ASSERT_EQ(dev->queue(0).enqueue(&op, 1), 1u);
    const auto got = drain(dev->queue(0), 1);
    ASSERT_EQ(got.size(), 1u);
    done.push_back(got[0]);
  }
  for (const Completion& c : done) {
    EXPECT_NE(c.status, OpStatus::Error) << c.error;
    EXPECT_EQ(c.harq_out_len, h);
  }
  EXPECT_EQ(done[1].status, OpStatus::Ok);
  ldpc::SoftBuffer both = ldpc::make_soft_buffer(code(0));
  ldpc::rate_dematch(code(0), t.llr0, both);
  ldpc::rate_dematch(code(2), t.llr2, both);
  const Bytes want = ldpc::store_harq(code(2), both);
  EXPECT_TRUE(std::equal(want.begin(), want.end(), harq->data() + 64 + h));
  EXPECT_EQ(unpack_bits(ops[1].output->data(), ops[1].output->size(), 600), t.info);
}

TEST(HarqCpuDevice, EnqueueChecksTheHarqBuffersOfTheFlagsSet) {
  auto dev = open_device("cpu");
  LdpcOp op;
  op.desc = decode_desc(code(0), f::kHqCombineInEnable);
  op.input = dev->alloc(op.desc.in_len);
  op.output = dev->alloc(op.desc.out_cap);
  auto expect_refused = [&](const std::string& parameter) {
    try {
      dev->queue(0).enqueue(&op, 1);
      ADD_FAILURE() << "accepted; expected " << parameter;
    } catch (const InvalidParameter& e) {
      EXPECT_EQ(e.parameter(), parameter);
    }
  };
  expect_refused("harq_input buffer");
  op.harq_input = dev->alloc(op.desc.harq_in_len);
  op.desc.harq_in_addr = 64;
  expect_refused("harq_in_addr + harq_in_len");
  op.desc = decode_desc(code(0), f::kHqCombineOutEnable);
  expect_refused("harq_output buffer");
  op.harq_output = dev->alloc(op.desc.harq_out_cap - 1);
  expect_refused("harq_out_addr + harq_out_cap");
  // An encode op's HQ flags are the device's to refuse (BAD_FLAGS), with or without buffers.
  op.desc.op_type = static_cast<std::uint8_t>(card::OpType::LdpcEnc);
  EXPECT_EQ(dev->queue(0).enqueue(&op, 1), 1u);
  const auto done = drain(dev->queue(0), 1);
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].error_code, ErrorCode::BadFlags) << done[0].error;
}

}  // namespace
}  // namespace bbkit::runtime
