# SPDX-License-Identifier: Apache-2.0
"""The decoder core's schedule (rtl/ldpc/tools/dec_schedule.py) keeps the rules the RTL relies on
without checking them: a read group is consecutive edges of a row in edge order with columns in
different APP banks (one read port per bank); a write-back group has different APP banks (one
write port) and different Q banks (edge index mod P); each row's edges are read once and written
back once."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "rtl", "ldpc", "tools"))
import dec_schedule  # noqa: E402
import gen_bg_pkg  # noqa: E402

GRAPHS = gen_bg_pkg.graphs_from_model()


@pytest.mark.parametrize("p", dec_schedule.PARALLELISMS)
@pytest.mark.parametrize("bg", [1, 2])
def test_groups_respect_the_ports(p, bg):
    graph = GRAPHS[bg]
    bank = dec_schedule.bank_map(p, bg, graph.columns)
    assert len(bank) == graph.columns and all(0 <= b < p for b in bank)
    rd, wb = dec_schedule.schedule(graph, p, bank)
    for r, cols in enumerate(graph.cols):
        flat = [k for group in rd[r] for k in group]
        assert flat == list(range(len(cols))), f"row {r}: read groups are not the edges in order"
        for group in rd[r]:
            assert 1 <= len(group) <= p
            assert len({bank[cols[k]] for k in group}) == len(group), f"row {r}: APP bank read twice"
        written = sorted(k for group in wb[r] for k in group)
        assert written == list(range(len(cols))), f"row {r}: an edge not written back exactly once"
        for group in wb[r]:
            assert 1 <= len(group) <= p
            assert len({bank[cols[k]] for k in group}) == len(group), f"row {r}: APP bank written twice"
            assert len({k % p for k in group}) == len(group), f"row {r}: Q bank read twice"


def test_one_circulant_per_cycle_keeps_the_write_back_order():
    for bg, graph in GRAPHS.items():
        rd, wb = dec_schedule.schedule(graph, 1, dec_schedule.bank_map(1, bg, graph.columns))
        assert [[g[0] for g in groups] for groups in wb] == graph.wb


def test_more_circulants_per_cycle_take_fewer_modelled_cycles():
    graph = GRAPHS[1]
    cycles = [dec_schedule.cycles(graph, 46, p, dec_schedule.bank_map(p, 1, graph.columns))
              for p in dec_schedule.PARALLELISMS]
    assert cycles[0] > cycles[1] > cycles[2]
