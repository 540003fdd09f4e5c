#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The decoder core's schedule for P circulants per cycle (bbkit_ldpc_dec, parameter Parallelism):
which edges of a row are read together, which are written back together, and the APP-memory bank
of each column. gen_bg_pkg.py writes the result into the base-graph package.

Read groups: up to P consecutive edges of a row in edge order (the check node accumulates in that
order) whose columns lie in different APP banks (one read port per bank).
Write-back groups: up to P edges of a row in the write-back order (write_back_order()), in
different APP banks (one write port per bank) and different Q banks (edge index mod P).
Bank maps: P = 1 has one bank; for P = 2 and 4 the maps below were found by `dec_schedule.py
search P BG` (a seeded local search that minimizes the cycles of a full-length decode in the timing
model cycles(); the RTL's measured cycles are in docs/results/ldpc-rtl.md).

  dec_schedule.py search P BG     print a bank map for the BG's 68 (BG1) or 52 (BG2) columns
  dec_schedule.py cycles P        modelled cycles of the perf codes with the committed maps
"""
import random
import sys

PARALLELISMS = (1, 2, 4)

# APP bank of each column (index = column), per (P, base graph).
BANK_MAPS = {
    (2, 1): [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1,
             1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1],
    (2, 2): [0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0,
             1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0],
    (4, 1): [0, 3, 2, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 0, 2, 3, 1, 1, 2, 0, 0, 2, 0, 1, 3, 1, 2, 1, 3, 1, 1, 3, 1, 3,
             3, 2, 3, 3, 3, 3, 1, 1, 1, 3, 3, 3, 2, 1, 1, 2, 1, 3, 2, 2, 1, 0, 0, 3, 3, 2, 1, 2, 3, 1, 2, 0, 1, 0],
    (4, 2): [0, 2, 3, 3, 1, 1, 2, 3, 3, 1, 2, 3, 1, 0, 1, 2, 2, 1, 3, 1, 1, 2, 0, 3, 1, 1, 2, 0, 1, 1, 0, 3, 0, 2,
             0, 3, 2, 3, 0, 3, 0, 3, 2, 1, 2, 0, 1, 3, 0, 2, 1, 0],
}


class Graph:
    """One base graph: cols[r] = the columns of row r in edge order, wb[r] = its write-back order
    (edge indices within the row)."""

    def __init__(self, cols, wb):
        self.cols = cols
        self.wb = wb
        self.columns = 1 + max(c for row in cols for c in row)


def bank_map(p, bg, columns):
    if p == 1:
        return [0] * columns
    if (p, bg) in BANK_MAPS:
        return BANK_MAPS[(p, bg)]
    return [c % p for c in range(columns)]


def read_groups(row_cols, p, bank):
    """Edge indices of each read group of a row."""
    groups, k = [], 0
    while k < len(row_cols):
        size, used = 1, {bank[row_cols[k]]}
        while size < p and k + size < len(row_cols) and bank[row_cols[k + size]] not in used:
            used.add(bank[row_cols[k + size]])
            size += 1
        groups.append(list(range(k, k + size)))
        k += size
    return groups


def write_back_groups(row_cols, order, p, bank):
    """Edge indices of each write-back group of a row: greedy over the write-back order."""
    rest, groups = list(order), []
    while rest:
        group, banks, q_banks = [], set(), set()
        for k in list(rest):
            if len(group) == p:
                break
            if bank[row_cols[k]] in banks or k % p in q_banks:
                continue
            group.append(k)
            banks.add(bank[row_cols[k]])
            q_banks.add(k % p)
            rest.remove(k)
        groups.append(group)
    return groups


def schedule(graph, p, bank):
    rd = [read_groups(graph.cols[r], p, bank) for r in range(len(graph.cols))]
    wb = [write_back_groups(graph.cols[r], graph.wb[r], p, bank) for r in range(len(graph.cols))]
    return rd, wb


def cycles(graph, layers, p, bank, iterations=8):
    """Timing model of the core (bbkit_ldpc_dec.sv): a read group issues when each of its columns
    has no write-back pending or has it in w0 this cycle; a row's write-back group j is in w0
    3 + j cycles after the row's last read; a row's last read waits until the previous row's
    write-back has room; then the syndrome pass. Within a few percent of the RTL for P = 1."""
    rd, wb = schedule(graph, p, bank)
    free_at, t, last_prev, wb_prev = {}, 0, -10, 0
    cols = graph.cols
    for _ in range(iterations):
        for r in range(layers):
            for gi, group in enumerate(rd[r]):
                t = max([t] + [free_at.get(cols[r][k], 0) for k in group])
                if gi == len(rd[r]) - 1:
                    t = max(t, last_prev + wb_prev - 1)
                    last = t
                t += 1
            for j, group in enumerate(wb[r]):
                for k in group:
                    free_at[cols[r][k]] = last + 3 + j
            last_prev, wb_prev = last, len(wb[r])
    return last_prev + 3 + wb_prev + 2 + sum(len(rd[r]) for r in range(layers)) + 5


def search(graph, p, bg, steps=3000, seed=1):
    rng = random.Random(seed)
    layers = len(graph.cols)
    best = [c % p for c in range(graph.columns)]
    best_cycles = cycles(graph, layers, p, best, iterations=2)
    for _ in range(steps):
        cand = list(best)
        cand[rng.randrange(graph.columns)] = rng.randrange(p)
        if rng.random() < 0.3:
            a, b = rng.randrange(graph.columns), rng.randrange(graph.columns)
            cand[a], cand[b] = cand[b], cand[a]
        c = cycles(graph, layers, p, cand, iterations=2)
        if c <= best_cycles:
            best, best_cycles = cand, c
    return best


def parallelism(text):
    p = int(text)
    if p not in PARALLELISMS:
        raise SystemExit(f"P (Parallelism) is {p}; allowed: {', '.join(map(str, PARALLELISMS))}")
    return p


def main(argv):
    import gen_bg_pkg
    graphs = gen_bg_pkg.graphs_from_model()
    if len(argv) == 3 and argv[0] == "search":
        p, bg = parallelism(argv[1]), int(argv[2])
        if bg not in graphs:
            raise SystemExit(f"BG is {bg}; allowed: 1 or 2")
        print(search(graphs[bg], p, bg))
        return 0
    if len(argv) == 2 and argv[0] == "cycles":
        p = parallelism(argv[1])
        for bg, layer_counts, k in ((1, (46, 20, 8, 4), 8448), (2, (42, 22, 8, 4), 3840)):
            graph = graphs[bg]
            for layers in layer_counts:
                n = cycles(graph, layers, p, bank_map(p, bg, graph.columns))
                print(f"P={p} BG{bg} layers={layers}: {n} cycles, {k / n:.2f} info bits/cycle (model)")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
