// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ldpc/segmentation.h"

#include "bbkit/common/error.h"
#include "bbkit/ldpc/tables.h"

namespace bbkit::ldpc {

int select_base_graph(int a, double r) {
  require_range("A", a, 1, 1 << 20);
  require(r > 0.0 && r <= 1.0, "R", static_cast<std::int64_t>(r * 1000), "(0, 1] (shown x1000)");
  if (a <= 292 || (a <= 3824 && r <= 0.67) || r <= 0.25) return 2;
  return 1;
}

SegmentationPlan plan_segmentation(int a, int bg) {
  require_range("A", a, 1, 1 << 20);
  require(bg == 1 || bg == 2, "BG", bg, "1 or 2");
  SegmentationPlan p;
  p.a = a;
  p.bg = bg;
  p.tb_crc = a > 3824 ? CrcType::Crc24A : CrcType::Crc16;
  p.b = a + crc_spec(p.tb_crc).length;
  const int kcb = bg == 1 ? 8448 : 3840;
  int b_prime = p.b;
  if (p.b <= kcb) {
    p.c = 1;
  } else {
    p.c = (p.b + (kcb - 24) - 1) / (kcb - 24);
    b_prime = p.b + 24 * p.c;
    p.cb_crc = true;
  }
  p.k_prime = b_prime / p.c;  // 5.2.2: B' is a multiple of C by construction of TB sizes
  require(b_prime % p.c == 0, "A", a, "a transport block size whose B' = B + 24 C is a multiple of C");
  if (bg == 1) {
    p.kb = 22;
  } else {
    p.kb = p.b > 640 ? 10 : p.b > 560 ? 9 : p.b > 192 ? 8 : 6;
  }
  p.zc = 0;
  for (int z : lifting_sizes())
    if (p.kb * z >= p.k_prime) {
      p.zc = z;
      break;
    }
  require(p.zc != 0, "K'", p.k_prime, "at most Kb * 384");
  p.k = (bg == 1 ? 22 : 10) * p.zc;
  p.n_filler = p.k - p.k_prime;
  return p;
}

SegmentationPlan plan_segmentation_for_rate(int a, double r) { return plan_segmentation(a, select_base_graph(a, r)); }

std::vector<Bits> segment(const SegmentationPlan& plan, const Bits& b) {
  require(static_cast<int>(b.size()) == plan.b, "B", static_cast<std::int64_t>(b.size()),
          std::to_string(plan.b) + " bits (A + TB CRC)");
  const int payload = plan.k_prime - (plan.cb_crc ? 24 : 0);
  std::vector<Bits> blocks;
  for (int r = 0; r < plan.c; ++r) {
    Bits blk(b.begin() + std::ptrdiff_t{r} * payload, b.begin() + std::ptrdiff_t{r + 1} * payload);
    if (plan.cb_crc) crc_attach(CrcType::Crc24B, blk);
    blocks.push_back(std::move(blk));
  }
  return blocks;
}

Bits desegment(const SegmentationPlan& plan, const std::vector<Bits>& blocks) {
  require(static_cast<int>(blocks.size()) == plan.c, "C", static_cast<std::int64_t>(blocks.size()),
          std::to_string(plan.c) + " code blocks");
  const int payload = plan.k_prime - (plan.cb_crc ? 24 : 0);
  Bits b;
  for (const Bits& blk : blocks) {
    require(static_cast<int>(blk.size()) >= payload, "K'", static_cast<std::int64_t>(blk.size()),
            "at least " + std::to_string(payload) + " bits per code block");
    b.insert(b.end(), blk.begin(), blk.begin() + payload);
  }
  return b;
}

}  // namespace bbkit::ldpc
