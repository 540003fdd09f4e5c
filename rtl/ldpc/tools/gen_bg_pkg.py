#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generates rtl/ldpc/bbkit_ldpc_bg_pkg.sv, the decoder's base-graph ROM, from the golden model's
table (verification/model/ldpc/src/base_graph_data.inc), so RTL and model share one source.

Usage: gen_bg_pkg.py <base_graph_data.inc> <out.sv>
"""
import os
import re
import sys

import dec_schedule

LIFTING_SETS = [(2, 8), (3, 8), (5, 7), (7, 6), (9, 6), (11, 6), (13, 5), (15, 5)]  # (a, jmax): Zc = a * 2^j


def parse(path):
    graphs = {}
    current = None
    for line in open(path, encoding="utf-8"):
        m = re.search(r"kBaseGraph(\d)\[(\d+)\]", line)
        if m:
            current = int(m.group(1))
            graphs[current] = []
            continue
        m = re.match(r"\s*\{(\d+), (\d+), \{([\d, ]+)\}\},", line)
        if m and current:
            shifts = [int(v) for v in m.group(3).split(",")]
            graphs[current].append((int(m.group(1)), int(m.group(2)), shifts))
    return graphs


def graphs_from_model():
    """{bg: dec_schedule.Graph} from the golden model's table (the repository's copy)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    return schedule_graphs(parse(os.path.join(root, "verification/model/ldpc/src/base_graph_data.inc")))


def row_starts(edges):
    rows = max(r for r, _, _ in edges) + 1
    return rows, [next((i for i, e in enumerate(edges) if e[0] >= r), len(edges)) for r in range(rows + 1)]


def schedule_graphs(graphs):
    out = {}
    for bg, edges in graphs.items():
        rows, starts = row_starts(edges)
        order = write_back_order(edges, rows, starts)
        cols = [[c for _, c, _ in edges[starts[r]:starts[r + 1]]] for r in range(rows)]
        out[bg] = dec_schedule.Graph(cols, [order[starts[r]:starts[r + 1]] for r in range(rows)])
    return out


def write_back_order(edges, rows, starts):
    """The layered decoder writes a row's APP columns back while the next rows already read;
    a read of a column still waiting for its write-back stalls. So each row writes back first the
    columns the next rows read soonest: sorted by (distance to the next row that reads the column,
    the column's position in that row), the columns no later row reads last, in edge order. The
    check node still accumulates in edge order (the read order); only the writes are reordered.
    Returns, per edge of the graph in row order, the edge index within its row written j-th.
    (dec_schedule.write_back_groups() packs this order into groups of P.)"""
    cols = [[c for _, c, _ in edges[starts[r]:starts[r + 1]]] for r in range(rows)]
    order = []
    for r in range(rows):
        def key(k, r=r):
            c = cols[r][k]
            for d in range(1, rows - r):
                if c in cols[r + d]:
                    return (d, cols[r + d].index(c), k)
            return (rows, 0, k)
        order.extend(sorted(range(len(cols[r])), key=key))
    return order


def emit_schedule(w, bg, p, graph):
    """The decoder's tables for P = p (dec_schedule.py): read-group sizes, write-back groups, banks."""
    bank = dec_schedule.bank_map(p, bg, graph.columns)
    rd, wb = dec_schedule.schedule(graph, p, bank)
    f = f"bg{bg}_p{p}"
    w(f"  // BG{bg}, {p} circulant(s) per cycle: the decoder's schedule (dec_schedule.py).")
    if p > 1:  # one edge per read group otherwise
        w(f"  // Size of the read group that starts at each edge (0: not a group start).")
        w(f"  function automatic logic [2:0] {f}_rd_len(input logic [8:0] index);")
        w("    case (index)")
        base = 0
        for r, groups in enumerate(rd):
            for group in groups:
                w(f"      9'd{base + group[0]}: {f}_rd_len = 3'd{len(group)};")
            base += len(graph.cols[r])
        w(f"      default: {f}_rd_len = 3'd0;")
        w("    endcase")
        w("  endfunction")
        w("")
    w(f"  // First write-back group of each row; entry Rows is the group count.")
    w(f"  function automatic logic [8:0] {f}_wb_row_start(input logic [5:0] row);")
    w("    case (row)")
    start = 0
    for r, groups in enumerate(wb):
        w(f"      6'd{r}: {f}_wb_row_start = 9'd{start};")
        start += len(groups)
    w(f"      6'd{len(wb)}: {f}_wb_row_start = 9'd{start};")
    w(f"      default: {f}_wb_row_start = 9'd0;")
    w("    endcase")
    w("  endfunction")
    w("")
    w(f"  // Write-back groups: slot s (bits 6s+5..6s) = {{valid, edge index within the row}}.")
    w(f"  function automatic logic [23:0] {f}_wb_group(input logic [8:0] index);")
    w("    case (index)")
    g = 0
    for groups in wb:
        for group in groups:
            slots = [(1 << 5) | k for k in group] + [0] * (4 - len(group))
            value = sum(v << (6 * i) for i, v in enumerate(slots))
            w(f"      9'd{g}: {f}_wb_group = 24'h{value:06x};")
            g += 1
    w(f"      default: {f}_wb_group = '0;")
    w("    endcase")
    w("  endfunction")
    w("")
    if p > 1:
        w(f"  // APP-memory bank of each column.")
        w(f"  function automatic logic [1:0] {f}_bank(input logic [6:0] col);")
        w("    case (col)")
        for c, b in enumerate(bank):
            w(f"      7'd{c}: {f}_bank = 2'd{b};")
        w(f"      default: {f}_bank = 2'd0;")
        w("    endcase")
        w("  endfunction")
        w("")


