// SPDX-License-Identifier: Apache-2.0
#include "mbuf_io.h"

#include <algorithm>
#include <cstring>

namespace bbkit::dpdk {
namespace {

std::size_t room(const rte_mbuf* m) { return static_cast<std::size_t>(m->buf_len - m->data_off); }

}  // namespace

bool gather(const rte_bbdev_op_data& op_data, std::uint8_t* out, std::string& why) {
  const rte_mbuf* m = op_data.data;
  if (m == nullptr) {
    why = "input has no mbuf";
    return false;
  }
  std::size_t skip = op_data.offset, left = op_data.length;
  for (; m != nullptr && left > 0; m = m->next) {
    const std::size_t have = m->data_len;
    if (skip >= have) {
      skip -= have;
      continue;
    }
    const std::size_t n = std::min(have - skip, left);
    std::memcpy(out, rte_pktmbuf_mtod_offset(m, const std::uint8_t*, skip), n);
    out += n;
    left -= n;
    skip = 0;
  }
  if (left > 0) {
    why = "input mbuf chain holds " + std::to_string(op_data.length - left) + " of the " +
          std::to_string(op_data.length) + " bytes from offset " + std::to_string(op_data.offset);
    return false;
  }
  return true;
}

std::size_t capacity(const rte_bbdev_op_data& op_data) {
  std::size_t total = 0;
  for (const rte_mbuf* m = op_data.data; m != nullptr; m = m->next) total += room(m);
  return total > op_data.offset ? total - op_data.offset : 0;
}

void scatter(rte_bbdev_op_data& op_data, const std::uint8_t* in, std::size_t len) {
  rte_mbuf* head = op_data.data;
  std::size_t skip = op_data.offset, left = len, pkt_len = 0;
  for (rte_mbuf* m = head; m != nullptr; m = m->next) {
    const std::size_t r = room(m);
    if (skip >= r) {  // the offset lies past this segment: it is all data before ours
      m->data_len = static_cast<std::uint16_t>(r);
      skip -= r;
    } else if (left > 0) {
      const std::size_t n = std::min(r - skip, left);
      std::memcpy(rte_pktmbuf_mtod_offset(m, std::uint8_t*, skip), in, n);
      m->data_len = static_cast<std::uint16_t>(std::max<std::size_t>(m->data_len, skip + n));
      in += n;
      left -= n;
      skip = 0;
    }
    pkt_len += m->data_len;
  }
  head->pkt_len = static_cast<std::uint32_t>(pkt_len);
  op_data.length = static_cast<std::uint32_t>(len);
}

}  // namespace bbkit::dpdk
