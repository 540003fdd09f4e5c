// SPDX-License-Identifier: Apache-2.0
// baseband_bbkit through the bbdev API: ops the device cannot run (unsupported or unknown flags,
// transport-block mode, a bad Zc, an mbuf chain shorter than the op says) come back in order
// with RTE_BBDEV_DATA_ERROR, a log line and counts in the statistics, next to a good op whose
// input is split over a chained mbuf at an offset. One EAL per process (CTest runs each test
// in its own).
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <rte_bbdev.h>
#include <rte_bbdev_op.h>
#include <rte_eal.h>
#include <rte_log.h>
#include <rte_mbuf.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string g_log;  // everything DPDK logged
FILE* g_log_stream = nullptr;
char* g_log_buf = nullptr;
std::size_t g_log_len = 0;

std::string logged() {
  std::fflush(g_log_stream);
  return std::string(g_log_buf, g_log_len);
}

class BbkitPmd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Loading the PMD runs its constructor, which registers baseband_bbkit on the vdev bus.
    ASSERT_NE(dlopen(BBKIT_PMD_PATH, RTLD_NOW | RTLD_GLOBAL), nullptr) << dlerror();
    g_log_stream = open_memstream(&g_log_buf, &g_log_len);
    rte_openlog_stream(g_log_stream);
    std::vector<std::string> args = {"pmd_negative_test", "--no-huge", "--no-pci", "--no-shconf", "--no-telemetry",
                                     "-m", "128", "-l", "0",
                                     "--vdev=baseband_bbkit,device=cpu,max_nb_queues=1,queue_size=64"};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    ASSERT_GE(rte_eal_init(static_cast<int>(argv.size()), argv.data()), 0) << logged();
    dev_ = 0;
    rte_bbdev_info info{};
    ASSERT_EQ(rte_bbdev_info_get(dev_, &info), 0);
    ASSERT_STREQ(info.drv.driver_name, "baseband_bbkit");
    ASSERT_EQ(rte_bbdev_setup_queues(dev_, 1, 0), 0);
    rte_bbdev_queue_conf conf{};
    conf.socket = 0;
    conf.queue_size = 64;
    conf.op_type = RTE_BBDEV_OP_LDPC_DEC;
    ASSERT_EQ(rte_bbdev_queue_configure(dev_, 0, &conf), 0);
    ASSERT_EQ(rte_bbdev_start(dev_), 0);
    mbufs_ = rte_pktmbuf_pool_create("bbkit_mbufs", 511, 0, 0, RTE_MBUF_DEFAULT_BUF_SIZE, 0);
    ops_ = rte_bbdev_op_pool_create("bbkit_ops", RTE_BBDEV_OP_LDPC_DEC, 127, 0, 0);
    ASSERT_NE(mbufs_, nullptr);
    ASSERT_NE(ops_, nullptr);
  }

  // rte_eal_cleanup removes the vdev, so the PMD closes its runtime device (and LeakSanitizer
  // sees everything freed).
  static void TearDownTestSuite() {
    rte_bbdev_stop(dev_);
    rte_bbdev_close(dev_);
    rte_eal_cleanup();
  }

  /// A rate-1/2-ish BG2 Zc=7 code block (E = 44, K' = 40) whose LLRs all say bit 0: it decodes
  /// to 40 zero bits. The input sits at offset 3 of a two-segment chain (10 + 34 bytes).
  static rte_bbdev_dec_op* good_op() {
    rte_bbdev_dec_op* op = nullptr;
    EXPECT_EQ(rte_bbdev_dec_op_alloc_bulk(ops_, &op, 1), 0);
    rte_bbdev_op_ldpc_dec& p = op->ldpc_dec;
    p.basegraph = 2;
    p.z_c = 7;
    p.n_cb = 350;
    p.q_m = 2;
    p.n_filler = 30;
    p.rv_index = 0;
    p.iter_max = 8;
    p.code_block_mode = 1;
    p.cb_params.e = 44;
    p.op_flags = RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE;
    rte_mbuf* a = rte_pktmbuf_alloc(mbufs_);
    rte_mbuf* b = rte_pktmbuf_alloc(mbufs_);
    std::memset(rte_pktmbuf_append(a, 13), 0x7F, 3);  // 3 bytes before the op's data
    std::memset(rte_pktmbuf_mtod_offset(a, char*, 3), 16, 10);
    std::memset(rte_pktmbuf_append(b, 34), 16, 34);
    EXPECT_EQ(rte_pktmbuf_chain(a, b), 0);
    p.input = {a, 3, 44};
    p.hard_output = {rte_pktmbuf_alloc(mbufs_), 0, 0};
    return op;
  }

  static std::vector<rte_bbdev_dec_op*> run(std::vector<rte_bbdev_dec_op*> ops) {
    for (std::size_t i = 0; i < ops.size(); ++i) ops[i]->opaque_data = reinterpret_cast<void*>(i);
    const auto n = static_cast<std::uint16_t>(ops.size());
    EXPECT_EQ(rte_bbdev_enqueue_ldpc_dec_ops(dev_, 0, ops.data(), n), n);
    std::vector<rte_bbdev_dec_op*> out(n);
    std::uint16_t got = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (got < n && std::chrono::steady_clock::now() < deadline)
      got = static_cast<std::uint16_t>(
          got + rte_bbdev_dequeue_ldpc_dec_ops(dev_, 0, out.data() + got, static_cast<std::uint16_t>(n - got)));
    EXPECT_EQ(got, n);
    for (std::uint16_t i = 0; i < got; ++i) EXPECT_EQ(out[i]->opaque_data, reinterpret_cast<void*>(i)) << "order";
    return out;
  }

  static inline std::uint16_t dev_ = 0;
  static inline rte_mempool* mbufs_ = nullptr;
  static inline rte_mempool* ops_ = nullptr;
};

