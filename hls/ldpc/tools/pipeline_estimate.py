#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Estimated pipeline structure of the LDPC HLS kernels, from the base graphs and the loop
pragmas: per loop its trip count range over the 102 codes and the II the pragmas request, and
the cycles of one code block. An estimate, not a synthesis report: it assumes every requested
II is met and charges each pipelined loop a fill latency (--depth, default 8 cycles).

    python3 hls/ldpc/tools/pipeline_estimate.py [--bg 1 --zc 384 --iterations 8 --e 25344]
"""
import argparse
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
INC = os.path.join(HERE, "..", "..", "..", "verification", "model", "ldpc", "src", "base_graph_data.inc")
ZCS = sorted(a * 2 ** j for a in (2, 3, 5, 7, 9, 11, 13, 15) for j in range(8) if a * 2 ** j <= 384)


def degrees():
    text = open(INC).read()
    out = {}
    for bg in (1, 2):
        body = text[text.index(f"kBaseGraph{bg}["):]
        body = body[:body.index("};")]
        rows = [int(m.group(1)) for m in re.finditer(r"\{(\d+),\s*\d+,\s*\{", body)]
        deg = [rows.count(r) for r in range(max(rows) + 1)]
        out[bg] = deg
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bg", type=int, default=1)
    ap.add_argument("--zc", type=int, default=384)
    ap.add_argument("--iterations", type=int, default=8)
    ap.add_argument("--layers", type=int, default=0, help="0 = all rows")
    ap.add_argument("--e", type=int, default=0, help="E (default N: rate 22/66)")
    ap.add_argument("--depth", type=int, default=8, help="assumed pipeline fill latency per loop")
    ap.add_argument("--crc", action="store_true", help="a CRC checked after every iteration")
    a = ap.parse_args()
    deg = degrees()
    assert len(ZCS) == 51
    kb = {1: 22, 2: 10}
    ncol = {1: 68, 2: 52}
    print(f"Row degrees: BG1 {min(deg[1])}..{max(deg[1])} ({sum(deg[1])} edges, {len(deg[1])} rows), "
          f"BG2 {min(deg[2])}..{max(deg[2])} ({sum(deg[2])} edges, {len(deg[2])} rows)")
    print(f"Core rows 0..3 degree: BG1 {deg[1][:4]}, BG2 {deg[2][:4]}; extension rows: "
          f"BG1 {min(deg[1][4:])}..{max(deg[1][4:])}, BG2 {min(deg[2][4:])}..{max(deg[2][4:])}")
    kp_min = 2 * 2 + 1
    k_max = 22 * 384
    n_min, n_max = 50 * 2, 66 * 384
    ncb_min = 10 * 2 - 2 * 2
    print(f"K' {kp_min}..{k_max}, N {n_min}..{n_max}, Ncb {ncb_min}..{n_max}")

    bg, zc, it = a.bg, a.zc, a.iterations
    d = deg[bg]
    rows = len(d)
    layers = a.layers or rows
    n = (ncol[bg] - 2) * zc
    k = kb[bg] * zc
    e = a.e or n
    L = a.depth
    words = -(-n // zc)
    lift = sum(d) + L

    # Decoder (no HARQ, syndrome early stop, no CRC; every iteration runs the syndrome check).
    read_llr = e + L
    dematch = (words + L) + (e + L) + (words + L)        # SOFT_CLEAR, DEMATCH, SOFT_OUT
    layer = sum(2 * (di + L) + 1 for di in d[:layers])  # GATHER, NORMALIZE, SCATTER
    syndrome = sum(di + L for di in d[:layers])
    crc = (-(-k // 8) + L) if a.crc else 0              # CRC_BYTES, with a CRC configured
    per_iter = layer + syndrome + crc
    load = lift + (ncol[bg] + L) + (46 + L) + (words + L)
    core = load + it * per_iter + (kb[bg] + L)
    pack = (kb[bg] + L) + (-(-k // 8) + L)                # HARD_IN, PACK_HARD
    store = -(-k // 8) + L                               # STORE_HARD (streams behind PACK_HARD)
    write = pack + L
    procs = {"dec_read_llr": read_llr, "dec_rate_dematch": dematch, "dec_core": core, "dec_pack_output": pack,
             "dec_store_bytes": store}
    print(f"\nDecoder, BG{bg} Zc={zc}: {layers} layers ({sum(d[:layers])} edges), E={e}, {it} iterations, "
          f"fill latency {L} per pipelined loop")
    for name, cyc in procs.items():
        print(f"  {name:18s} {cyc:7d} cycles")
    print(f"  one iteration: {layer} (layers) + {syndrome} (syndrome) + {crc} (CRC) = {per_iter} cycles; "
          f"{it} iterations: {it * per_iter} cycles")
    # LLRs stream from dec_read_llr into dec_rate_dematch as they arrive; the core starts after
    # the last soft word; the writer after the last hard word.
    latency = max(read_llr, dematch) + core + write
    interval = max(procs.values())
    print(f"  block latency ~{latency} cycles; DATAFLOW interval ~{interval} cycles "
          f"(slowest: {max(procs, key=procs.get)})")
    for mhz in (300,):
        print(f"  at {mhz} MHz: latency {latency / mhz:.1f} us, interval {interval / mhz:.1f} us = "
              f"{k / (interval / mhz):.0f} Mbit/s of K")

    # Encoder (no CRC attach).
    core_rows = sum(d[:4])
    ext = sum(di + L for di in d[4:])
    enc_core = lift + (ncol[bg] + L) + (-(-k // 8) + L) + (core_rows + 4 * L) + 2 * core_rows + \
        4 * sum(2 * di + L for di in d[:4]) + ext + (ncol[bg] - 2 + L)
    enc = {"enc_read_info": -(-k // 8) + L, "enc_core": enc_core, "enc_rate_match": (words + L) + (e + L),
           "enc_write_output": -(-e // 8) + L}
    print(f"\nEncoder, BG{bg} Zc={zc}: K'={k}, E={e}")
    for name, cyc in enc.items():
        print(f"  {name:18s} {cyc:7d} cycles")
    interval = max(enc.values())
    print(f"  DATAFLOW interval ~{interval} cycles (slowest: {max(enc, key=enc.get)}); at 300 MHz "
          f"{interval / 300:.1f} us = {k / (interval / 300):.0f} Mbit/s of K")

if __name__ == "__main__":
    main()
