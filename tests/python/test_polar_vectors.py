# SPDX-License-Identifier: Apache-2.0
"""The shared UCI polar vectors through the Python bindings: identical encoding, clean decoding."""
import numpy as np

import bbkit


def read_vectors(path):
    header, cases = {}, []
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" in line:
            k, v = (s.strip() for s in line.split("=", 1))
            header[k] = v
        else:
            p, c = line.split()
            cases.append((np.frombuffer(p.encode(), np.uint8) - 48, np.frombuffer(c.encode(), np.uint8) - 48))
    return header, cases


def test_shared_uci_vectors(shared_dir):
    for name in ("uci_A30_E45.txt", "uci_A29_E127.txt"):
        header, cases = read_vectors(shared_dir / "vectors" / "polar" / name)
        a, e = int(header["A"]), int(header["E"])
        assert len(cases) == int(header["cases"])
        for payload, coded in cases:
            assert np.array_equal(bbkit.polar.uci_encode(payload, e), coded), name
            out, ok = bbkit.polar.uci_decode(np.where(coded == 0, 1.0, -1.0), a=a, e=e)
            assert ok and np.array_equal(out, payload), name
