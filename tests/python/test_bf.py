# SPDX-License-Identifier: Apache-2.0
"""Beamforming through numpy: the fixed-point apply against a numpy integer reference, the
float path, RZF weights and O-RAN BFP."""
import numpy as np
import pytest

import bbkit


def rand_iq(rng, shape):
    return (rng.integers(-32768, 32768, shape) + 1j * rng.integers(-32768, 32768, shape)).astype(np.complex128)


def numpy_reference(w, x, direction, prb_group, shift):
    """int64 reference of the datapath: exact sums, round half up, saturate to int16."""
    wr, wi = w.real.astype(np.int64), w.imag.astype(np.int64)
    xr, xi = x.real.astype(np.int64), x.imag.astype(np.int64)
    groups = (np.arange(x.shape[1]) // 12) // prb_group
    wr, wi = wr[groups], wi[groups]  # (subcarriers, A, L)
    if direction == "precode":
        re = np.einsum("kal,skl->ska", wr, xr) - np.einsum("kal,skl->ska", wi, xi)
        im = np.einsum("kal,skl->ska", wr, xi) + np.einsum("kal,skl->ska", wi, xr)
    else:
        re = np.einsum("kal,ska->skl", wr, xr) + np.einsum("kal,ska->skl", wi, xi)
        im = np.einsum("kal,ska->skl", wr, xi) - np.einsum("kal,ska->skl", wi, xr)

    def finish(v):
        if shift > 0:
            v = (v + (1 << (shift - 1))) >> shift
        return np.clip(v, -32768, 32767)

    return finish(re) + 1j * finish(im)


@pytest.mark.parametrize("direction", ["precode", "combine"])
@pytest.mark.parametrize("antennas,layers", [(64, 16), (32, 8), (4, 1)])
@pytest.mark.parametrize("shift", [0, 15, 22])
def test_apply_matches_numpy_integer_reference(direction, antennas, layers, shift):
    rng = np.random.default_rng(antennas + layers + shift)
    prbs, prb_group, symbols = 3, 2, 2
    w = rand_iq(rng, (2, antennas, layers))
    ports = layers if direction == "precode" else antennas
    x = rand_iq(rng, (symbols, 12 * prbs, ports))
    x[0, :12] = -32768 - 32768j  # full scale corner
    y = bbkit.bf_apply(w, x, direction=direction, prb_group=prb_group, shift=shift)
    assert y.shape == (symbols, 12 * prbs, antennas if direction == "precode" else layers)
    assert np.array_equal(y, numpy_reference(w, x, direction, prb_group, shift))


def test_float_apply_and_q15_round_trip():
    rng = np.random.default_rng(1)
    w = (rng.standard_normal((2, 8, 2)) + 1j * rng.standard_normal((2, 8, 2))) / 8
    x = (rng.standard_normal((1, 24, 2)) + 1j * rng.standard_normal((1, 24, 2))) / 8
    y = bbkit.bf_apply_float(w, x, prb_group=1)
    expect = np.einsum("kal,skl->ska", w[np.arange(24) // 12], x)
    assert np.allclose(y, expect)
    yq = bbkit.bf_apply(bbkit.bf_to_q15(w), bbkit.bf_to_q15(x), prb_group=1)
    assert np.max(np.abs(bbkit.bf_from_q15(yq) - y)) < 1e-3
    assert np.array_equal(bbkit.bf_to_q15(np.array([1.0, -1.0, 0.5j])), np.array([32767, -32768, 16384j]))


@pytest.mark.parametrize("channel", ["rayleigh", "correlated"])
def test_zero_forcing_weights(channel):
    h = bbkit.bf_rayleigh_channel(16, 64, 3) if channel == "rayleigh" else bbkit.bf_correlated_channel(16, 64, 0.9, 3)
    assert h.shape == (16, 64)
    for impl, tol in [("reference", 1e-10), ("cholesky-f32", 1e-3)]:
        w = bbkit.bf_rzf_weights(h, 0.0, "none", impl)
        assert w.shape == (64, 16)
        assert np.linalg.norm(h @ w - np.eye(16)) < tol
    lam = 0.2
    w = bbkit.bf_rzf_weights(h, lam, "none")
    assert np.allclose(w, h.conj().T @ np.linalg.inv(h @ h.conj().T + lam * np.eye(16)))
    wf = bbkit.bf_rzf_weights(h, lam, "frobenius")
    assert np.isclose(np.linalg.norm(wf) ** 2, 16)
    wp = bbkit.bf_rzf_weights(h, lam, "per_antenna_max", "cholesky-f32")
    assert np.isclose(np.max(np.sum(np.abs(wp) ** 2, axis=1)), 1, atol=1e-5)


@pytest.mark.parametrize("bits", [9, 12, 14])
@pytest.mark.parametrize("rounding", ["half_up", "truncate"])
def test_bfp_within_one_lsb_and_packs(bits, rounding):
    rng = np.random.default_rng(bits)
    level = np.repeat(1 << rng.integers(0, 12, 273), 12)  # one level per PRB
    x = rand_iq(rng, 273 * 12)
    x = np.floor(x.real / level) + 1j * np.floor(x.imag / level)
    e, m = bbkit.bf_bfp_compress(x, bits, rounding)
    assert e.dtype == np.uint8 and e.size == 273 and m.size == x.size
    y = bbkit.bf_bfp_decompress(e, m, bits)
    lsb = np.repeat(2.0 ** e, 12)
    assert np.all(np.abs(y.real - x.real) < lsb) and np.all(np.abs(y.imag - x.imag) < lsb)
    packed = bbkit.bf_bfp_pack(e, m, bits)
    assert packed.size == 273 * (1 + 3 * bits)
    e2, m2 = bbkit.bf_bfp_unpack(packed, bits)
    assert np.array_equal(e2, e) and np.array_equal(m2, m)


def test_bad_inputs_raise_value_errors_naming_the_parameter():
    w = np.zeros((1, 8, 2), complex)
    x = np.zeros((1, 12, 2), complex)
    with pytest.raises(ValueError, match="shift"):
        bbkit.bf_apply(w, x, shift=32)
    with pytest.raises(ValueError, match="input ports"):
        bbkit.bf_apply(w, np.zeros((1, 12, 3), complex))
    with pytest.raises(ValueError, match="subcarriers"):
        bbkit.bf_apply(w, np.zeros((1, 13, 2), complex))
    with pytest.raises(ValueError, match="weights groups"):
        bbkit.bf_apply(np.zeros((2, 8, 2), complex), x)
    with pytest.raises(ValueError, match="antennas"):
        bbkit.bf_apply(np.zeros((1, 65, 2), complex), x)
    with pytest.raises(ValueError, match=r"input\[0\]"):
        bbkit.bf_apply(w, x + 0.5)
    with pytest.raises(ValueError, match="direction"):
        bbkit.bf_apply(w, x, direction="sideways")
    with pytest.raises(ValueError, match="mantissa_bits"):
        bbkit.bf_bfp_compress(np.zeros(12, complex), 17)
    with pytest.raises(ValueError, match="normalization"):
        bbkit.bf_rzf_weights(np.ones((1, 2), complex), 0.0, "l2")
