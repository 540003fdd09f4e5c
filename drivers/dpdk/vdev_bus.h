// SPDX-License-Identifier: Apache-2.0
// The part of DPDK 22.11's virtual-device bus that a vdev PMD needs and Debian's libdpdk-dev
// does not install: DPDK 22.11 moved struct rte_vdev_driver to the driver-only header
// drivers/bus/vdev/bus_vdev_driver.h and struct rte_driver to lib/eal/include/dev_driver.h,
// which only in-tree drivers see. The layouts below match those two 22.11 headers field for
// field (pointers only, so no padding questions); rte_vdev_register/unregister are exported
// by librte_bus_vdev.so.23 (version INTERNAL). A DPDK other than 22.11 needs this file checked.
#pragma once

#include <cstdint>

extern "C" {

struct rte_device;       // opaque in 22.11; read through rte_dev_name() / rte_dev_devargs()
struct rte_vdev_device;  // { RTE_TAILQ_ENTRY(rte_vdev_device) next; struct rte_device device; }

/// 22.11 dev_driver.h: struct rte_driver { RTE_TAILQ_ENTRY next; const char *name, *alias; }.
struct bbkit_rte_driver {
  void* next[2];  // RTE_TAILQ_ENTRY: tqe_next, tqe_prev
  const char* name;
  const char* alias;
};

using bbkit_vdev_probe_t = int(rte_vdev_device*);
using bbkit_vdev_remove_t = int(rte_vdev_device*);

/// 22.11 bus_vdev_driver.h: struct rte_vdev_driver.
struct bbkit_vdev_driver {
  void* next[2];  // RTE_TAILQ_ENTRY(rte_vdev_driver)
  bbkit_rte_driver driver;
  bbkit_vdev_probe_t* probe;
  bbkit_vdev_remove_t* remove;
  void* dma_map;    // rte_vdev_dma_map_t*, unused
  void* dma_unmap;  // rte_vdev_dma_unmap_t*, unused
  std::uint32_t drv_flags;
};

void rte_vdev_register(bbkit_vdev_driver* driver);
void rte_vdev_unregister(bbkit_vdev_driver* driver);

}  // extern "C"

namespace bbkit::dpdk {

/// &vdev->device: the generic device follows the two-pointer list entry (bus_vdev_driver.h).
inline rte_device* vdev_device(rte_vdev_device* vdev) {
  return reinterpret_cast<rte_device*>(reinterpret_cast<char*>(vdev) + 2 * sizeof(void*));
}

}  // namespace bbkit::dpdk