constexpr int kDataError = 1 << RTE_BBDEV_DATA_ERROR;

TEST_F(BbkitPmd, GoodOpOnChainedMbufDecodes) {
  const std::vector<rte_bbdev_dec_op*> out = run({good_op()});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0]->status, 0);
  EXPECT_GE(out[0]->ldpc_dec.iter_count, 1);
  ASSERT_EQ(out[0]->ldpc_dec.hard_output.length, 5u);
  rte_mbuf* m = out[0]->ldpc_dec.hard_output.data;
  EXPECT_EQ(rte_pktmbuf_pkt_len(m), 5u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(rte_pktmbuf_mtod(m, std::uint8_t*)[i], 0) << i;
  rte_bbdev_stats stats{};
  ASSERT_EQ(rte_bbdev_stats_get(dev_, &stats), 0);
  EXPECT_EQ(stats.enqueued_count, 1u);
  EXPECT_EQ(stats.dequeued_count, 1u);
  EXPECT_EQ(stats.enqueue_err_count, 0u);
  EXPECT_EQ(stats.dequeue_err_count, 0u);
}

TEST_F(BbkitPmd, OpsItCannotRunComeBackWithDataErrorLogAndStats) {
  std::vector<rte_bbdev_dec_op*> ops;
  ops.push_back(good_op());
  ops.push_back(good_op());  // a bypass mode the cpu device does not implement
  ops.back()->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_DEINTERLEAVER_BYPASS;
  ops.push_back(good_op());  // a flag the card contract has no bit for
  ops.back()->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_LLR_COMPRESSION;
  ops.push_back(good_op());  // transport-block mode
  ops.back()->ldpc_dec.code_block_mode = 0;
  ops.push_back(good_op());  // the chain holds 44 bytes from offset 3, the op claims 60
  ops.back()->ldpc_dec.input.length = 60;
  ops.push_back(good_op());  // 17 is no 38.212 lifting size: the device rejects the descriptor
  ops.back()->ldpc_dec.z_c = 17;
  ops.push_back(good_op());

  ASSERT_EQ(rte_bbdev_stats_reset(dev_), 0);
  const std::vector<rte_bbdev_dec_op*> out = run(ops);
  ASSERT_EQ(out.size(), ops.size());
  EXPECT_EQ(out[0]->status, 0);
  for (std::size_t i = 1; i <= 5; ++i) EXPECT_EQ(out[i]->status, kDataError) << "op " << i;
  EXPECT_EQ(out[6]->status, 0) << "a good op after the rejected ones still runs";
  EXPECT_EQ(out[6]->ldpc_dec.hard_output.length, 5u);

  rte_bbdev_stats stats{};
  ASSERT_EQ(rte_bbdev_stats_get(dev_, &stats), 0);
  EXPECT_EQ(stats.enqueued_count, 7u);
  EXPECT_EQ(stats.dequeued_count, 7u);
  EXPECT_EQ(stats.enqueue_err_count, 4u) << "flags x2, TB mode, short chain: rejected before the device";
  EXPECT_EQ(stats.dequeue_err_count, 5u) << "those four and the device's BAD_ZC";

  const std::string log = logged();
  EXPECT_NE(log.find("RTE_BBDEV_LDPC_DEINTERLEAVER_BYPASS not supported by device 'cpu'"), std::string::npos) << log;
  EXPECT_NE(log.find("0x8000 not supported"), std::string::npos) << log;
  EXPECT_NE(log.find("transport-block mode"), std::string::npos) << log;
  EXPECT_NE(log.find("input mbuf chain holds 44 of the 60 bytes"), std::string::npos) << log;
  EXPECT_NE(log.find("BAD_ZC"), std::string::npos) << log;
}

