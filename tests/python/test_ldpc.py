# SPDX-License-Identifier: Apache-2.0
"""bbkit.ldpc from Python: the chain round-trips with numpy arrays, HARQ combining works and bad
parameters raise ValueError naming the parameter."""
import numpy as np
import pytest

import bbkit

ldpc = bbkit.ldpc


def test_lifting_sizes_and_segmentation():
    z = ldpc.lifting_sizes()
    assert len(z) == 51 and z[0] == 2 and z[-1] == 384
    plan = ldpc.plan_segmentation(25344, 1)
    assert plan["c"] == 4 and plan["zc"] == 320 and plan["tb_crc"].upper() == "CRC24A"
    rng = np.random.default_rng(1)
    b = rng.integers(0, 2, plan["b"], dtype=np.uint8)
    blocks = ldpc.segment(25344, 1, b)
    assert len(blocks) == 4 and all(len(x) == plan["k_prime"] for x in blocks)
    assert all(bbkit.crc_check(x, "crc24b") for x in blocks)
    assert ldpc.select_base_graph(200, 0.9) == 2


def test_encode_rate_match_decode_round_trip():
    p = ldpc.code_params(bg=2, zc=64, k_prime=600, e=1400, qm=2)
    assert p.n == 50 * 64 and p.n_filler == 40
    rng = np.random.default_rng(2)
    info = bbkit.crc_attach(rng.integers(0, 2, 576, dtype=np.uint8), "crc24b")
    d = ldpc.encode(p, info)
    f = ldpc.rate_match(p, d)
    assert d.dtype == np.uint8 and len(d) == p.n and len(f) == p.e
    llr = np.where(f == 0, 8.0, -8.0)
    buf = ldpc.rate_dematch(p, ldpc.quantize_llr(llr))
    assert len(buf) == p.n_cb
    r = ldpc.decode(p, buf, crc="crc24b", drop_crc=True)
    assert r["status"] == "OK" and r["iterations"] == 1 and r["crc_ok"]
    np.testing.assert_array_equal(r["hard"], info[:-24])
    rf = ldpc.decode_float(p, llr)
    np.testing.assert_array_equal(rf["hard"], info)


def test_harq_combining_rv0_rv2():
    p0 = ldpc.code_params(bg=2, zc=64, k_prime=600, e=700)
    p2 = ldpc.code_params(bg=2, zc=64, k_prime=600, e=700, rv=2)
    rng = np.random.default_rng(3)
    sigma = np.sqrt(0.5 / 10 ** (3.0 / 10))  # QPSK at Es/N0 = 3 dB, per real dimension
    fails0 = fails02 = 0
    for _ in range(10):
        info = rng.integers(0, 2, 600, dtype=np.uint8)
        d = ldpc.encode(p0, info)

        def channel(p):
            x = (1.0 - 2.0 * ldpc.rate_match(p, d)) / np.sqrt(2.0)
            y = x + sigma * rng.standard_normal(len(x))
            return ldpc.quantize_llr(2.0 * np.sqrt(2.0) * y / (2.0 * sigma**2))

        buf = ldpc.rate_dematch(p0, channel(p0))
        fails0 += not np.array_equal(ldpc.decode(p0, buf, layers=42, max_iterations=10)["hard"], info)
        buf = ldpc.rate_dematch(p2, channel(p2), buf)
        fails02 += not np.array_equal(ldpc.decode(p2, buf, layers=42, max_iterations=10)["hard"], info)
    assert fails0 >= 7 and fails02 == 0


@pytest.mark.parametrize(
    "kwargs, name",
    [
        (dict(bg=1, zc=100, k_prime=1000, e=3000), "Zc"),
        (dict(bg=1, zc=64, k_prime=2000, e=3000), "K'"),
        (dict(bg=1, zc=64, k_prime=1000, e=0), "E"),
        (dict(bg=1, zc=64, k_prime=1000, e=3000, qm=3), "Qm"),
        (dict(bg=1, zc=64, k_prime=1000, e=3000, rv=4), "rv"),
    ],
)
def test_invalid_parameters_name_themselves(kwargs, name):
    with pytest.raises(ValueError, match=name):
        ldpc.code_params(**kwargs)


def test_wrong_buffer_length():
    p = ldpc.code_params(bg=2, zc=64, k_prime=600, e=1400)
    with pytest.raises(ValueError, match="LLR buffer length"):
        ldpc.decode(p, np.zeros(10, dtype=np.int16))
    with pytest.raises(ValueError, match="LLR length"):
        ldpc.rate_dematch(p, np.zeros(10, dtype=np.int16))
