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
    layers = a.layers or len(d)
    n = (ncol[bg] - 2) * zc
    k = kb[bg] * zc
    e = a.e or n
    L = a.depth
    edges = sum(d[:layers])
    setup = len(d) and (sum(deg[bg]) + L)  # LIFT
    dematch = n + L + e + L + n + L         # SOFT_INIT, DEMATCH, SOFT_OUT
    load = ncol[bg] + 46 + n + 3 * L        # APP_CLEAR, CN_CLEAR, APP_LOAD
    layer = sum(2 * (di + L) + 1 for di in d[:layers])
    syndrome = sum(di + L for di in d[:layers])
    per_iter = layer + syndrome
    core = setup + load + it * per_iter + k + L
    print(f"\nBG{bg} Zc={zc}: {layers} layers, {edges} edges per iteration, E={e}, {it} iterations, "
          f"fill latency {L}")
    print(f"  dec_rate_dematch: {dematch} cycles (SOFT_INIT {n} + DEMATCH {e} + SOFT_OUT {n})")
    print(f"  dec_core: {core} cycles = graph {setup} + APP load {load} + {it} x ({layer} layer + "
          f"{syndrome} syndrome) + hard out {k}")
    print(f"  one iteration: {per_iter} cycles; {it} iterations: {it * per_iter} cycles")
    latency = e + L + dematch + core + k
    interval = max(dematch, core, e, k)
    print(f"  block latency ~{latency} cycles; DATAFLOW interval (slowest process) ~{interval} cycles")
    for mhz in (300,):
        us = interval / mhz
        print(f"  at {mhz} MHz: {us:.1f} us per block, {k / us:.1f} Mbit/s of K at the interval")


if __name__ == "__main__":
    main()