def main():
    graphs = parse(sys.argv[1])
    sched = schedule_graphs(graphs)
    out = []
    w = out.append
    w("// SPDX-License-Identifier: Apache-2.0")
    w("// GENERATED by rtl/ldpc/tools/gen_bg_pkg.py from verification/model/ldpc/src/base_graph_data.inc;")
    w("// do not edit by hand. Base-graph ROM of the LDPC decoder: TS 38.212 Tables 5.3.2-2 (BG1) and")
    w("// 5.3.2-3 (BG2) as (column, V for iLS 0..7) per edge, rows in order; lifting sizes of Table 5.3.2-1.")
    w("package bbkit_ldpc_bg_pkg;")
    w("")
    for bg in (1, 2):
        edges = graphs[bg]
        rows = max(r for r, _, _ in edges) + 1
        w(f"  localparam int unsigned Bg{bg}Rows = {rows};")
    w("  localparam int unsigned MaxRowDegree = 19;  // BG1 row 0")
    w("")
    w("  // One edge: {column (7 bits), V(i,j) for iLS 7..0 (9 bits each)}, iLS 0 in the low bits.")
    w("  localparam int unsigned EdgeW = 7 + 8 * 9;")
    w("")
    for bg in (1, 2):
        edges = graphs[bg]
        rows = max(r for r, _, _ in edges) + 1
        starts = []
        for r in range(rows + 1):
            starts.append(next((i for i, e in enumerate(edges) if e[0] >= r), len(edges)))
        w(f"  // First edge of each row of BG{bg}; entry Rows is the edge count.")
        w(f"  function automatic logic [8:0] bg{bg}_row_start(input logic [5:0] row);")
        w("    case (row)")
        for r, s in enumerate(starts):
            w(f"      6'd{r}: bg{bg}_row_start = 9'd{s};")
        w(f"      default: bg{bg}_row_start = 9'd0;")
        w("    endcase")
        w("  endfunction")
        w("")
        w(f"  function automatic logic [EdgeW-1:0] bg{bg}_edge(input logic [8:0] index);")
        w("    case (index)")
        for i, (_, c, v) in enumerate(edges):
            vs = ", ".join(f"9'd{x}" for x in reversed(v))
            w(f"      9'd{i}: bg{bg}_edge = {{7'd{c}, {vs}}};")
        w(f"      default: bg{bg}_edge = '0;")
        w("    endcase")
        w("  endfunction")
        w("")
    for bg in (1, 2):
        graph = sched[bg]
        for p in dec_schedule.PARALLELISMS:
            emit_schedule(w, bg, p, graph)
    w("  // Set index iLS of a lifting size, or 8 when zc is not one of the 51 of Table 5.3.2-1.")
    w("  function automatic logic [3:0] lifting_set(input logic [8:0] zc);")
    w("    case (zc)")
    sizes = sorted((a << j, i) for i, (a, jmax) in enumerate(LIFTING_SETS) for j in range(jmax) if (a << j) <= 384)
    assert len(sizes) == 51, len(sizes)
    for z, i in sizes:
        w(f"      9'd{z}: lifting_set = 4'd{i};")
    w("      default: lifting_set = 4'd8;")
    w("    endcase")
    w("  endfunction")
    w("")
    w("endpackage")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