// good_op's code block: Ncb = 350, F = 30, so its HARQ buffer is H = 320 bytes; rv 0 sends
// E = 44 LLRs of 16 to circular-buffer positions 0..25 and 56..73 (the fillers are [26, 56)),
// which are HARQ bytes 0..43.
constexpr std::uint32_t kHarqLen = 320;

rte_mbuf* harq_chain(rte_mempool* pool, const std::vector<std::uint8_t>& bytes, std::size_t first) {
  rte_mbuf* a = rte_pktmbuf_alloc(pool);
  rte_mbuf* b = rte_pktmbuf_alloc(pool);
  std::memcpy(rte_pktmbuf_append(a, static_cast<std::uint16_t>(first)), bytes.data(), first);
  std::memcpy(rte_pktmbuf_append(b, static_cast<std::uint16_t>(bytes.size() - first)), bytes.data() + first,
              bytes.size() - first);
  EXPECT_EQ(rte_pktmbuf_chain(a, b), 0);
  return a;
}

std::vector<std::uint8_t> read_op_data(const rte_bbdev_op_data& d) {
  std::vector<std::uint8_t> buf(d.length);
  // a pointer into the mbuf when the bytes are contiguous, else `buf` filled
  const auto* at = static_cast<const std::uint8_t*>(rte_pktmbuf_read(d.data, d.offset, d.length, buf.data()));
  EXPECT_NE(at, nullptr);
  return at != nullptr ? std::vector<std::uint8_t>(at, at + d.length) : buf;
}

