// SPDX-License-Identifier: Apache-2.0
// Cyclic shift of the first Zc lanes of a Lanes-wide word by any amount, for any Zc <= Lanes.
//
// Lane z of the output (z < zc_i) is lane (z + shift_i) mod zc_i of the input; lanes >= zc_i are
// zero. Built structurally, as one down and one up log-shifter over all lanes merged by a
// Zc-dependent lane select: rot(x) = (x >> s) for z < Zc - s, else (x << (Zc - s)). No variable
// modulo, so synthesis stays linear in Lanes * log2(Lanes), and one generate per lane keeps the
// simulation model fast in Verilator (unpacked lane arrays inside, packed ports outside).
`default_nettype none

module bbkit_cyclic_shift #(
  parameter int unsigned Lanes = 384,  // lanes (ZMAX), 2..1024
  parameter int unsigned Width = 10,   // bits per lane, 1..64
  localparam int unsigned IdxW = $clog2(Lanes + 1)
) (
  input  wire logic [Lanes*Width-1:0] data_i,
  input  wire logic [IdxW-1:0]        zc_i,     // active lanes, 1..Lanes
  input  wire logic [IdxW-1:0]        shift_i,  // 0..zc_i-1
  output      logic [Lanes*Width-1:0] data_o
);

  // Parameter legality, checked at elaboration (simulation; synthesis defines SYNTHESIS).
`ifndef SYNTHESIS
  initial begin
    assert (Lanes >= 2 && Lanes <= 1024) else $fatal(1, "Lanes out of range 2..1024");
    assert (Width >= 1 && Width <= 64) else $fatal(1, "Width out of range 1..64");
  end
`endif

  localparam int unsigned Stages = IdxW;  // one stage per bit of the shift amounts

  logic [IdxW-1:0] up_amount;  // Zc - s: how far the wrapped lanes move up
  assign up_amount = zc_i - shift_i;

  // Stage 0 is the input; stage k has applied bits 0..k-1 of the shift.
  for (genvar st = 0; st <= Stages; st++) begin : g_stage
    logic [Width-1:0] down [Lanes];
    logic [Width-1:0] up [Lanes];
    for (genvar z = 0; z < Lanes; z++) begin : g_lane
      if (st == 0) begin : g_in
        assign down[z] = data_i[z*Width +: Width];
        assign up[z]   = data_i[z*Width +: Width];
      end else begin : g_shift
        localparam int unsigned Step = 1 << (st - 1);
        if (z + Step < Lanes) begin : g_dn
          assign down[z] = shift_i[st-1] ? g_stage[st-1].down[z+Step] : g_stage[st-1].down[z];
        end else begin : g_dn_edge
          assign down[z] = shift_i[st-1] ? '0 : g_stage[st-1].down[z];
        end
        if (z >= Step) begin : g_up
          assign up[z] = up_amount[st-1] ? g_stage[st-1].up[z-Step] : g_stage[st-1].up[z];
        end else begin : g_up_edge
          assign up[z] = up_amount[st-1] ? '0 : g_stage[st-1].up[z];
        end
      end
    end
  end

  for (genvar z = 0; z < Lanes; z++) begin : g_merge
    always_comb begin
      if (IdxW'(z) >= zc_i) data_o[z*Width +: Width] = '0;
      else if (IdxW'(z) < up_amount) data_o[z*Width +: Width] = g_stage[Stages].down[z];
      else data_o[z*Width +: Width] = g_stage[Stages].up[z];
    end
  end

endmodule

`default_nettype wire
