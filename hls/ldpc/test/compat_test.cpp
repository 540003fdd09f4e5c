// SPDX-License-Identifier: Apache-2.0
// The native compatibility types behave as Vitis's defaults where the kernels rely on them:
// wrap-around on assignment, sign extension, widths kept by ~ and shifts, bit and range access;
// hls::stream is a FIFO that refuses a read from empty and derives depth-bounded streams from
// the unbounded one.
#include <gtest/gtest.h>

#include <stdexcept>

#include "bbkit/hls/compat.h"

namespace {

TEST(HlsCompat, NativeModelIsSelectedWithoutVitisHeaders) {
#if defined(BBKIT_HLS_VITIS)
  GTEST_SKIP() << "Vitis headers found; the native model is not in use";
#else
  SUCCEED();
#endif
}

TEST(HlsCompat, AssignmentWrapsToWidth) {
  ap_uint<8> u = 300;
  EXPECT_EQ(u, 44);
  ap_int<8> s = 200;
  EXPECT_EQ(s, -56);
  ap_int<10> a = 511;
  a += 1;
  EXPECT_EQ(a, -512);
  ap_uint<1> b = 3;
  EXPECT_EQ(b, 1);
  ap_uint<4> n = -1;
  EXPECT_EQ(n, 15);
  ap_int<12> w = ap_int<20>(0x12345);
  EXPECT_EQ(w, 0x345);
  ap_uint<64> big = ~0ull;
  EXPECT_EQ(big.to_uint64(), ~0ull);
}

TEST(HlsCompat, ArithmeticIsExactBeforeAssignment) {
  const ap_int<10> a = 500, b = 500;
  EXPECT_EQ(a + b, 1000);  // the widened result, as Vitis's ap_int<11>
  const ap_uint<8> x = 3, y = 5;
  EXPECT_EQ(x - y, -2);  // unsigned minus unsigned is signed in Vitis
  EXPECT_LT(ap_int<8>(-1), ap_uint<8>(1));
}

TEST(HlsCompat, ShiftsAndNotKeepTheWidth) {
  const ap_uint<8> v = 0x81;
  EXPECT_EQ(v << 1, 0x02);
  EXPECT_EQ(v >> 1, 0x40);
  EXPECT_EQ(~v, 0x7E);
  const ap_int<8> s = -128;
  EXPECT_EQ(s >> 7, -1);  // arithmetic shift
}

TEST(HlsCompat, BitAndRangeAccess) {
  ap_uint<16> v = 0;
  v[3] = 1;
  v[15] = true;
  EXPECT_EQ(v, 0x8008);
  EXPECT_TRUE(v[3]);
  EXPECT_FALSE(v[4]);
  v.range(11, 4) = 0xAB;
  EXPECT_EQ(v, 0x8AB8);
  EXPECT_EQ(v.range(11, 4), 0xABu);
  const ap_int<8> neg = -1;
  EXPECT_EQ(neg.range(7, 0), 0xFFu);
  EXPECT_EQ(neg.to_int(), -1);
  EXPECT_EQ(ap_uint<8>(0xFF).to_int(), 255);
}

TEST(HlsCompat, StreamIsAFifoAndReadFromEmptyIsAnError) {
  hls::stream<ap_uint<8>> s("s");
  EXPECT_TRUE(s.empty());
  s.write(1);
  s << 2;
  EXPECT_EQ(s.size(), 2u);
  EXPECT_EQ(s.read(), 1);
  ap_uint<8> v;
  s >> v;
  EXPECT_EQ(v, 2);
  EXPECT_THROW(s.read(), std::underflow_error);
  EXPECT_FALSE(s.read_nb(v));
}

void produce(hls::stream<int>& out, int n) {
  for (int i = 0; i < n; ++i) out.write(i);
}

TEST(HlsCompat, BoundedStreamReportsFullAndHighWater) {
  hls::stream<int, 4> fifo("fifo");
  produce(fifo, 6);  // a depth-4 FIFO binds to stream<int>&, as in Vitis
  EXPECT_TRUE(fifo.full());
  EXPECT_FALSE(fifo.write_nb(9));
  EXPECT_EQ(fifo.high_water(), 6u);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(fifo.read(), i);
  EXPECT_FALSE(fifo.full());
}

}  // namespace