TEST_F(BbkitPmd, HarqCombineInAndOutThroughMbufs) {
  ASSERT_EQ(rte_bbdev_stats_reset(dev_), 0);
  // rv 0 writes its HARQ buffer at offset 5 of the output mbuf.
  rte_bbdev_dec_op* first = good_op();
  first->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE;
  first->ldpc_dec.harq_combined_output = {rte_pktmbuf_alloc(mbufs_), 5, 0};
  std::vector<rte_bbdev_dec_op*> out = run({first});
  ASSERT_EQ(out[0]->status, 0);
  ASSERT_EQ(out[0]->ldpc_dec.harq_combined_output.length, kHarqLen) << "harq_combined_output.length = H";
  const std::vector<std::uint8_t> harq1 = read_op_data(out[0]->ldpc_dec.harq_combined_output);
  for (std::uint32_t h = 0; h < kHarqLen; ++h) ASSERT_EQ(harq1[h], h < 44 ? 16 : 0) << "HARQ byte " << h;

  // The same LLRs again, combined with that buffer read from a two-segment chain: 32 each.
  rte_bbdev_dec_op* second = good_op();
  second->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE | RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE;
  second->ldpc_dec.harq_combined_input = {harq_chain(mbufs_, harq1, 100), 0, kHarqLen};
  second->ldpc_dec.harq_combined_output = {rte_pktmbuf_alloc(mbufs_), 0, 0};
  out = run({second});
  ASSERT_EQ(out[0]->status, 0);
  const std::vector<std::uint8_t> harq2 = read_op_data(out[0]->ldpc_dec.harq_combined_output);
  ASSERT_EQ(harq2.size(), kHarqLen);
  for (std::uint32_t h = 0; h < kHarqLen; ++h) ASSERT_EQ(harq2[h], h < 44 ? 32 : 0) << "HARQ byte " << h;
  EXPECT_EQ(out[0]->ldpc_dec.hard_output.length, 5u);

  rte_bbdev_stats stats{};
  ASSERT_EQ(rte_bbdev_stats_get(dev_, &stats), 0);
  EXPECT_EQ(stats.enqueue_err_count + stats.dequeue_err_count, 0u);
}

TEST_F(BbkitPmd, MalformedHarqOpsComeBackWithDataErrorLogAndStats) {
  const std::vector<std::uint8_t> zeros(kHarqLen, 0);
  std::vector<rte_bbdev_dec_op*> ops;
  ops.push_back(good_op());  // HARQ input one byte short of H: the device's BAD_LENGTH
  ops.back()->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE;
  ops.back()->ldpc_dec.harq_combined_input = {harq_chain(mbufs_, zeros, 100), 0, kHarqLen - 1};
  ops.push_back(good_op());  // the chain holds fewer bytes than the HARQ input length
  ops.back()->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE;
  ops.back()->ldpc_dec.harq_combined_input = {harq_chain(mbufs_, zeros, 100), 10, kHarqLen};
  ops.push_back(good_op());  // HARQ output without an mbuf
  ops.back()->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE;
  ops.push_back(good_op());  // HARQ output mbuf with room for 100 bytes only: BAD_LENGTH
  ops.back()->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE;
  {
    rte_mbuf* m = rte_pktmbuf_alloc(mbufs_);
    ops.back()->ldpc_dec.harq_combined_output = {m, static_cast<std::uint32_t>(rte_pktmbuf_tailroom(m) - 100), 0};
  }
  ops.push_back(good_op());

  ASSERT_EQ(rte_bbdev_stats_reset(dev_), 0);
  const std::vector<rte_bbdev_dec_op*> out = run(ops);
  ASSERT_EQ(out.size(), ops.size());
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(out[i]->status, kDataError) << "op " << i;
  EXPECT_EQ(out[3]->ldpc_dec.harq_combined_output.length, 0u) << "an error op writes no HARQ output";
  EXPECT_EQ(out[4]->status, 0);
  rte_bbdev_stats stats{};
  ASSERT_EQ(rte_bbdev_stats_get(dev_, &stats), 0);
  EXPECT_EQ(stats.enqueue_err_count, 2u) << "short chain, no output mbuf: rejected before the device";
  EXPECT_EQ(stats.dequeue_err_count, 4u) << "those two and the device's two BAD_LENGTH";
  const std::string log = logged();
  EXPECT_NE(log.find("harq_in_len 319 bytes, the op reads H = Ncb - F = 320"), std::string::npos) << log;
  EXPECT_NE(log.find("harq_combined_input: input mbuf chain holds"), std::string::npos) << log;
  EXPECT_NE(log.find("harq_combined_output has no mbuf"), std::string::npos) << log;
  EXPECT_NE(log.find("harq_out_cap 100 bytes"), std::string::npos) << log;
}

