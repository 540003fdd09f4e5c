// SPDX-License-Identifier: Apache-2.0
// Puts the HLS kernels into the golden factories under "hls". A file of its own: the Vitis
// testbench recipes link one kernel's host side only, this needs both.
#include "bbkit/hls/ldpc/host.h"

namespace bbkit::ldpc_hls {

bool register_hls_ldpc() {
  ldpc::register_ldpc_encoder("hls", make_hls_ldpc_encoder);
  ldpc::register_ldpc_decoder("hls", make_hls_ldpc_decoder);
  return true;
}

}  // namespace bbkit::ldpc_hls
