// SPDX-License-Identifier: Apache-2.0
// Elaborates bbkit_desc_pkg so Verilator lints it, and checks at elaboration that the SV
// structs are exactly as wide as the contract's byte sizes.
`default_nettype none

module bbkit_desc_check;
  import bbkit_desc_pkg::*;

  if ($bits(ldpc_desc_t) != LdpcDescBytes * 8) begin : g_desc_size
    $error("ldpc_desc_t is %0d bits, contract says %0d bytes", $bits(ldpc_desc_t), LdpcDescBytes);
  end
  if ($bits(cmpl_t) != CmplBytes * 8) begin : g_cmpl_size
    $error("cmpl_t is %0d bits, contract says %0d bytes", $bits(cmpl_t), CmplBytes);
  end
endmodule

`default_nettype wire