TEST_F(BbkitPmd, FullQueueTakesWhatFitsAndHandsBackTheRest) {
  std::vector<rte_bbdev_dec_op*> ops;
  for (int i = 0; i < 70; ++i) ops.push_back(good_op());
  ops[65]->ldpc_dec.op_flags |= RTE_BBDEV_LDPC_DEINTERLEAVER_BYPASS;  // handed back, not rejected
  ASSERT_EQ(rte_bbdev_stats_reset(dev_), 0);
  const std::uint16_t taken = rte_bbdev_enqueue_ldpc_dec_ops(dev_, 0, ops.data(), 70);
  EXPECT_EQ(taken, 64) << "queue_size=64";
  rte_bbdev_stats stats{};
  ASSERT_EQ(rte_bbdev_stats_get(dev_, &stats), 0);
  EXPECT_EQ(stats.enqueued_count, taken);
  EXPECT_EQ(stats.enqueue_err_count, 0u) << "an op handed back is not counted as rejected";
  EXPECT_EQ(stats.enqueue_status_count[RTE_BBDEV_ENQ_STATUS_QUEUE_FULL], 1u);
  std::vector<rte_bbdev_dec_op*> out(taken);
  std::uint16_t got = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (got < taken && std::chrono::steady_clock::now() < deadline)
    got = static_cast<std::uint16_t>(
        got + rte_bbdev_dequeue_ldpc_dec_ops(dev_, 0, out.data() + got, static_cast<std::uint16_t>(taken - got)));
  ASSERT_EQ(got, taken);
  for (std::uint16_t i = 0; i < got; ++i) {
    EXPECT_EQ(out[i], ops[i]) << "order";
    EXPECT_EQ(out[i]->status, 0) << i;
  }
}

TEST_F(BbkitPmd, CapabilitiesAreWhatTheRuntimeRuns) {
  rte_bbdev_info info{};
  ASSERT_EQ(rte_bbdev_info_get(dev_, &info), 0);
  EXPECT_EQ(info.drv.max_num_queues, 1u);
  EXPECT_EQ(info.drv.queue_size_lim, 64u);
  bool dec = false, enc = false;
  for (const rte_bbdev_op_cap* c = info.drv.capabilities; c->type != RTE_BBDEV_OP_NONE; ++c) {
    if (c->type == RTE_BBDEV_OP_LDPC_DEC) {
      dec = true;
      EXPECT_EQ(c->cap.ldpc_dec.llr_size, 8);
      EXPECT_EQ(c->cap.ldpc_dec.llr_decimals, 2);
      const std::uint32_t want = RTE_BBDEV_LDPC_CRC_TYPE_24A_CHECK | RTE_BBDEV_LDPC_CRC_TYPE_24B_CHECK |
                                 RTE_BBDEV_LDPC_CRC_TYPE_24B_DROP | RTE_BBDEV_LDPC_CRC_TYPE_16_CHECK |
                                 RTE_BBDEV_LDPC_ITERATION_STOP_ENABLE | RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE |
                                 RTE_BBDEV_LDPC_HQ_COMBINE_OUT_ENABLE;
      EXPECT_EQ(c->cap.ldpc_dec.capability_flags, want)
          << "HARQ combine in/out through op mbufs; no INTERNAL_HARQ_MEMORY_* (no device-side HARQ store)";
    }
    if (c->type == RTE_BBDEV_OP_LDPC_ENC) {
      enc = true;
      EXPECT_EQ(c->cap.ldpc_enc.capability_flags, static_cast<std::uint32_t>(
                                                      RTE_BBDEV_LDPC_RATE_MATCH | RTE_BBDEV_LDPC_CRC_24A_ATTACH |
                                                      RTE_BBDEV_LDPC_CRC_24B_ATTACH | RTE_BBDEV_LDPC_CRC_16_ATTACH));
    }
  }
  EXPECT_TRUE(dec && enc);
}

}  // namespace
